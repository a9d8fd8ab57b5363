/**
 * One story as the news command publishes it: from whatever the source gave (CuteNews fields or a
 * feed item) to a JSON Feed 1.1 item with our `_gov` extension. The leading dateline is lifted into
 * `_gov.place` by the recognizer the element uses (src/core/dateline.ts); the HTML is sanitized by
 * the element's own sanitizer (src/core/sanitize.ts, DOMPurify on jsdom) and cleaned of what only a
 * page needs; dates are RFC 3339 with the offset they were written in. Needs lib/dom.ts installed.
 */
import { liftDateline, liftDatelineFromHtml, type CalendarDay } from '../../../src/core/dateline.js';
import type { FeedAttachment, FeedAuthor, GovItemExtension } from '../../../src/core/feed.js';
import { dateTimeAttribute, writtenDate } from '../../../src/core/news.js';
import { sanitizeFeedHtml } from '../../../src/core/sanitize.js';

export interface Story {
  id: string;
  url?: string;
  externalUrl?: string;
  /** Plain text. */
  title?: string;
  /** Untrusted HTML. */
  html?: string;
  /** Plain text, when the source has no HTML. */
  text?: string;
  /** Plain text. */
  summary?: string;
  date?: Date;
  /** Minutes east of UTC the date was written in. */
  offsetMinutes?: number;
  dateModified?: Date;
  tags: string[];
  authors: FeedAuthor[];
  image?: string;
  bannerImage?: string;
  language?: string;
  attachments: FeedAttachment[];
  gov: GovItemExtension;
}

export type JsonItem = Record<string, unknown>;

/**
 * Relative URLs are resolved against this stand-in when the site's address is unknown, and made
 * relative again afterwards: `/images/a.jpg` stays root-relative, `a.jpg` stays relative.
 */
const standIn = 'https://site.gov-widgets-cli.invalid';
const standInBase = `${standIn}/__base__/`;

export function relativeAgain(url: string): string {
  if (url.startsWith(standInBase)) return url.slice(standInBase.length);
  return url.startsWith(`${standIn}/`) ? url.slice(standIn.length) : url;
}

/** The base to resolve a story's relative URLs against: the site's, else the stand-in. */
export const baseFor = (siteUrl: string | undefined) => siteUrl ?? standInBase;

/** What relative URLs in a story resolve against: its own address (itself maybe relative to the site), else the site. */
function contentBase(itemUrl: string | undefined, siteUrl: string | undefined): string {
  const site = baseFor(siteUrl);
  try {
    return itemUrl ? new URL(itemUrl, site).href : site;
  } catch {
    return site;
  }
}

/** The calendar day a dated story was written on, in its own time zone. */
function writtenDay(story: Story): Required<CalendarDay> | undefined {
  if (!story.date) return undefined;
  const day = writtenDate(story.date, story.offsetMinutes);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

const block = /^(P|UL|OL|DL|TABLE|BLOCKQUOTE|H[1-6]|FIGURE|HR|PRE|DIV)$/;
const isBreak = (node: Node | undefined) => node?.nodeName === 'BR';
const isBlank = (node: Node) => node.nodeType === Node.TEXT_NODE && (node as Text).data.trim() === '';

/**
 * Text that CMSs break with `<br><br>` (CuteNews's new lines, many RSS descriptions) as paragraphs:
 * the runs of text and inline elements between blocks are split at every blank line (two or more
 * breaks) and each becomes a `<p>`; a lone break inside a run stays a line break.
 */
function intoParagraphs(fragment: DocumentFragment): void {
  const document = fragment.ownerDocument;
  const result: Node[] = [];
  let run: Node[] = [];
  const flush = () => {
    while (run.length && (isBreak(run.at(-1)) || isBlank(run.at(-1)!))) run.pop();
    while (run.length && (isBreak(run[0]) || isBlank(run[0]!))) run.shift();
    if (run.length) {
      const paragraph = document.createElement('p');
      paragraph.append(...run);
      result.push(paragraph);
    }
    run = [];
  };
  const nodes = [...fragment.childNodes];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (block.test(node.nodeName)) {
      flush();
      result.push(node);
    } else if (isBreak(node)) {
      let next = index + 1;
      while (next < nodes.length && isBlank(nodes[next]!)) next++;
      if (!isBreak(nodes[next])) run.push(node);
      else {
        flush();
        while (next < nodes.length && (isBreak(nodes[next]) || isBlank(nodes[next]!))) next++;
        index = next - 1;
      }
    } else run.push(node);
  }
  flush();
  fragment.replaceChildren(...result);
}

/** Sanitized story HTML as a string, in paragraphs, without what only a page needs (lazy-loading and referrer hints, the table scroller). */
async function cleanHtml(html: string, baseUrl: string, pageUrl: string): Promise<string> {
  const fragment = await sanitizeFeedHtml(html, baseUrl, { pageUrl });
  intoParagraphs(fragment);
  // One walk over the elements (jsdom's selector engine is the slow part of a story).
  const walker = fragment.ownerDocument.createTreeWalker(fragment, NodeFilter.SHOW_ELEMENT);
  const elements: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) elements.push(node as Element);
  for (const element of elements) {
    if (element.localName === 'div' && element.classList.contains('table-scroll')) {
      element.replaceWith(...element.childNodes);
      continue;
    }
    for (const name of ['loading', 'decoding', 'referrerpolicy', 'rel']) element.removeAttribute(name);
    for (const name of ['href', 'src', 'cite']) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, relativeAgain(value));
    }
    const srcset = element.getAttribute('srcset');
    if (srcset !== null) element.setAttribute('srcset', srcset.split(', ').map(relativeAgain).join(', '));
  }
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  return container.innerHTML.trim();
}

const defined = (entries: [string, unknown][]): JsonItem =>
  Object.fromEntries(
    entries.filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );

/** The JSON Feed item of a story. `siteUrl`: what relative URLs in its HTML resolve against (else they stay relative). */
export async function publishStory(story: Story, siteUrl: string | undefined): Promise<JsonItem> {
  const day = writtenDay(story);
  let { html, text, summary } = story;
  let place = story.gov.place;
  if (html !== undefined) {
    const lifted = liftDatelineFromHtml(html, day);
    if (lifted) {
      html = lifted.rest;
      place ??= lifted.place;
    }
  }
  for (const field of ['text', 'summary'] as const) {
    const value = field === 'text' ? text : summary;
    const lifted = value === undefined ? undefined : liftDateline(value, day);
    if (!lifted) continue;
    place ??= lifted.place;
    if (field === 'text') text = lifted.rest;
    else summary = lifted.rest.trim() || undefined;
  }
  const contentHtml =
    html === undefined ? undefined : await cleanHtml(html, contentBase(story.url, siteUrl), baseFor(siteUrl));
  const gov = defined(Object.entries({ ...story.gov, place }));
  return defined([
    ['id', story.id],
    ['url', story.url],
    ['external_url', story.externalUrl],
    ['title', story.title],
    ['content_html', contentHtml],
    // JSON Feed needs content_html or content_text: an item with neither gets an empty text.
    ['content_text', contentHtml === undefined ? (text ?? '') : undefined],
    ['summary', summary],
    ['image', story.image],
    ['banner_image', story.bannerImage],
    ['date_published', story.date && dateTimeAttribute(story.date, story.offsetMinutes)],
    ['date_modified', story.dateModified && dateTimeAttribute(story.dateModified, story.offsetMinutes)],
    ['authors', story.authors],
    ['tags', story.tags],
    ['language', story.language],
    [
      'attachments',
      story.attachments.map((attachment) =>
        defined([
          ['url', attachment.url],
          ['mime_type', attachment.mimeType ?? 'application/octet-stream'],
          ['title', attachment.title],
          ['size_in_bytes', attachment.sizeInBytes],
          ['duration_in_seconds', attachment.durationInSeconds],
        ]),
      ),
    ],
    ['_gov', Object.keys(gov).length ? gov : undefined],
  ]);
}
