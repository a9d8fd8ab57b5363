/**
 * The one feed model every widget reads (news, photos), and the lenient JSON Feed 1.0/1.1 reader
 * that produces it. RSS 2.0 and Atom readers produce the same model. Everything that reaches the
 * model is already safe to bind: URLs passed the URL policy and are absolute, plain-text fields
 * hold text, `contentHtml` is still untrusted HTML that must be sanitized before display.
 */
import { declaredSize } from './image-size.js';
import { readIsoDate, type WrittenDate } from './iso-date.js';
import { textOfHtml } from './plain-text.js';
import { endsStep, finish, type Steps } from './steps.js';
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

/**
 * Plain-text fields sometimes carry entities or tags (`Q&amp;A`, `<b>News</b>`): decode once and
 * drop the tags. Also the plain text of an HTML field.
 */
export function plainText(value: unknown): string | undefined {
  const raw = text(value);
  return raw === undefined ? undefined : text(textOfHtml(raw))?.trim();
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

/**
 * Our `_gov` extension. The declared size is kept plausible (see image-size.ts); the place and the
 * srcset are read when first asked for, as the item's text is (see {@link JsonFeedItem}).
 */
class GovExtension implements GovItemExtension {
  readonly alt?: string;
  readonly width?: number;
  readonly height?: number;
  readonly thumbnail?: string;
  readonly #value: Json;
  readonly #baseUrl: string;

  constructor(value: Json, baseUrl: string) {
    this.#value = value;
    this.#baseUrl = baseUrl;
    this.alt = typeof value.alt === 'string' ? wellFormed(value.alt.trim()) : undefined;
    [this.width, this.height] = declaredSize(positive(value.width), positive(value.height));
    this.thumbnail = safeUrl(value.thumbnail, baseUrl, 'image');
  }

  get place() {
    return plainText(this.#value.place);
  }

  get srcset() {
    return safeSrcset(this.#value.srcset, this.#baseUrl);
  }
}

export const readExtension = (value: unknown, baseUrl: string): GovItemExtension =>
  isObject(value) ? new GovExtension(value, baseUrl) : {};

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

/**
 * The full item model, every field of JSON Feed 1.1 and the `_gov` extension. What takes work in
 * proportion to the data (text to decode, lists, the extension) is read when first asked for: a
 * feed of a hundred thousand items costs what is shown of it, not all its tags and authors.
 */
class JsonFeedItem implements FeedItem {
  readonly url?: string;
  readonly externalUrl?: string;
  readonly contentHtml?: string;
  readonly contentBaseUrl?: string;
  readonly contentText?: string;
  readonly image?: string;
  readonly bannerImage?: string;
  readonly datePublished?: Date;
  readonly datePublishedOffset?: number;
  readonly dateModified?: Date;
  language?: string;
  readonly #raw: Json;
  readonly #baseUrl: string;
  readonly #feedAuthors: FeedAuthor[];
  #gov?: GovItemExtension;

  constructor(
    raw: Json,
    readonly id: string,
    baseUrl: string,
    feedAuthors: FeedAuthor[],
    readDate: DateReader,
    feedLanguage: string | undefined,
  ) {
    this.#raw = raw;
    this.#baseUrl = baseUrl;
    this.#feedAuthors = feedAuthors;
    this.url = safeUrl(raw.url, baseUrl, 'link');
    this.externalUrl = safeUrl(raw.external_url, baseUrl, 'link');
    this.contentHtml = text(raw.content_html);
    this.contentBaseUrl = this.url?.startsWith('http') ? this.url : baseUrl;
    this.contentText = text(raw.content_text);
    this.image = safeUrl(raw.image, baseUrl, 'image');
    this.bannerImage = safeUrl(raw.banner_image, baseUrl, 'image');
    this.language = languageTag(raw.language);
    const published = readDate(raw.date_published, this.language ?? feedLanguage);
    this.datePublished = published?.date;
    this.datePublishedOffset = published?.offset;
    this.dateModified = readDate(raw.date_modified, this.language ?? feedLanguage)?.date;
  }

  get title() {
    return plainText(this.#raw.title);
  }

  get summary() {
    return plainText(this.#raw.summary);
  }

  get authors() {
    return itemAuthors(this.#raw, this.url ?? this.#baseUrl, this.#feedAuthors);
  }

  get tags() {
    const { tags } = this.#raw;
    return Array.isArray(tags) ? tags.map(plainText).filter((tag): tag is string => !!tag) : [];
  }

  get attachments() {
    return readAttachments(this.#raw.attachments, this.#baseUrl);
  }

  get gov() {
    return (this.#gov ??= readExtension(this.#raw._gov, this.#baseUrl));
  }
}

/** The item reader of {@link readJsonFeed}: dates read by `readDate`, in the item's language or else the feed's. */
const feedItemReader =
  (readDate: DateReader, feedLanguage: string | undefined): ItemReader<FeedItem> =>
  (raw, id, baseUrl, feedAuthors) =>
    new JsonFeedItem(raw, id, baseUrl, feedAuthors, readDate, feedLanguage);

/**
 * Reads a JSON Feed 1.0 or 1.1 document. `baseUrl` is the feed's own address (the page's for
 * inline data): relative URLs resolve against it. Throws {@link FeedFormatError} when the value is
 * not a JSON Feed at all; repairs or drops whatever else is wrong and reports it in `problems`.
 * Dates are read by `readDate`: RFC 3339 (and the ISO 8601 forms of {@link readIsoDate}) unless told.
 */
export function readJsonFeed(value: unknown, baseUrl: string, readDate: DateReader = readIsoDate): Feed {
  return finish(readJsonFeedSteps(value, baseUrl, readDate));
}

/** {@link readJsonFeed} in steps, for a reader that must pause now and then (see steps.ts). */
export function readJsonFeedSteps(value: unknown, baseUrl: string, readDate: DateReader = readIsoDate): Steps<Feed> {
  return readJsonFeedItems(
    value,
    baseUrl,
    feedItemReader(readDate, isObject(value) ? languageTag(value.language) : undefined),
  );
}

/**
 * {@link readJsonFeedSteps} with items read by `readItem`, for a widget that needs only some of
 * their fields (the gallery's photos): the feed's checks, ids and problems are the same.
 */
export function* readJsonFeedItems<Item>(
  value: unknown,
  baseUrl: string,
  readItem: ItemReader<Item>,
): Steps<Feed<Item>> {
  if (!isJsonFeed(value)) throw new FeedFormatError('This JSON is not a JSON Feed (no jsonfeed.org "version").');
  if (value.items !== undefined && !Array.isArray(value.items)) throw new FeedFormatError('"items" is not a list.');
  const problems: string[] = [];
  const feedAuthors = readAuthors(value.authors ?? value.author, baseUrl);
  const items: Item[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of ((value.items as unknown[]) ?? []).entries()) {
    if (endsStep(index)) yield;
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
