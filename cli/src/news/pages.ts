/**
 * How a feed of many stories is split into JSON Feed pages so that a new story rewrites only the
 * first page. Pages are cut from the OLDEST story on: `news-1.json` holds the oldest `size` stories,
 * `news-2.json` the next `size`, and so on; `news.json`, the first page, holds every story newer
 * than the last full page — between `size` and 2 × `size` − 1 of them (all, when there are fewer).
 * Each page links the next older one with `next_url` (news.json → news-K.json → … → news-1.json).
 *
 * A new story joins news.json and changes no other page; when news.json would reach 2 × `size`, its
 * oldest `size` stories become the new page news-(K+1).json and news.json changes again. Editing a
 * story rewrites its page only; deleting one shifts the pages newer than it.
 */
export interface PageLayout<Item> {
  /** news.json, news-3.json, ... */
  file: string;
  /** Newest first. */
  items: Item[];
  /** The next older page's file, if any. */
  next?: string;
}

/** File names: `news.json`, `news-<n>.json`, with a suffix before `.json` for another script (`.sr-Latn`). */
export function pageFile(name: string, number: number | undefined, suffix = ''): string {
  return `${name}${number === undefined ? '' : `-${number}`}${suffix}.json`;
}

/** Splits items (newest first) into pages anchored at the oldest item. */
export function layoutPages<Item>(newestFirst: Item[], size: number, name = 'news', suffix = ''): PageLayout<Item>[] {
  const oldestFirst = [...newestFirst].reverse();
  const archived = Math.max(0, Math.floor(oldestFirst.length / size) - 1);
  const pages: PageLayout<Item>[] = [];
  for (let number = 1; number <= archived; number++) {
    pages.push({
      file: pageFile(name, number, suffix),
      items: oldestFirst.slice((number - 1) * size, number * size).reverse(),
      next: number > 1 ? pageFile(name, number - 1, suffix) : undefined,
    });
  }
  pages.push({
    file: pageFile(name, undefined, suffix),
    items: oldestFirst.slice(archived * size).reverse(),
    next: archived ? pageFile(name, archived, suffix) : undefined,
  });
  return pages.reverse();
}

/** Whether a file name is one of our numbered pages (so a page no longer in the layout can be removed). */
export function isNumberedPage(file: string, name = 'news', suffix = ''): boolean {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(name)}-\\d+${escape(suffix)}\\.json$`).test(file);
}
