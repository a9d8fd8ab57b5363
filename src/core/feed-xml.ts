/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom 1.0 readers that produce the same {@link Feed} model as the
 * JSON Feed reader, so a CuteNews or WordPress site can point a widget at the feed it already has.
 * Lenient like the JSON reader: items without an id are dropped and reported in `problems`,
 * unparseable dates leave the item undated, unknown elements are ignored, every URL passes the
 * URL policy and is made absolute (Atom's xml:base included).
 */
import {
  FeedFormatError,
  languageTag,
  parseDate,
  plainText as plainTextOfFeeds,
  readJsonFeed,
  writtenOffset,
  type Feed,
  type FeedAttachment,
  type FeedAuthor,
  type FeedItem,
  type GovItemExtension,
} from './feed.js';
import type { ParsedDocument } from './load.js';
import { safeUrl } from './url.js';

/**
 * Decodes and de-tags a text field: feed.ts's plainText, or the one a caller hands to
 * {@link readXmlFeedWith}. Set for the duration of one synchronous read.
 */
let plainText: (value: unknown) => string | undefined;

const ns = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  xml: 'http://www.w3.org/XML/1998/namespace',
};
/** RSS's own elements: no namespace in RSS 2.0, the RSS 1.0 namespace in RDF feeds. */
const rss = [null, ns.rss1];
/** Media RSS, with and without the trailing slash real feeds use. */
const media = ['http://search.yahoo.com/mrss/', 'http://search.yahoo.com/mrss'];

const childrenNamed = (parent: Element, name: string, namespaces: readonly (string | null)[]): Element[] =>
  [...parent.children].filter((child) => child.localName === name && namespaces.includes(child.namespaceURI));

const childNamed = (parent: Element, name: string, namespaces: readonly (string | null)[]): Element | undefined =>
  childrenNamed(parent, name, namespaces)[0];

const textOf = (element: Element | undefined): string | undefined => {
  const value = element?.textContent?.trim();
  return value ? value : undefined;
};

const positive = (value: string | null): number | undefined => {
  const number = Number(value);
  return value && Number.isFinite(number) && number > 0 ? number : undefined;
};

/** The value of an `xml:` attribute (base, lang) in scope: on the element or its nearest ancestor. */
function inherited(element: Element, name: 'base' | 'lang'): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const value = node.getAttributeNS(ns.xml, name);
    if (value !== null) return value;
  }
  return undefined;
}

/** The base URL of an element: every xml:base from the root down, resolved against the document's address. */
function baseOf(element: Element, documentUrl: string): string {
  const bases: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    const base = node.getAttributeNS(ns.xml, 'base');
    if (base !== null) bases.unshift(base);
  }
  return bases.reduce((resolved, base) => safeUrl(base, resolved, 'fetch') ?? resolved, documentUrl);
}

function readDate(element: Element | undefined): Pick<FeedItem, 'datePublished' | 'datePublishedOffset'> {
  const written = textOf(element);
  const date = parseDate(written);
  return { datePublished: date, datePublishedOffset: writtenOffset(written, date) };
}

const isImage = (element: Element) =>
  element.getAttribute('medium') === 'image' || (element.getAttribute('type') ?? '').startsWith('image/');

/** The image of an item from Media RSS or an image enclosure, with what Media RSS says about it. */
function readImage(
  item: Element,
  base: string,
  enclosures: Element[],
): Pick<FeedItem, 'image'> & { gov: GovItemExtension } {
  const groups = childrenNamed(item, 'group', media);
  const contents = [item, ...groups].flatMap((parent) => childrenNamed(parent, 'content', media)).filter(isImage);
  const chosen = contents.find((content) => content.getAttribute('isDefault') === 'true') ?? contents[0];
  const thumbnail = [item, ...groups].map((parent) => childNamed(parent, 'thumbnail', media)).find(Boolean);
  const enclosure = enclosures.find(isImage);
  const source = chosen ?? thumbnail ?? enclosure;
  const url = (element: Element | undefined) =>
    safeUrl(element?.getAttribute(element.localName === 'link' ? 'href' : 'url'), base, 'image');
  const description = chosen && (childNamed(chosen, 'description', media) ?? childNamed(chosen, 'title', media));
  return {
    image: url(source),
    gov: {
      alt: description ? (plainText(description.textContent) ?? '') : undefined,
      width: source === enclosure ? undefined : positive(source?.getAttribute('width') ?? null),
      height: source === enclosure ? undefined : positive(source?.getAttribute('height') ?? null),
      thumbnail: url(thumbnail),
    },
  };
}

/** Enclosures other than images (those are the item's image) as attachments. */
function readAttachments(enclosures: Element[], base: string, hrefAttribute: 'url' | 'href'): FeedAttachment[] {
  return enclosures.flatMap((enclosure) => {
    if (isImage(enclosure)) return [];
    const url = safeUrl(enclosure.getAttribute(hrefAttribute), base, 'link');
    if (!url) return [];
    return [
      {
        url,
        mimeType: enclosure.getAttribute('type') ?? undefined,
        title: plainText(enclosure.getAttribute('title')),
        sizeInBytes: positive(enclosure.getAttribute('length')),
      },
    ];
  });
}

/** Drops items without an id and repeated ids, keeping feed order, and says so in `problems`. */
function collect(entries: Element[], read: (entry: Element) => FeedItem | undefined, problems: string[]): FeedItem[] {
  const seen = new Set<string>();
  return entries.flatMap((entry, index) => {
    const item = read(entry);
    if (!item) {
      problems.push(`item ${index + 1} has no id`);
      return [];
    }
    if (seen.has(item.id)) {
      problems.push(`item ${index + 1} repeats the id "${item.id}"`);
      return [];
    }
    seen.add(item.id);
    return [item];
  });
}

/** RSS `author` is an e-mail address with the name in parentheses; only the name is published. */
function rssAuthors(item: Element): FeedAuthor[] {
  const names = [
    ...childrenNamed(item, 'creator', [ns.dc]).map((creator) => textOf(creator)),
    ...childrenNamed(item, 'author', rss).map((author) => {
      const written = textOf(author);
      return /\(([^)]+)\)/.exec(written ?? '')?.[1] ?? (written?.includes('@') ? undefined : written);
    }),
  ];
  return names.flatMap((name) => {
    const plain = plainText(name);
    return plain ? [{ name: plain }] : [];
  });
}

function readRss(root: Element, documentUrl: string): Feed {
  const channel = childNamed(root, 'channel', rss);
  if (!channel) throw new FeedFormatError('This RSS document has no <channel>.');
  const channelBase = baseOf(channel, documentUrl);
  const atomLink = (rel: string) =>
    childrenNamed(channel, 'link', [ns.atom])
      .find((link) => link.getAttribute('rel') === rel)
      ?.getAttribute('href');
  const language = languageTag(
    textOf(childNamed(channel, 'language', rss) ?? childNamed(channel, 'language', [ns.dc])),
  );
  const feedAuthors = rssAuthors(channel);
  const problems: string[] = [];
  // RSS 2.0 puts the items in the channel, RSS 1.0 next to it.
  const entries = [...childrenNamed(channel, 'item', rss), ...childrenNamed(root, 'item', rss)];
  const items = collect(
    entries,
    (item) => {
      const base = baseOf(item, documentUrl);
      const guid = childNamed(item, 'guid', rss);
      const guidText = textOf(guid);
      const link = textOf(childNamed(item, 'link', rss));
      const guidIsLink = guid !== undefined && guid.getAttribute('isPermaLink') !== 'false';
      const id = guidText ?? link ?? item.getAttributeNS(ns.rdf, 'about') ?? undefined;
      if (!id) return undefined;
      const url = safeUrl(link ?? (guidIsLink ? guidText : undefined), base, 'link');
      const description = textOf(childNamed(item, 'description', rss));
      const encoded = textOf(childNamed(item, 'encoded', [ns.content]));
      const enclosures = childrenNamed(item, 'enclosure', rss);
      const { image, gov } = readImage(item, base, enclosures);
      const authors = rssAuthors(item);
      return {
        id,
        url,
        title: plainText(textOf(childNamed(item, 'title', rss))),
        contentHtml: encoded ?? description,
        contentBaseUrl: url?.startsWith('http') ? url : base,
        // With full text in content:encoded, the description is the teaser.
        summary: encoded ? plainText(description) : undefined,
        image,
        ...readDate(childNamed(item, 'pubDate', rss) ?? childNamed(item, 'date', [ns.dc])),
        authors: authors.length ? authors : feedAuthors,
        tags: childrenNamed(item, 'category', rss).flatMap((category) => plainText(category.textContent) ?? []),
        language: languageTag(textOf(childNamed(item, 'language', [ns.dc])) ?? item.getAttributeNS(ns.xml, 'lang')),
        attachments: readAttachments(enclosures, base, 'url'),
        gov,
      };
    },
    problems,
  );
  return {
    title: plainText(textOf(childNamed(channel, 'title', rss))),
    description: plainText(textOf(childNamed(channel, 'description', rss))),
    homePageUrl: safeUrl(textOf(childNamed(channel, 'link', rss)), channelBase, 'link'),
    feedUrl: safeUrl(atomLink('self'), channelBase, 'link'),
    nextUrl: safeUrl(atomLink('next'), channelBase, 'fetch'),
    language,
    authors: feedAuthors,
    items,
    problems,
  };
}

/** An Atom text construct (type text, html or xhtml) as text or as HTML. */
function atomText(element: Element | undefined): { text?: string; html?: string } {
  if (!element) return {};
  const type = (element.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const container = [...element.children].find((child) => child.localName === 'div') ?? element;
    const serializer = new XMLSerializer();
    const html = [...container.childNodes]
      .map((node) => serializer.serializeToString(node))
      .join('')
      .trim();
    return { html: html || undefined };
  }
  if (type === 'html' || type === 'text/html') return { html: textOf(element) };
  return type === 'text' || type.startsWith('text/') ? { text: textOf(element) } : {};
}

const atomPlain = (element: Element | undefined): string | undefined => {
  const { text, html } = atomText(element);
  return html !== undefined ? plainText(html) : text;
};

function atomAuthors(parent: Element, base: string): FeedAuthor[] {
  return childrenNamed(parent, 'author', [ns.atom]).flatMap((author) => {
    const name = plainText(textOf(childNamed(author, 'name', [ns.atom])));
    const url = safeUrl(textOf(childNamed(author, 'uri', [ns.atom])), base, 'link');
    return name || url ? [{ name, url }] : [];
  });
}

/** An Atom link's absolute href by rel (a link without rel is "alternate"); HTML pages first for alternates. */
function atomLink(parent: Element, rel: string, documentUrl: string): string | undefined {
  const links = childrenNamed(parent, 'link', [ns.atom]).filter(
    (link) => (link.getAttribute('rel') ?? 'alternate') === rel,
  );
  const html = links.find((link) => /html/.test(link.getAttribute('type') ?? 'text/html'));
  const chosen = html ?? links[0];
  return chosen && safeUrl(chosen.getAttribute('href'), baseOf(chosen, documentUrl), rel === 'next' ? 'fetch' : 'link');
}

function readAtom(root: Element, documentUrl: string): Feed {
  const feedBase = baseOf(root, documentUrl);
  const feedAuthors = atomAuthors(root, feedBase);
  const problems: string[] = [];
  const items = collect(
    childrenNamed(root, 'entry', [ns.atom]),
    (entry) => {
      const id = textOf(childNamed(entry, 'id', [ns.atom]));
      if (!id) return undefined;
      const base = baseOf(entry, documentUrl);
      const content = childNamed(entry, 'content', [ns.atom]);
      const { text, html } = atomText(content);
      const url = atomLink(entry, 'alternate', documentUrl) ?? safeUrl(content?.getAttribute('src'), base, 'link');
      const enclosures = childrenNamed(entry, 'link', [ns.atom]).filter(
        (link) => link.getAttribute('rel') === 'enclosure',
      );
      const { image, gov } = readImage(entry, base, enclosures);
      const published = childNamed(entry, 'published', [ns.atom]);
      const updated = childNamed(entry, 'updated', [ns.atom]);
      const authors = atomAuthors(entry, base);
      return {
        id,
        url,
        externalUrl: atomLink(entry, 'related', documentUrl),
        title: atomPlain(childNamed(entry, 'title', [ns.atom])),
        contentHtml: html,
        contentText: text,
        contentBaseUrl:
          content && inherited(content, 'base') !== undefined
            ? baseOf(content, documentUrl)
            : url?.startsWith('http')
              ? url
              : base,
        summary: atomPlain(childNamed(entry, 'summary', [ns.atom])),
        image,
        // Many Atom feeds only say when an entry was updated; that is the best date there is then.
        ...readDate(published ?? updated),
        dateModified: parseDate(textOf(updated)),
        authors: authors.length ? authors : feedAuthors,
        tags: childrenNamed(entry, 'category', [ns.atom]).flatMap(
          (category) => plainText(category.getAttribute('label') ?? category.getAttribute('term')) ?? [],
        ),
        language: languageTag(inherited(entry, 'lang')),
        attachments: readAttachments(enclosures, base, 'href'),
        gov,
      };
    },
    problems,
  );
  return {
    title: atomPlain(childNamed(root, 'title', [ns.atom])),
    description: atomPlain(childNamed(root, 'subtitle', [ns.atom])),
    homePageUrl: atomLink(root, 'alternate', documentUrl),
    feedUrl: atomLink(root, 'self', documentUrl),
    nextUrl: atomLink(root, 'next', documentUrl),
    icon: safeUrl(textOf(childNamed(root, 'logo', [ns.atom])), feedBase, 'image'),
    favicon: safeUrl(textOf(childNamed(root, 'icon', [ns.atom])), feedBase, 'image'),
    language: languageTag(root.getAttributeNS(ns.xml, 'lang')),
    authors: feedAuthors,
    items,
    problems,
  };
}

/**
 * Reads an RSS or Atom document, told apart by its root element. `documentUrl` is the feed's own
 * address (the page's for inline data). Throws {@link FeedFormatError} for any other XML.
 */
export function readXmlFeed(document: XMLDocument, documentUrl: string): Feed {
  return readXmlFeedWith(document, documentUrl, plainTextOfFeeds);
}

/**
 * {@link readXmlFeed} with the caller's plainText. The news feed loads this reader on demand, as a
 * sibling file of the one-file bundle that must stand alone: plainText parses HTML under the
 * suite's Trusted Types policy, which only the suite's own copy of it may create.
 */
export function readXmlFeedWith(
  document: XMLDocument,
  documentUrl: string,
  readPlainText: (value: unknown) => string | undefined,
): Feed {
  plainText = readPlainText;
  const root = document.documentElement;
  if (root.localName === 'rss' || (root.localName === 'RDF' && root.namespaceURI === ns.rdf))
    return readRss(root, documentUrl);
  if (root.localName === 'feed' && root.namespaceURI === ns.atom) return readAtom(root, documentUrl);
  throw new FeedFormatError(`This XML is not an RSS or Atom feed (its root element is <${root.nodeName}>).`);
}

/** Any feed the widgets read — JSON Feed, RSS or Atom — as the one model. */
export function readFeed(document: ParsedDocument, documentUrl: string): Feed {
  return document.kind === 'json'
    ? readJsonFeed(document.value, documentUrl)
    : readXmlFeed(document.document, documentUrl);
}
