/**
 * Feed HTML (content_html, RSS description, Atom content) made safe to show: DOMPurify with a strict
 * allowlist of what a news story needs, then our own URL policy on every link, image and quote
 * source. The result is a DocumentFragment, rendered as a Node (never a string through innerHTML).
 * The news feed loads this module, DOMPurify included, only when it shows full stories (in the
 * one-file bundle it is a sibling file). It creates no Trusted Types policy: a sibling file with a
 * copy of ours could not create it twice, so the caller passes the `gov-widgets` one in.
 */
import purify, { type Config } from 'dompurify';
import type { PurifierPolicy } from './inert.js';
import { declaredSize } from './image-size.js';
import { isExternal, readableUrl, safeSrcset, safeUrl, withoutInvisible } from './url.js';

/** Text-level and block elements of a news story; no scripts, styles, frames, forms, media players, SVG or MathML. */
const allowedTags = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'figure',
  'figcaption',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'mark',
  'abbr',
  'cite',
  'q',
  'time',
  'span',
  'img',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
];

/** No style, class, id or name (no clobbering, no look-alike UI), no event handlers, no ARIA or data attributes. */
const allowedAttributes = [
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'title',
  'width',
  'height',
  'lang',
  'dir',
  'datetime',
  'cite',
  'colspan',
  'rowspan',
  'scope',
  'headers',
  'abbr',
  'start',
  'reversed',
];

/**
 * Link text that reads as an address: a URL, a web or e-mail address. Such text could name one
 * place while the link goes to another ("https://www.mfa.gov.rs" linking to evil.example).
 */
const addressLike =
  /^(?:(?:https?:\/\/|www\.|mailto:|tel:)\S+|[^\s@]+@[^\s@]+\.[^\s@]+|[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?)$/i;

const config: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: allowedTags,
  ALLOWED_ATTR: allowedAttributes,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // DOMPurify's first line of defence; our URL policy below has the last word.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  RETURN_DOM_FRAGMENT: true,
};

/**
 * Sanitizes feed HTML. Relative URLs resolve against `baseUrl` (the item's URL); links and images
 * keep only http, https (and for links mailto, tel) URLs; links to other origins than `pageUrl`'s
 * get rel="noopener noreferrer"; images load lazily; `lang` attributes stay. DOMPurify parses with
 * `trustedTypesPolicy` (see purifierPolicy in inert.ts) when given, else with its own `dompurify` one.
 */
export async function sanitizeFeedHtml(
  html: string,
  baseUrl: string,
  { pageUrl = document.baseURI, trustedTypesPolicy }: { pageUrl?: string; trustedTypesPolicy?: PurifierPolicy } = {},
): Promise<DocumentFragment> {
  // Without a DOM DOMPurify would hand the input back untouched.
  if (!purify.isSupported) throw new Error('DOMPurify is not supported in this browser');
  const fragment = purify.sanitize(html, {
    ...config,
    // Our inert-parsing policy instead of DOMPurify's own `dompurify` one: one Trusted Types name fewer.
    TRUSTED_TYPES_POLICY: trustedTypesPolicy as Config['TRUSTED_TYPES_POLICY'],
  });
  // One walk over the sanitized elements rather than a selector query per kind: it is what a browser
  // does fastest, and under jsdom (the publishing tool) each new document's first selector query costs
  // a listener on the shared window, which makes a run over thousands of stories quadratic.
  const elements = elementsIn(fragment);
  const named = (name: string) => elements.filter((element) => element.localName === name);
  for (const link of named('a')) {
    const href = safeUrl(link.getAttribute('href'), baseUrl, 'link');
    // A link without href is plain text to every user and assistive technology.
    if (!href) link.removeAttribute('href');
    else {
      link.setAttribute('href', href);
      if (isExternal(href, pageUrl)) link.setAttribute('rel', 'noopener noreferrer');
      // Text that reads as an address says where the link really goes, not where it claims to.
      if (addressLike.test(withoutInvisible(link.textContent ?? '').trim())) link.textContent = readableUrl(href);
    }
  }
  for (const image of named('img')) {
    const src = safeUrl(image.getAttribute('src'), baseUrl, 'image');
    if (!src) {
      image.remove();
      continue;
    }
    image.setAttribute('src', src);
    const srcset = safeSrcset(image.getAttribute('srcset'), baseUrl);
    if (srcset) image.setAttribute('srcset', srcset);
    else image.removeAttribute('srcset');
    // Declared sizes reserve the image's box: a plausible one only (see image-size.ts).
    const declared = (size: string) => {
      const value = image.getAttribute(size) ?? '';
      return /^\d+$/.test(value) ? Number(value) : undefined;
    };
    const sizes = declaredSize(declared('width'), declared('height'));
    ['width', 'height'].forEach((size, index) => {
      if (sizes[index]) image.setAttribute(size, String(sizes[index]));
      else image.removeAttribute(size);
    });
    // An image from data is a request to a host the data names: it is not told which page asked.
    image.setAttribute('referrerpolicy', 'no-referrer');
    // An image the author gave no text is not announced by its file name.
    if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
    image.setAttribute('loading', 'lazy');
    image.setAttribute('decoding', 'async');
  }
  for (const quote of elements.filter((element) => element.hasAttribute('cite'))) {
    const cite = safeUrl(quote.getAttribute('cite'), baseUrl, 'link');
    if (cite) quote.setAttribute('cite', cite);
    else quote.removeAttribute('cite');
  }
  for (const table of named('table')) {
    // Wide tables scroll on their own instead of widening the page at 320 px.
    const scroller = table.ownerDocument.createElement('div');
    scroller.className = 'table-scroll';
    table.replaceWith(scroller);
    scroller.append(table);
  }
  return fragment;
}

/** The elements in `root`, in document order. */
function elementsIn(root: DocumentFragment): Element[] {
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  const elements: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) elements.push(node as Element);
  return elements;
}

/**
 * Moves the headings of a story below the item's own heading (level `itemLevel`), keeping their
 * order; a heading that would go past h6 becomes a paragraph in bold.
 */
export function demoteHeadings(root: ParentNode, itemLevel: number): void {
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  if (!headings.length) return;
  const levelOf = (heading: Element) => Number(heading.localName[1]);
  const shift = Math.max(0, itemLevel + 1 - Math.min(...headings.map(levelOf)));
  if (!shift) return;
  for (const heading of headings) {
    const level = levelOf(heading) + shift;
    const document = heading.ownerDocument;
    const replacement = document.createElement(level <= 6 ? `h${level}` : 'p');
    for (const { name, value } of heading.attributes) replacement.setAttribute(name, value);
    const content = level <= 6 ? replacement : replacement.appendChild(document.createElement('strong'));
    content.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
}
