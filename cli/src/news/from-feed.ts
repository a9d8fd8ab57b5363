/**
 * An RSS, Atom or JSON Feed source — a file or an http(s) URL — read by the elements' own readers
 * (src/page/load.ts, feed.ts, feed-xml.ts), with its next pages followed, as {@link Story} objects.
 * Needs lib/dom.ts installed.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Feed, FeedItem } from '../../../src/core/feed.js';
import { readFeed } from '../../../src/core/feed-xml.js';
import { LoadError, declaredXmlEncoding, fetchDocument, parseDocument, parseXml } from '../../../src/page/load.js';
import { CliError } from '../lib/command.js';
import { baseFor, relativeAgain, type Story } from './story.js';

export interface FeedSource {
  title?: string;
  description?: string;
  homePageUrl?: string;
  language?: string;
  stories: Story[];
}

const maxPages = 1000;
const isWeb = (source: string) => /^https?:\/\//i.test(source);

/** The text of a file: UTF-8, or the encoding an XML declaration names. */
async function readSourceFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(
      `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  const encoding = declaredXmlEncoding(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** One document of the source: its feed model, read against `documentUrl` (relative URLs resolve against it). */
async function readPage(location: string, documentUrl: string): Promise<Feed> {
  try {
    const text = isWeb(location)
      ? (
          await fetchDocument(location, {
            timeout: 30_000,
            maxBytes: 50 * 1024 * 1024,
            declaredEncoding: declaredXmlEncoding,
          })
        ).text
      : await readSourceFile(location);
    return readFeed(parseDocument(text, { xml: parseXml }), documentUrl);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const reason = error instanceof LoadError ? error.message : (error as Error).message;
    throw new CliError(`${location}: ${reason}`);
  }
}

/** A URL of the model as published: absolute against the site when it is known, else as the source wrote it. */
export type Publish = (url: string) => string;

export function storyOf(item: FeedItem, publish: Publish): Story {
  const web = (url: string | undefined) => (url === undefined ? undefined : publish(url));
  return {
    id: item.id,
    url: web(item.url),
    externalUrl: web(item.externalUrl),
    title: item.title,
    html: item.contentHtml,
    text: item.contentHtml === undefined ? item.contentText : undefined,
    summary: item.summary,
    date: item.datePublished,
    offsetMinutes: item.datePublishedOffset,
    dateModified: item.dateModified,
    tags: item.tags,
    authors: item.authors.map(({ name }) => ({ name })).filter((author) => author.name),
    image: web(item.image),
    bannerImage: web(item.bannerImage),
    language: item.language,
    attachments: item.attachments.map((attachment) => ({ ...attachment, url: publish(attachment.url) })),
    gov: {
      ...item.gov,
      thumbnail: web(item.gov.thumbnail),
      srcset: item.gov.srcset?.split(', ').map(publish).join(', '),
    },
  };
}

/**
 * Reads the source and every page its `next_url` (or RSS/Atom `rel="next"`) leads to, stopping at a
 * page seen before. `siteUrl` is what relative URLs of a file source resolve against.
 */
export async function readFeedSource(
  source: string,
  siteUrl: string | undefined,
  problems: string[],
): Promise<FeedSource> {
  const first = isWeb(source) ? source : resolve(source);
  const seen = new Set<string>();
  const stories: Story[] = [];
  const ids = new Set<string>();
  let head: Feed | undefined;
  let location: string | undefined = first;
  while (location && !seen.has(location) && seen.size < maxPages) {
    seen.add(location);
    // A file is read against a stand-in address, so that its next pages resolve against the file and
    // its other relative URLs against the site (or stay relative).
    const feed = await readPage(location, isWeb(location) ? location : baseFor(undefined));
    const publish: Publish = (url) => {
      const written = relativeAgain(url);
      return siteUrl && !isWeb(location!) ? new URL(written, siteUrl).href : written;
    };
    head ??= feed;
    for (const problem of feed.problems) problems.push(`${location}: ${problem}`);
    for (const item of feed.items) {
      if (ids.has(item.id)) continue;
      ids.add(item.id);
      stories.push(storyOf(item, publish));
    }
    const next = feed.nextUrl === undefined ? undefined : relativeAgain(feed.nextUrl);
    location =
      next === undefined
        ? undefined
        : isWeb(location)
          ? new URL(next, location).href
          : isWeb(next)
            ? next
            : fileURLToPath(new URL(next, pathToFileURL(location)));
  }
  return {
    title: head?.title,
    description: head?.description,
    homePageUrl: head?.homePageUrl === undefined ? undefined : relativeAgain(head.homePageUrl),
    language: head?.language,
    stories,
  };
}
