/**
 * Feed autodiscovery: a webmaster pastes the site's address, not the feed's, and the page names its
 * feeds in `<link rel="alternate" type="application/rss+xml" href="/rss.php">` (the RSS Advisory
 * Board's autodiscovery, Atom's and JSON Feed's alike). This finds them in the page's text: pure
 * string work, no DOM, nothing of the page parsed or run. The caller follows the one it chooses, once.
 */
import { safeUrl } from './url.js';

export interface FeedLink {
  /** The feed's absolute address (http or https only). */
  url: string;
  /** Its media type, lower case, without parameters. */
  type: string;
  title?: string;
}

/** What a news list reads best first: JSON Feed (our own format, read at once), then Atom, then RSS. */
export const newsFeedTypes = [
  'application/feed+json',
  'application/atom+xml',
  'application/rss+xml',
  'application/rdf+xml',
  'text/xml',
  'application/xml',
];

/** What a photo gallery reads best first: JSON Feed, then RSS (Media RSS), then Atom. */
export const photoFeedTypes = [
  'application/feed+json',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'text/xml',
  'application/xml',
];

const namedEntities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** An attribute value with its character references decoded (`/feed?a=1&amp;b=2`). */
const decoded = (value: string) =>
  value.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));?/gi, (whole, decimal, hex, name) => {
    const code = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return namedEntities[(name as string).toLowerCase()] ?? whole;
  });

/** The attributes of a tag's text (`rel="alternate" type=application/rss+xml href='…'`), names in lower case. */
function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, double, single, bare] of tag.matchAll(
    /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
  )) {
    const key = name!.toLowerCase();
    if (!(key in found)) found[key] = decoded(double ?? single ?? bare ?? '');
  }
  return found;
}

/**
 * Every feed a page's `<link rel="alternate">` elements name, in page order, resolved against the
 * page's `<base href>` (else its own address) and passed through the URL policy. Links inside comments,
 * scripts, styles and templates do not count; nor do `rel="alternate stylesheet"` links.
 */
export function feedLinks(html: string, pageUrl: string): FeedLink[] {
  const live = html.replace(/<!--[^]*?-->|<(script|style|template|noscript)\b[^]*?<\/\1\s*>/gi, ' ');
  const tags = [...live.matchAll(/<(link|base)\b([^>]*)>/gi)];
  const baseTag = tags.find(([, name, rest]) => name!.toLowerCase() === 'base' && /\bhref\s*=/i.test(rest!));
  const base = (baseTag && safeUrl(attributes(baseTag[2]!).href, pageUrl, 'fetch')) ?? pageUrl;
  return tags.flatMap(([, name, rest]) => {
    if (name!.toLowerCase() !== 'link') return [];
    const { rel = '', type = '', href, title } = attributes(rest!);
    const rels = rel.toLowerCase().split(/\s+/);
    if (!rels.includes('alternate') || rels.includes('stylesheet')) return [];
    const url = safeUrl(href, base, 'fetch');
    const mediaType = type.split(';')[0]!.trim().toLowerCase();
    return url && mediaType ? [{ url, type: mediaType, title: title?.trim() || undefined }] : [];
  });
}

/** A comments feed (WordPress names one beside the posts feed): the news is the other one. */
const isCommentsFeed = ({ url, title }: FeedLink) => /comment|komentar|коментар/i.test(`${title ?? ''} ${url}`);

/**
 * The address of the feed of a page that an element reading `types` (best first) should follow:
 * the first link of the best type the page names, a comments feed only when it is all there is.
 * Undefined when the page names none of them.
 */
export function discoverFeed(html: string, pageUrl: string, types: readonly string[]): string | undefined {
  const links = feedLinks(html, pageUrl).filter((link) => types.includes(link.type));
  const ranked = (candidates: FeedLink[]) =>
    candidates.sort((a, b) => types.indexOf(a.type) - types.indexOf(b.type))[0]?.url;
  return ranked(links.filter((link) => !isCommentsFeed(link))) ?? ranked(links);
}

/** {@link discoverFeed} for a news list. */
export const discoverNewsFeed = (html: string, pageUrl: string) => discoverFeed(html, pageUrl, newsFeedTypes);

/** {@link discoverFeed} for a photo gallery. */
export const discoverPhotoFeed = (html: string, pageUrl: string) => discoverFeed(html, pageUrl, photoFeedTypes);
