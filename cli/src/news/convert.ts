/**
 * The news command's work: source → stories → JSON Feed items → pages on disk (and their Latin
 * copies), each page written only when its bytes change. Needs lib/dom.ts installed before it loads.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { cachePath } from '../lib/cache.js';
import { CliError } from '../lib/command.js';
import { writeFileAtomic } from '../lib/write.js';
import { findDataFolder, readCuteNews } from './cutenews.js';
import type { CuteNewsEncoding } from './encoding.js';
import { storiesOfCuteNews } from './from-cutenews.js';
import { readFeedSource } from './from-feed.js';
import { detectLanguage, mostCommon } from './language.js';
import { pageToLatin } from './latin.js';
import { isNumberedPage, layoutPages } from './pages.js';
import { publishStory, type JsonItem, type Story } from './story.js';
import { version } from '../../package.json';

export interface NewsOptions {
  source: string;
  out: string;
  pageSize: number;
  name: string;
  title?: string;
  description?: string;
  siteUrl?: string;
  /** Where `out` is published: feed_url and next_url become absolute. */
  baseUrl?: string;
  itemUrl?: string;
  language?: string;
  latin: boolean;
  timeZone: string;
  encoding: CuteNewsEncoding | 'auto';
  authors: boolean;
}

export interface NewsResult {
  sourceKind: 'cutenews' | 'feed';
  stories: number;
  pages: { file: string; items: number; bytes: number; written: boolean }[];
  removed: string[];
  /** Read problems, each naming its file (and line). */
  problems: string[];
  /** What the webmaster should know (no item URLs, page sizes, encodings). */
  notes: string[];
}

const latinSuffix = '.sr-Latn';

const bigPage = 250 * 1024;

export async function convertNews(options: NewsOptions): Promise<NewsResult> {
  const problems: string[] = [];
  const notes: string[] = [];
  const dataFolder = /^https?:\/\//i.test(options.source) ? undefined : await findDataFolder(options.source);
  let stories: Story[];
  let meta: { title?: string; description?: string; homePageUrl?: string; language?: string } = {};
  if (dataFolder) {
    const data = await readCuteNews(dataFolder, { encoding: options.encoding });
    problems.push(...data.problems);
    const byEncoding = new Map<string, number>();
    for (const { encoding } of data.encodings) byEncoding.set(encoding, (byEncoding.get(encoding) ?? 0) + 1);
    notes.push(
      `read ${[...byEncoding].map(([encoding, files]) => `${files} file${files > 1 ? 's' : ''} as ${encoding}`).join(', ')}`,
    );
    stories = storiesOfCuteNews(
      data,
      { timeZone: options.timeZone, itemUrl: options.itemUrl, authors: options.authors },
      problems,
    );
    if (!options.itemUrl) notes.push('stories have no address (url): pass --item-url so that titles link to them');
  } else {
    if (options.itemUrl)
      throw new CliError('--item-url is for CuteNews data folders; a feed gives each item its own url', 2);
    const feed = await readFeedSource(options.source, options.siteUrl, problems);
    stories = feed.stories.sort((a, b) => (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0));
    meta = feed;
  }

  // Each story's language: --lang for all, else the source's, else detected; the feed's is the most
  // common one, and a story names its own only where it differs.
  for (const story of stories) {
    if (options.language) story.language = undefined;
    else if (!meta.language)
      story.language ??= detectLanguage([story.title, story.summary, story.text, story.html].join(' '));
  }
  const language = options.language ?? meta.language ?? mostCommon(stories.map((story) => story.language));
  const out = resolve(options.out);
  // Published items by a hash of their story (and this tool's version): sanitizing a story in jsdom
  // is most of the work, and a re-run then publishes only new and edited stories.
  const cacheFile = cachePath('news', out);
  const cache: Record<string, JsonItem> =
    JSON.parse((await readFile(cacheFile, 'utf8').catch(() => undefined)) ?? '{}').items ?? {};
  const used: Record<string, JsonItem> = {};
  const items: JsonItem[] = [];
  for (const [index, story] of stories.entries()) {
    // Sanitizing is synchronous work: let Ctrl-C (and the progress of other tasks) in now and then.
    if (index % 50 === 49) await new Promise((resume) => setImmediate(resume));
    if (story.language === language) story.language = undefined;
    const key = createHash('sha256')
      .update(JSON.stringify([version, options.siteUrl, story]))
      .digest('base64url');
    used[key] = cache[key] ?? (await publishStory(story, options.siteUrl));
    items.push(used[key]);
  }

  const base = options.baseUrl?.replace(/\/?$/, '/');
  const address = (file: string) => (base ? new URL(file, base).href : file);
  const written: NewsResult['pages'] = [];
  const removed: string[] = [];
  const scripts: [string, (page: JsonItem) => JsonItem][] = [['', (page) => page]];
  if (options.latin) scripts.push([latinSuffix, pageToLatin]);
  for (const [suffix, transform] of scripts) {
    const layout = layoutPages(items, options.pageSize, options.name, suffix);
    for (const page of layout) {
      const document = transform({
        version: 'https://jsonfeed.org/version/1.1',
        title: options.title ?? meta.title ?? 'News',
        home_page_url: options.siteUrl ?? meta.homePageUrl,
        feed_url: address(layout.at(0)!.file),
        description: options.description ?? meta.description,
        language,
        next_url: page.next && address(page.next),
        items: page.items,
      });
      const text = `${JSON.stringify(document, null, 2)}\n`;
      const bytes = Buffer.byteLength(text);
      written.push({
        file: page.file,
        items: page.items.length,
        bytes,
        written: await writeFileAtomic(join(out, page.file), text),
      });
      if (bytes > bigPage)
        notes.push(`${page.file} is ${Math.round(bytes / 1024)} kB: a smaller --page-size keeps pages quick to load`);
    }
    const current = new Set(layout.map((page) => page.file));
    for (const file of await readdir(out)) {
      if (!current.has(file) && isNumberedPage(file, options.name, suffix)) {
        await rm(join(out, file));
        removed.push(file);
      }
    }
  }
  await writeFileAtomic(cacheFile, JSON.stringify({ version, items: used }));
  return {
    sourceKind: dataFolder ? 'cutenews' : 'feed',
    stories: items.length,
    pages: written,
    removed,
    problems,
    notes,
  };
}
