/**
 * The one feed model every widget reads (news, photos), and the lenient JSON Feed 1.0/1.1 reader
 * that produces it. RSS 2.0 and Atom readers produce the same model. Everything that reaches the
 * model is already safe to bind: URLs passed the URL policy and are absolute, plain-text fields
 * hold text, `contentHtml` is still untrusted HTML that must be sanitized before display.
 */
import { readIsoDate, type WrittenDate } from './iso-date.js';
import { parseInert } from './inert.js';
import { safeSrcset, safeUrl } from './url.js';

export interface FeedAuthor {
  name?: string;
  /** A web page or mailto: address of the author. */
  url?: string;
  avatar?: string;
}

export interface FeedAttachment {
  url: string;
  mimeType?: string;
  title?: string;
  sizeInBytes?: number;
  durationInSeconds?: number;
}

/** Our `_gov` extension of a JSON Feed item (schemas/json-feed-gov-extension.schema.json). */
export interface GovItemExtension {
  /** The dateline place, "Brussels". */
  place?: string;
  /** Alternative text of the item's image. */
  alt?: string;
  /** Width of the full-size image in pixels. */
  width?: number;
  /** Height of the full-size image in pixels. */
  height?: number;
  /** URL of a small version of the image. */
  thumbnail?: string;
  /** A srcset for the full-size image. */
  srcset?: string;
  /**
   * Who the image is by (Media RSS `media:credit`). Read from XML feeds only: JSON Feed's `_gov` has no
   * such member (a photo's photographer is its item's `authors` there).
   */
  credit?: string;
}

/** One picture of an item as Media RSS describes it (XML feeds only): what a photo gallery shows of it. */
export interface FeedMedia {
  /** The full-size image. */
  url: string;
  width?: number;
  height?: number;
  /** The other sizes of the image (a `media:group`'s renditions), as a srcset. */
  srcset?: string;
  thumbnail?: string;
  /** What the picture shows: the `media:description` (else `media:title`) of the picture itself. */
  alt?: string;
  /** `media:title` of the picture or its item. */
  title?: string;
  /** The item's `media:description` (the picture's own is its `alt`). */
  description?: string;
  /** `media:credit`s of the picture, its item or its channel. */
  credit?: string;
}

export interface FeedItem {
  id: string;
  url?: string;
  externalUrl?: string;
  title?: string;
  /** Untrusted HTML: sanitize before display. */
  contentHtml?: string;
  /**
   * What relative URLs inside `contentHtml` resolve against: the document's own base when it
   * states one (Atom's xml:base), else the item's `url`, else the address of the feed document.
   */
  contentBaseUrl?: string;
  contentText?: string;
  summary?: string;
  image?: string;
  bannerImage?: string;
  /** The date published; for a date written without a zone, its wall-clock time read as UTC (see feed-date.ts). */
  datePublished?: Date;
  /**
   * The UTC offset, in minutes east, that `datePublished` was written with, so that a story is
   * shown on the calendar day of the place it was written (23 November at 00:30+01:00 stays
   * 23 November for a reader in UTC). Undefined when the date names no zone.
   */
  datePublishedOffset?: number;
  dateModified?: Date;
  /** The item's own authors, else the feed's. */
  authors: FeedAuthor[];
  tags: string[];
  language?: string;
  attachments: FeedAttachment[];
  /** The pictures of an RSS or Atom item (Media RSS, image enclosures), in feed order. */
  media?: FeedMedia[];
  gov: GovItemExtension;
}

export interface Feed<Item = FeedItem> {
  title?: string;
  description?: string;
  homePageUrl?: string;
  feedUrl?: string;
  nextUrl?: string;
  icon?: string;
  favicon?: string;
  language?: string;
  authors: FeedAuthor[];
  expired?: boolean;
  items: Item[];
  /** What the reader had to drop or repair, for one console warning by the element. */
  problems: string[];
}

export class FeedFormatError extends Error {
  override readonly name = 'FeedFormatError';
}

export type Json = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * JSON allows lone surrogates ("\ud800"); the model holds well-formed text only (each becomes
 * U+FFFD), because encodeURIComponent, which map links and deep links apply to it, throws on them.
 */
export const wellFormed = (value: string): string => value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');

/** A string that is not blank, as well-formed text; anything else is no text. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? wellFormed(value) : undefined;

const positive = (value: unknown): number | undefined => {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined;
};

const blockElement =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|CAPTION|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;
const hiddenElement = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|TITLE|HEAD)$/;

/** The text a reader sees in parsed HTML: blocks and line breaks become spaces, scripts and styles say nothing. */
export function textOfHtml(root: Node): string {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    (node) => (hiddenElement.test(node.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  );
  let result = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    result += node.nodeType === Node.TEXT_NODE ? (node as Text).data : blockElement.test(node.nodeName) ? ' ' : '';
  }
  return result.replace(/\s+/g, ' ').trim();
}

/**
 * Plain-text fields sometimes carry entities or tags (`Q&amp;A`, `<b>News</b>`): decode once and
 * drop the tags. Also the plain text of an HTML field. Parsing in an inert document runs nothing.
 */
export function plainText(value: unknown): string | undefined {
  const raw = text(value);
  if (raw === undefined || !/[<&]/.test(raw)) return raw?.trim();
  return text(textOfHtml(parseInert(raw, 'text/html').body));
}

/** A BCP 47 tag in its canonical case (`sr-rs` → `sr-RS`, `sr_latn` → `sr-Latn`); undefined when it is not one. */
export function languageTag(value: unknown): string | undefined {
  const raw = text(value)?.trim().replace(/_/g, '-');
  if (!raw) return undefined;
  try {
    return Intl.getCanonicalLocales(raw)[0];
  } catch {
    return undefined;
  }
}

export function readAuthors(value: unknown, baseUrl: string): FeedAuthor[] {
  const list = Array.isArray(value) ? value : isObject(value) ? [value] : [];
  return list.filter(isObject).flatMap((author) => {
    const read: FeedAuthor = {
      name: plainText(author.name),
      url: safeUrl(author.url, baseUrl, 'link'),
      avatar: safeUrl(author.avatar, baseUrl, 'image'),
    };
    return read.name || read.url || read.avatar ? [read] : [];
  });
}

export function readExtension(value: unknown, baseUrl: string): GovItemExtension {
  if (!isObject(value)) return {};
  return {
    place: plainText(value.place),
    alt: typeof value.alt === 'string' ? wellFormed(value.alt.trim()) : undefined,
    width: positive(value.width),
    height: positive(value.height),
    thumbnail: safeUrl(value.thumbnail, baseUrl, 'image'),
    srcset: safeSrcset(value.srcset, baseUrl),
  };
}

function readAttachments(value: unknown, baseUrl: string): FeedAttachment[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((attachment) => {
    const url = safeUrl(attachment.url, baseUrl, 'link');
    if (!url) return [];
    return [
      {
        url,
        mimeType: text(attachment.mime_type),
        title: plainText(attachment.title),
        sizeInBytes: positive(attachment.size_in_bytes),
        durationInSeconds: positive(attachment.duration_in_seconds),
      },
    ];
  });
}

/** Item ids are strings; numbers are coerced (real feeds emit them), anything else has no id. */
function readId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return text(value)?.trim();
}

/** Whether a JSON value is a JSON Feed (any version, with or without www). */
export function isJsonFeed(value: unknown): value is Json {
  return (
    isObject(value) &&
    typeof value.version === 'string' &&
    /^https?:\/\/(www\.)?jsonfeed\.org\/version\//.test(value.version)
  );
}

/** Reads one item of a JSON Feed, whose `id` is known to be unique, with the feed's address and authors. */
export type ItemReader<Item> = (item: Json, id: string, baseUrl: string, feedAuthors: FeedAuthor[]) => Item;

/** The authors of an item: its own, else the feed's. */
export function itemAuthors(item: Json, baseUrl: string, feedAuthors: FeedAuthor[]): FeedAuthor[] {
  const own = readAuthors(item.authors ?? item.author, baseUrl);
  return own.length ? own : feedAuthors;
}

/**
 * Reads a feed's date in the language of the item: {@link readIsoDate} (JSON Feed's RFC 3339), unless
 * a caller hands a reader of more forms (the news feed loads feed-date.ts's on demand, for feeds that
 * need it).
 */
export type DateReader = (value: unknown, language?: string) => WrittenDate | undefined;

/** The full item model, every field of JSON Feed 1.1 and the `_gov` extension, dates read by `readDate`. */
const feedItemReader =
  (readDate: DateReader, feedLanguage: string | undefined): ItemReader<FeedItem> =>
  (raw, id, baseUrl, feedAuthors) => {
    const url = safeUrl(raw.url, baseUrl, 'link');
    const language = languageTag(raw.language);
    const published = readDate(raw.date_published, language ?? feedLanguage);
    return {
      id,
      url,
      externalUrl: safeUrl(raw.external_url, baseUrl, 'link'),
      title: plainText(raw.title),
      contentHtml: text(raw.content_html),
      contentBaseUrl: url?.startsWith('http') ? url : baseUrl,
      contentText: text(raw.content_text),
      summary: plainText(raw.summary),
      image: safeUrl(raw.image, baseUrl, 'image'),
      bannerImage: safeUrl(raw.banner_image, baseUrl, 'image'),
      datePublished: published?.date,
      datePublishedOffset: published?.offset,
      dateModified: readDate(raw.date_modified, language ?? feedLanguage)?.date,
      authors: itemAuthors(raw, url ?? baseUrl, feedAuthors),
      tags: Array.isArray(raw.tags) ? raw.tags.map(plainText).filter((tag): tag is string => !!tag) : [],
      language,
      attachments: readAttachments(raw.attachments, baseUrl),
      gov: readExtension(raw._gov, baseUrl),
    };
  };

/**
 * Reads a JSON Feed 1.0 or 1.1 document. `baseUrl` is the feed's own address (the page's for
 * inline data): relative URLs resolve against it. Throws {@link FeedFormatError} when the value is
 * not a JSON Feed at all; repairs or drops whatever else is wrong and reports it in `problems`.
 * Dates are read by `readDate`: RFC 3339 (and the ISO 8601 forms of {@link readIsoDate}) unless told.
 */
export function readJsonFeed(value: unknown, baseUrl: string, readDate: DateReader = readIsoDate): Feed {
  return readJsonFeedItems(
    value,
    baseUrl,
    feedItemReader(readDate, isObject(value) ? languageTag(value.language) : undefined),
  );
}

/**
 * {@link readJsonFeed} with items read by `readItem`, for a widget that needs only some of their
 * fields (the gallery's photos): the feed's checks, ids and problems are the same.
 */
export function readJsonFeedItems<Item>(value: unknown, baseUrl: string, readItem: ItemReader<Item>): Feed<Item> {
  if (!isJsonFeed(value)) throw new FeedFormatError('This JSON is not a JSON Feed (no jsonfeed.org "version").');
  if (value.items !== undefined && !Array.isArray(value.items)) throw new FeedFormatError('"items" is not a list.');
  const problems: string[] = [];
  const feedAuthors = readAuthors(value.authors ?? value.author, baseUrl);
  const items: Item[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of ((value.items as unknown[]) ?? []).entries()) {
    if (!isObject(raw)) {
      problems.push(`item ${index + 1} is not an object`);
      continue;
    }
    const id = readId(raw.id);
    if (id === undefined) {
      problems.push(`item ${index + 1} has no id`);
      continue;
    }
    if (seen.has(id)) {
      problems.push(`item ${index + 1} repeats the id "${id}"`);
      continue;
    }
    seen.add(id);
    items.push(readItem(raw, id, baseUrl, feedAuthors));
  }
  return {
    title: plainText(value.title),
    description: plainText(value.description),
    homePageUrl: safeUrl(value.home_page_url, baseUrl, 'link'),
    feedUrl: safeUrl(value.feed_url, baseUrl, 'link'),
    nextUrl: safeUrl(value.next_url, baseUrl, 'fetch'),
    icon: safeUrl(value.icon, baseUrl, 'image'),
    favicon: safeUrl(value.favicon, baseUrl, 'image'),
    language: languageTag(value.language),
    authors: feedAuthors,
    expired: value.expired === true ? true : undefined,
    items,
    problems,
  };
}
