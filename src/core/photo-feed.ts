/**
 * The photo gallery's model, read by the shared JSON Feed reader (a feed whose items are photos),
 * the gallery's URL hash for deep links, and the bounds of panning a zoomed photo. No rendering.
 */
import {
  itemAuthors,
  languageTag,
  plainText,
  readExtension,
  readJsonFeedItems,
  text,
  wellFormed,
  type Feed,
  type FeedAuthor,
  type FeedMedia,
  type GovItemExtension,
  type Json,
} from './feed.js';
import { finish, type Steps } from './steps.js';
import { safeUrl } from './url.js';

export interface Photo {
  id: string;
  /** The full-size image. */
  image: string;
  /** A small version for the grid; the full image when the feed has none. */
  thumbnail: string;
  /** A srcset of the full image. */
  srcset?: string;
  /** Full-size pixels, only when both are known. */
  width?: number;
  height?: number;
  /** Describes the picture; the caption when the feed has no alt text, '' when it has neither. */
  alt: string;
  /** The item title. */
  caption?: string;
  description?: string;
  /** The photographer(s): the item's authors, else the feed's. */
  credit?: string;
  /** The item's own language. */
  lang?: string;
}

export interface PhotoFeed {
  title?: string;
  lang?: string;
  /** The credit of the whole gallery: the feed's authors, else the one credit all photos share. */
  credit?: string;
  nextUrl?: string;
  photos: Photo[];
  /** What was dropped or stood in for, for one console warning. */
  problems: string[];
}

type PlainText = (value: unknown) => string | undefined;

const names = (authors: FeedAuthor[]): string | undefined =>
  authors.flatMap((author) => (author.name ? [author.name] : [])).join(', ') || undefined;

/** A photo of a JSON Feed: text and credits are read when first shown (a feed may hold a hundred thousand). */
class JsonPhoto implements Photo {
  readonly thumbnail: string;
  readonly width?: number;
  readonly height?: number;
  readonly lang?: string;
  readonly gov: GovItemExtension;
  readonly #item: Json;
  readonly #feedAuthors: FeedAuthor[];
  readonly #baseUrl: string;

  constructor(
    item: Json,
    readonly id: string,
    readonly image: string,
    baseUrl: string,
    feedAuthors: FeedAuthor[],
  ) {
    this.#item = item;
    this.#baseUrl = baseUrl;
    this.#feedAuthors = feedAuthors;
    this.gov = readExtension(item._gov, baseUrl);
    this.thumbnail = this.gov.thumbnail ?? image;
    // Full-size pixels only when both are known: the lightbox works out the photo's shape from them.
    if (this.gov.width && this.gov.height) [this.width, this.height] = [this.gov.width, this.gov.height];
    this.lang = languageTag(item.language);
  }

  get srcset() {
    return this.gov.srcset;
  }

  get alt() {
    return this.gov.alt || this.caption || '';
  }

  get caption() {
    return plainText(this.#item.title);
  }

  get description() {
    return text(this.#item.content_text) ?? plainText(this.#item.summary);
  }

  get credit() {
    return names(itemAuthors(this.#item, this.#baseUrl, this.#feedAuthors));
  }
}

/** Ids for a warning: the first ten, and how many more (a feed may have thousands). */
const listOf = (ids: string[]) =>
  ids
    .slice(0, 10)
    .map((id) => `"${id}"`)
    .join(', ') + (ids.length > 10 ? ` and ${ids.length - 10} more` : '');

/**
 * Reads a JSON Feed whose items are photos (see {@link readJsonFeedItems}): only the fields a
 * photo has are read; items without an image are skipped, photos without alt text show their title.
 */
export function readPhotoFeed(value: unknown, baseUrl: string): PhotoFeed {
  return finish(readPhotoFeedSteps(value, baseUrl));
}

/** {@link readPhotoFeed} in steps (see steps.ts). Text and credits are read when first shown. */
export function* readPhotoFeedSteps(value: unknown, baseUrl: string): Steps<PhotoFeed> {
  const withoutImage: string[] = [];
  const withoutAlt: string[] = [];
  // Whether every photo names the same authors, told from the data as written (nothing decoded).
  const authors = new Set<string>();
  const feed = yield* readJsonFeedItems(value, baseUrl, (item, id, itemBase, feedAuthors): Photo | undefined => {
    const image = safeUrl(item.image, itemBase, 'image');
    if (!image) {
      withoutImage.push(id);
      return undefined;
    }
    if (authors.size < 2) authors.add(JSON.stringify(item.authors ?? item.author ?? null));
    const photo = new JsonPhoto(item, id, image, itemBase, feedAuthors);
    if (!photo.gov.alt) withoutAlt.push(id);
    return photo;
  });
  const photos = feed.items.filter((photo) => photo !== undefined);
  return gallery(feed, photos, withoutImage, withoutAlt, authors.size === 1 ? photos[0]?.credit : undefined);
}

/**
 * The gallery of read photos, with what was skipped or stood in for said once, and its credit line:
 * the feed's authors, else `sharedCredit`, the one credit all its photos share.
 */
function gallery(
  feed: Feed<unknown>,
  photos: Photo[],
  withoutImage: string[],
  withoutAlt: string[],
  sharedCredit: string | undefined,
  altSource = '_gov.alt',
): PhotoFeed {
  const { problems } = feed;
  if (withoutImage.length) problems.push(`items without an image are skipped: ${listOf(withoutImage)}`);
  if (withoutAlt.length)
    problems.push(`photos without ${altSource} show their title as alt text: ${listOf(withoutAlt)}`);
  return {
    title: feed.title,
    lang: feed.language,
    credit: names(feed.authors) ?? sharedCredit,
    nextUrl: feed.nextUrl,
    photos,
    problems,
  };
}

/** The images of a story's HTML (`<img src alt>`), for photo RSS that has no Media RSS or enclosure. */
function imagesInHtml(html: string | undefined, baseUrl: string, readPlainText: PlainText): FeedMedia[] {
  return [...(html ?? '').matchAll(/<img\b[^>]*>/gi)].flatMap(([tag]) => {
    const attribute = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
        .exec(tag)
        ?.slice(1)
        .find((value) => value !== undefined);
    const url = safeUrl(attribute('src')?.replace(/&amp;/g, '&'), baseUrl, 'image');
    return url ? [{ url, alt: readPlainText(attribute('alt')) }] : [];
  });
}

/**
 * The photos of an RSS or Atom feed: every picture of every item (Media RSS, image enclosures; the
 * images in the story's HTML of an item that has neither), read by feed-xml.ts. A picture is named
 * by its item's id, a second picture of the same item by the id and its number (`id#2`). Its caption
 * is the item's title (else the picture's `media:title`), its description the picture's
 * `media:description` (else the item's text), its credit `media:credit` (else the item's authors),
 * its alt text what Media RSS says of the picture itself (else the caption). `readPlainText` is
 * feed.ts's plainText, handed in by the element (the on-demand file that calls this must not carry an
 * HTML parser of its own: see xml-photos.ts).
 */
export function readPhotoItems(feed: Feed, readPlainText: PlainText): PhotoFeed {
  const withoutImage: string[] = [];
  const withoutAlt: string[] = [];
  const photos = feed.items.flatMap((item) => {
    const pictures = item.media?.length
      ? item.media
      : imagesInHtml(item.contentHtml, item.contentBaseUrl ?? '', readPlainText);
    if (!pictures.length) withoutImage.push(item.id);
    const itemText = item.summary ?? item.contentText ?? readPlainText(item.contentHtml);
    return pictures.map((picture, index): Photo => {
      const id = index ? `${item.id}#${index + 1}` : item.id;
      const caption = item.title ?? picture.title;
      if (!picture.alt) withoutAlt.push(id);
      const alt = picture.alt || caption || '';
      const description = picture.description ?? itemText;
      const sized = picture.width && picture.height;
      return {
        id,
        image: picture.url,
        thumbnail: picture.thumbnail ?? picture.url,
        srcset: picture.srcset,
        width: sized ? picture.width : undefined,
        height: sized ? picture.height : undefined,
        alt,
        caption,
        // A description that only repeats the caption or the alt text is read once, not twice.
        description: description === caption || description === alt ? undefined : description,
        credit: picture.credit ?? names(item.authors),
        lang: item.language,
      };
    });
  });
  const credits = new Set(photos.map((photo) => photo.credit));
  const sharedCredit = credits.size === 1 ? [...credits][0] : undefined;
  return gallery(feed, photos, withoutImage, withoutAlt, sharedCredit, 'media:description');
}

/** Percent-encoding that does not throw on a lone surrogate (an element's id may hold one). */
const encode = (text: string) => encodeURIComponent(wellFormed(text));

/** The URL hash that names one photo of one gallery: `#<gallery>-photo-<photo id>`. */
export function photoHash(gallery: string, id: string): string {
  return `#${encode(gallery)}-photo-${encode(id)}`;
}

/** The photo id a URL hash names in this gallery, whether we wrote it or a person typed it. */
export function photoIdFromHash(hash: string, gallery: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  const prefix = `${gallery}-photo-`;
  return decoded.startsWith(prefix) && decoded.length > prefix.length ? decoded.slice(prefix.length) : undefined;
}

/** Keeps a zoomed photo covering its viewport: an offset from the centre, limited to the overhang. */
export function clampPan(offset: number, content: number, viewport: number): number {
  const limit = Math.max(0, (content - viewport) / 2);
  return Math.min(limit, Math.max(-limit, offset));
}
