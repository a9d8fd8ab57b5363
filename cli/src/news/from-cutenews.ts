/** CuteNews stories (news/cutenews.ts) as {@link Story} objects. Needs lib/dom.ts installed (plainText parses HTML). */
import { plainText } from '../../../src/core/feed.js';
import { offsetInZone } from '../lib/time.js';
import { cuteCodeToHtml, type CuteNewsData, type CuteNewsStory } from './cutenews.js';
import type { Story } from './story.js';

export interface CuteNewsOptions {
  timeZone: string;
  /** The story's address, with {id}, {archive} and {category} filled in. */
  itemUrl?: string;
  /** Publish the authors' display names. */
  authors: boolean;
}

/** An address from the template: `…?subaction=showfull&id={id}&archive={archive}`. */
function fillTemplate(template: string, story: CuteNewsStory): string {
  const values: Record<string, string> = {
    id: story.id,
    archive: story.archive ?? '',
    category: story.categoryIds[0] ?? '',
  };
  return template.replace(/\{(id|archive|category)\}/g, (_, name: string) => encodeURIComponent(values[name]!));
}

/** Stories newest first, one per id (the first line wins; repeats are reported). */
export function storiesOfCuteNews(data: CuteNewsData, options: CuteNewsOptions, problems: string[]): Story[] {
  const seen = new Set<string>();
  const markup = { smilies: data.config.smilies, scriptUrl: data.config.scriptUrl };
  const stories: Story[] = [];
  for (const story of data.stories) {
    if (seen.has(story.id)) {
      problems.push(
        `${story.source}: the story id ${story.id} was already read from another line; this one is skipped`,
      );
      continue;
    }
    seen.add(story.id);
    const shortHtml = cuteCodeToHtml(story.shortStory, markup);
    const fullHtml = story.fullStory.trim() ? cuteCodeToHtml(story.fullStory, markup) : undefined;
    const date = new Date((story.time - data.config.dateAdjustMinutes * 60) * 1000);
    const tags = story.categoryIds.flatMap((id) => {
      const name = data.categories.get(id);
      if (!name)
        problems.push(`${story.source}: category ${id} is not in category.db; the story keeps its other categories`);
      return name ? [name] : [];
    });
    const author = data.authors.get(story.author) ?? story.author;
    stories.push({
      id: story.id,
      url: options.itemUrl ? fillTemplate(options.itemUrl, story) : undefined,
      title: plainText(cuteCodeToHtml(story.title, markup)),
      html: fullHtml ?? shortHtml,
      summary: fullHtml ? plainText(shortHtml) : undefined,
      date,
      offsetMinutes: offsetInZone(date, options.timeZone),
      tags,
      authors: options.authors && author ? [{ name: author, ...(story.avatar ? { avatar: story.avatar } : {}) }] : [],
      attachments: [],
      gov: {},
    });
  }
  return stories.sort((a, b) => b.date!.getTime() - a.date!.getTime() || Number(b.id) - Number(a.id));
}
