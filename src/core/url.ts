/**
 * The URL policy for every href and src the widgets bind from data: http, https, mailto and tel,
 * and relative URLs (resolved against the document they came from). Lit does not sanitize
 * attribute bindings, so every data URL goes through here before it reaches the DOM.
 */
/** Where a URL goes: a link people follow, an image the browser loads, or a document we fetch. */
export type UrlSink = 'link' | 'image' | 'fetch';

const web = ['http:', 'https:'];
const allowedProtocols: Record<UrlSink, ReadonlySet<string>> = {
  link: new Set([...web, 'mailto:', 'tel:']),
  image: new Set(web),
  fetch: new Set(web),
};

/**
 * The absolute URL to bind, or undefined when the value is not an allowed URL. Parsing with the
 * URL parser (not prefix checks) defeats "java\tscript:", entity and case tricks, because the
 * browser's parser is the one that would run the link.
 */
export function safeUrl(value: unknown, base: string | URL | undefined, sink: UrlSink = 'link'): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (!allowedProtocols[sink].has(url.protocol)) return undefined;
  // A user name can pose as the host ("https://www.mfa.gov.rs@evil.example/") and has no place in data.
  if (url.username || url.password) url.username = url.password = '';
  return url.href;
}

/** Characters people cannot see that change what they read: bidi controls, zero-width and other format characters. */
const invisible = /[\p{DI}\p{Cf}\p{Cc}\p{Zl}\p{Zp}]/gu;

/** Text shown as an address (a phone number, an e-mail address, a URL) without anything invisible in it. */
export const withoutInvisible = (text: string): string => text.replace(invisible, '');

/**
 * A link's address as people read it, showing where it really goes: for the web, the real host
 * (never a user name) and the path and query, decoded; for mailto: and tel:, the address. Nothing
 * invisible, so a right-to-left override cannot reorder it. "https://www.mfa.gov.rs/" → "www.mfa.gov.rs".
 */
export function readableUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return withoutInvisible(href);
  }
  const rest = url.host ? `${url.pathname === '/' ? '' : url.pathname}${url.search}` : url.pathname;
  let decoded = rest;
  try {
    decoded = decodeURI(rest);
  } catch {
    // Percent-encoding that is not UTF-8: shown encoded.
  }
  return withoutInvisible(url.host + decoded);
}

/**
 * A srcset with every candidate URL passed through the image policy; candidates that fail are
 * dropped, and undefined comes back when none is left. Descriptors must be `<n>w` or `<n>x`.
 */
export function safeSrcset(value: unknown, base: string | URL | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const candidates = value
    .split(/,\s+|,(?=\S+\s+\d)/)
    .map((candidate) => candidate.trim().split(/\s+/))
    .flatMap(([url, descriptor, ...rest]) => {
      if (rest.length || (descriptor !== undefined && !/^\d+(\.\d+)?[wx]$/.test(descriptor))) return [];
      const safe = safeUrl(url, base, 'image');
      return safe ? [descriptor ? `${safe} ${descriptor}` : safe] : [];
    });
  return candidates.length ? candidates.join(', ') : undefined;
}

let lastPage: { url: string; origin: string } | undefined;

/** Whether a link leaves the page's origin, so that it gets rel="noopener noreferrer". */
export function isExternal(href: string, pageUrl: string): boolean {
  try {
    // A list binds hundreds of links against the same page: its origin is worked out once.
    if (lastPage?.url !== pageUrl) lastPage = { url: pageUrl, origin: new URL(pageUrl).origin };
    // An absolute URL that starts with the page's origin and a slash cannot be anywhere else.
    if (href.startsWith(`${lastPage.origin}/`)) return false;
    const url = new URL(href, pageUrl);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== lastPage.origin;
  } catch {
    return false;
  }
}
