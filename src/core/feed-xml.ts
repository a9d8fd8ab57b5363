/**
 * RSS (0.90, 0.91, 0.92, 1.0/RDF, 2.0) and Atom (0.3, 1.0) readers that produce the same {@link Feed}
 * model as the JSON Feed reader, so a CuteNews or WordPress site can point a widget at the feed it
 * already has. Lenient like the JSON reader, for the feeds CMSs really write: RSS elements are found
 * whatever default namespace the root declares (`backend.userland.com/rss2`) and whatever their case
 * (`pubdate`); an item without a guid is identified by its link (and, when two items share one, by its
 * title and date too); a title-only item is an item; dates are read by {@link readFeedDate} (RFC 822,
 * RFC 3339, W3C-DTF `dc:date`, `dcterms:*`, month names), never guessed; unknown elements are ignored;
 * every URL passes the URL policy and is made absolute (xml:base included). Media RSS is read whole
 * (`media:content`, `media:group`, `media:thumbnail`, `media:title`, `media:description`,
 * `media:credit`, image enclosures), for the news image and for photo galleries.
 */
import {
  FeedFormatError,
  languageTag,
  plainText as plainTextOfFeeds,
  readJsonFeed,
  type Feed,
  type FeedAttachment,
  type FeedAuthor,
  type FeedItem,
  type FeedMedia,
  type GovItemExtension,
} from './feed.js';
import { readFeedDate } from './feed-date.js';
import { readIsoDate } from './iso-date.js';
import type { ParsedDocument } from './loaded-document.js';
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
  dcterms: 'http://purl.org/dc/terms/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  rss1: 'http://purl.org/rss/1.0/',
  xhtml: 'http://www.w3.org/1999/xhtml',
  xml: 'http://www.w3.org/XML/1998/namespace',
};
/**
 * RSS's own elements: no namespace in RSS 0.91–2.0, the RSS 1.0 or 0.90 namespace in RDF feeds, and
 * whatever default namespace an RSS root declares (some CMSs write `backend.userland.com/rss2`).
 */
let rss: (string | null)[] = [];
/** Media RSS, with and without the trailing slash real feeds use. */
const media = ['http://search.yahoo.com/mrss/', 'http://search.yahoo.com/mrss'];
/** Dublin Core terms (`dcterms:modified`): in their own namespace, or (a common slip) in the elements one. */
const dcterms = [ns.dcterms, ns.dc];

/** Child elements by local name, compared without case (`pubDate`, `pubdate`, `PubDate` are one). */
const childrenNamed = (parent: Element, name: string, namespaces: readonly (string | null)[]): Element[] =>
  [...parent.children].filter(
    (child) => child.localName.toLowerCase() === name.toLowerCase() && namespaces.includes(child.namespaceURI),
  );

const childNamed = (parent: Element, name: string, namespaces: readonly (string | null)[]): Element | undefined =>
  childrenNamed(parent, name, namespaces)[0];

const textOf = (element: Element | undefined): string | undefined => {
  const value = element?.textContent?.trim();
  return value ? value : undefined;
};

const positive = (value: string | null | undefined): number | undefined => {
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

/**
 * The item's date from the first of `elements` that holds one this reader can vouch for; when none
 * does, the item is undated and the reason goes to `problems`.
 */
function readDate(
  elements: (Element | undefined)[],
  language: string | undefined,
  problems: string[],
  index: number,
): Pick<FeedItem, 'datePublished' | 'datePublishedOffset'> {
  let problem: string | undefined;
  for (const element of elements) {
    const reading = readFeedDate(textOf(element), language);
    if (reading && 'date' in reading) return { datePublished: reading.date, datePublishedOffset: reading.offset };
    problem ??= reading?.problem;
  }
  if (problem) problems.push(`item ${index + 1} is undated: ${problem}`);
  return {};
}

const imageFile = /\.(jpe?g|png|gif|webp|avif|svg)(\?|#|$)/i;

/** A media element that is an image: by `medium`, else by `type`, else (no type at all) by its file name. */
const isImage = (element: Element) => {
  const medium = element.getAttribute('medium');
  const type = element.getAttribute('type');
  if (medium) return medium === 'image';
  if (type) return type.startsWith('image/');
  return imageFile.test(element.getAttribute('url') ?? element.getAttribute('href') ?? '');
};

/** The first of a Media RSS element on `levels`, most specific first (content, group, item, channel: Media RSS's order). */
const mediaChild = (levels: Element[], name: string): Element | undefined =>
  levels.map((level) => childNamed(level, name, media)).find(Boolean);

/**
 * One picture as Media RSS (or an image enclosure) describes it. `levels` are where its optional
 * elements may sit, most specific first (its content or group, the item); `channel` may give a credit
 * for every picture. `renditions` are the images of the picture (a group's contents) or the one image.
 */
function readPicture(levels: Element[], channel: Element | undefined, renditions: Element[], base: string) {
  const url = (element: Element | undefined) =>
    safeUrl(element?.getAttribute(element.localName === 'link' ? 'href' : 'url'), base, 'image');
  // The default rendition, else the widest (the full-size photo of a gallery).
  const [chosen] = renditions
    .filter((rendition) => url(rendition))
    .sort(
      (a, b) =>
        Number(b.getAttribute('isDefault') === 'true') - Number(a.getAttribute('isDefault') === 'true') ||
        (positive(b.getAttribute('width')) ?? 0) - (positive(a.getAttribute('width')) ?? 0),
    );
  if (!chosen) return undefined;
  const sized = renditions.filter((rendition) => positive(rendition.getAttribute('width')) && url(rendition));
  const text = (element: Element | undefined) => plainText(textOf(element));
  const own = (name: string) => text(childNamed(chosen, name, media) ?? childNamed(levels[0]!, name, media));
  const credits = [...levels, ...(channel ? [channel] : [])]
    .map((level) => childrenNamed(level, 'credit', media).flatMap((credit) => text(credit) ?? []))
    .find((found) => found.length);
  const picture: FeedMedia = {
    url: url(chosen)!,
    width: positive(chosen.getAttribute('width')),
    height: positive(chosen.getAttribute('height')),
    srcset:
      sized.length > 1
        ? sized.map((rendition) => `${url(rendition)} ${rendition.getAttribute('width')}w`).join(', ')
        : undefined,
    thumbnail: url(mediaChild([chosen, ...levels], 'thumbnail')),
    // What the picture shows: the text Media RSS gives the picture itself (its content or group);
    // the item's own media:description says more about it.
    alt: own('description') ?? own('title'),
    title: text(mediaChild(levels, 'title')),
    description: text(childNamed(levels.at(-1)!, 'description', media)),
    credit: credits?.join(', '),
  };
  return picture;
}

/**
 * The pictures of an item: each `media:group` is one (its `media:content`s are renditions of it), each
 * image `media:content` outside a group another; without them an item-level `media:thumbnail`, else
 * each image enclosure.
 */
function readMedia(item: Element, channel: Element | undefined, base: string, enclosures: Element[]): FeedMedia[] {
  const pictures = [
    ...childrenNamed(item, 'group', media).map((group) =>
      readPicture([group, item], channel, childrenNamed(group, 'content', media).filter(isImage), base),
    ),
    ...childrenNamed(item, 'content', media)
      .filter(isImage)
      .map((content) => readPicture([content, item], channel, [content], base)),
  ];
  if (!pictures.some(Boolean)) {
    const thumbnail = childNamed(item, 'thumbnail', media);
    const sources = thumbnail ? [thumbnail] : enclosures.filter(isImage);
    pictures.push(...sources.map((source) => readPicture([source, item], channel, [source], base)));
  }
  return pictures.filter((picture): picture is FeedMedia => picture !== undefined);
}

/** The news image of an item and what `_gov` says about it: its first picture. */
function imageOf(pictures: FeedMedia[]): Pick<FeedItem, 'image'> & { gov: GovItemExtension } {
  const [first] = pictures;
  if (!first) return { image: undefined, gov: {} };
  const { url, width, height, srcset, thumbnail, alt, credit } = first;
  return { image: url, gov: { alt, width, height, srcset, thumbnail, credit } };
}

/** Enclosures other than images (those are the item's pictures) as attachments. */
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

/** A short, stable name for a text (FNV-1a, base 36): for ids made up of an item's content. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** What identifies an item: its own id (guid, rdf:about, Atom id), else its link, else its content. */
interface Identity {
  /** The id the feed gives, when it gives one: two items with it are the same item. */
  own?: string;
  link?: string;
  /** Title, date and text: with the link, what tells two items without an own id apart. */
  content: string;
}

/**
 * Gives each read item its id and drops repeats, keeping feed order, and says so in `problems`. A
 * repeat is an item with the same own id, or (without one) the same link, title and date: two stories
 * that link to the same page are two items (their ids then carry a digest of their content).
 */
function collect(
  entries: Element[],
  read: (entry: Element, index: number) => [Identity, Omit<FeedItem, 'id'>] | undefined,
  problems: string[],
): FeedItem[] {
  const seen = new Set<string>();
  const ids = new Set<string>();
  return entries.flatMap((entry, index) => {
    const result = read(entry, index);
    if (!result) {
      problems.push(`item ${index + 1} is empty`);
      return [];
    }
    const [{ own, link, content }, item] = result;
    const key = own ?? `${link}\n${content}`;
    if (seen.has(key)) {
      problems.push(
        `item ${index + 1} repeats ${own ? `the id "${own}"` : `the link, title and date of an earlier item`}`,
      );
      return [];
    }
    seen.add(key);
    let id = own ?? link ?? `item-${digest(content)}`;
    if (ids.has(id)) id = `${id}#${digest(key)}`;
    ids.add(id);
    return [{ id, ...item }];
  });
}

/** RSS `author` is an e-mail address with the name in parentheses; only the name is published. */
function rssAuthors(item: Element): FeedAuthor[] {
  const names: (string | undefined)[] = [
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

/** The date elements of an RSS item, in the order they are trusted. */
const rssDates = (item: Element) => [
  childNamed(item, 'pubDate', rss),
  childNamed(item, 'date', [ns.dc]),
  ...['issued', 'created', 'modified'].map((name) => childNamed(item, name, dcterms)),
];

function readRss(root: Element, documentUrl: string): Feed {
  // An RSS document without a channel is an RSS document without news (or with items at its root).
  const channel = childNamed(root, 'channel', rss) ?? root;
  const channelBase = baseOf(channel, documentUrl);
  const atomLink = (rel: string) =>
    childrenNamed(channel, 'link', [ns.atom])
      .find((link) => link.getAttribute('rel') === rel)
      ?.getAttribute('href');
  const language = languageTag(
    textOf(childNamed(channel, 'language', rss) ?? childNamed(channel, 'language', [ns.dc])) ??
      inherited(channel, 'lang'),
  );
  // A photo channel's media:credit is the photographer of the whole gallery.
  const creators = rssAuthors(channel);
  const feedAuthors = creators.length
    ? creators
    : childrenNamed(channel, 'credit', media).flatMap((credit) => {
        const name = plainText(textOf(credit));
        return name ? [{ name }] : [];
      });
  const problems: string[] = [];
  // RSS 0.91–2.0 put the items in the channel, RSS 0.90 and 1.0 next to it.
  const entries = [
    ...childrenNamed(channel, 'item', rss),
    ...(channel === root ? [] : childrenNamed(root, 'item', rss)),
  ];
  const items = collect(
    entries,
    (item, index) => {
      const base = baseOf(item, documentUrl);
      const guid = childNamed(item, 'guid', rss);
      const guidText = textOf(guid);
      const link = textOf(childNamed(item, 'link', rss));
      const about = item.getAttributeNS(ns.rdf, 'about') ?? undefined;
      const guidIsLink = guid !== undefined && guid.getAttribute('isPermaLink') !== 'false';
      // RSS 1.0's rdf:about names the item's page when it has no link.
      const url = safeUrl(link ?? (guidIsLink ? guidText : about), base, 'link');
      const title = textOf(
        childNamed(item, 'title', rss) ?? childNamed(item, 'title', [ns.dc]) ?? childNamed(item, 'title', media),
      );
      const description = markupOf(
        childNamed(item, 'description', rss) ??
          childNamed(item, 'description', [ns.dc]) ??
          childNamed(item, 'summary', [ns.itunes]),
      );
      const encoded = markupOf(childNamed(item, 'encoded', [ns.content])) ?? xhtmlBody(item);
      const enclosures = childrenNamed(item, 'enclosure', rss);
      const pictures = readMedia(item, channel === root ? undefined : channel, base, enclosures);
      const dates = rssDates(item);
      // RSS needs a title or a description; an item with neither, nor a link or a picture, shows nothing.
      if (!title && !description && !encoded && !url && !pictures.length) return undefined;
      const itemLanguage =
        languageTag(textOf(childNamed(item, 'language', [ns.dc])) ?? item.getAttributeNS(ns.xml, 'lang')) ?? undefined;
      const authors = rssAuthors(item);
      const { image, gov } = imageOf(pictures);
      const identity: Identity = {
        own: guidText ?? about,
        link,
        content: [title, textOf(dates.find(Boolean)), link ? '' : (description ?? encoded)].join('\n'),
      };
      return [
        identity,
        {
          url,
          title: plainText(title),
          contentHtml: encoded ?? description,
          contentBaseUrl: url?.startsWith('http') ? url : base,
          // With full text in content:encoded, the description is the teaser.
          summary: encoded ? plainText(description) : undefined,
          image,
          ...readDate(dates, itemLanguage ?? language, problems, index),
          dateModified: readIsoDate(textOf(childNamed(item, 'modified', dcterms)))?.date,
          authors: authors.length ? authors : feedAuthors,
          tags: childrenNamed(item, 'category', rss).flatMap((category) => plainText(category.textContent) ?? []),
          language: itemLanguage,
          attachments: readAttachments(enclosures, base, 'url'),
          media: pictures,
          gov,
        },
      ];
    },
    problems,
  );
  return {
    title: plainText(textOf(childNamed(channel, 'title', rss) ?? childNamed(channel, 'title', [ns.dc]))),
    description: plainText(
      textOf(childNamed(channel, 'description', rss) ?? childNamed(channel, 'description', [ns.dc])),
    ),
    homePageUrl: safeUrl(textOf(childNamed(channel, 'link', rss)), channelBase, 'link'),
    feedUrl: safeUrl(atomLink('self'), channelBase, 'link'),
    nextUrl: safeUrl(atomLink('next'), channelBase, 'fetch'),
    language,
    authors: feedAuthors,
    items,
    problems,
  };
}

/** The markup inside an element, serialized (Atom xhtml content, an RSS item's `xhtml:body`). */
function innerMarkup(element: Element): string | undefined {
  const serializer = new XMLSerializer();
  const html = [...element.childNodes]
    .map((node) => serializer.serializeToString(node))
    .join('')
    .trim();
  return html || undefined;
}

/**
 * The text of an element that holds HTML (RSS description, content:encoded): escaped or in CDATA as it
 * should be, or written as bare markup, which some CMSs do (`<description><p>…</p></description>`).
 */
const markupOf = (element: Element | undefined): string | undefined =>
  element && (element.children.length ? innerMarkup(element) : textOf(element));

/** Full text some RSS feeds give as an inline `<xhtml:body>` (feedparser reads it too). */
const xhtmlBody = (item: Element): string | undefined => {
  const body = childNamed(item, 'body', [ns.xhtml]);
  return body && innerMarkup(body);
};

/**
 * An Atom text construct as text or as HTML: Atom 1.0's `type` text, html or xhtml; Atom 0.3's MIME
 * `type` (text/plain, text/html, application/xhtml+xml) with its `mode` (xml, escaped, base64).
 */
function atomText(element: Element | undefined): { text?: string; html?: string } {
  if (!element) return {};
  const type = (element.getAttribute('type') || 'text').toLowerCase();
  const mode = element.getAttribute('mode');
  const markup =
    type === 'xhtml' ||
    type === 'application/xhtml+xml' ||
    (mode === 'xml' && element.children.length > 0 && /html/.test(type));
  if (markup && mode !== 'escaped' && mode !== 'base64') {
    const container = [...element.children].find((child) => child.localName === 'div') ?? element;
    return { html: innerMarkup(container) };
  }
  let value = textOf(element);
  if (mode === 'base64' && value) value = decodeBase64(value);
  if (/html/.test(type)) return { html: value };
  return type === 'text' || type.startsWith('text/') ? { text: value } : {};
}

/** UTF-8 text from base64 (Atom 0.3 `mode="base64"`); nothing when it is not base64. */
function decodeBase64(value: string): string | undefined {
  try {
    const bytes = Uint8Array.from(atob(value.replace(/\s+/g, '')), (character) => character.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}

const atomPlain = (element: Element | undefined): string | undefined => {
  const { text, html } = atomText(element);
  return html !== undefined ? plainText(html) : text;
};

/**
 * Reads Atom 1.0, and Atom 0.3 and the drafts between them (each in a namespace of its own, or none):
 * their elements are looked up in the root's namespace, under either name where 0.3 had another
 * (`tagline` for `subtitle`, `issued` for `published`, `modified` for `updated`, `url` for `uri`).
 */
function readAtom(root: Element, documentUrl: string): Feed {
  const atom = [root.namespaceURI];
  const child = (parent: Element, name: string, name03?: string) =>
    childNamed(parent, name, atom) ?? (name03 ? childNamed(parent, name03, atom) : undefined);
  const feedBase = baseOf(root, documentUrl);
  const authorsOf = (parent: Element, base: string): FeedAuthor[] =>
    childrenNamed(parent, 'author', atom).flatMap((author) => {
      const name = plainText(textOf(child(author, 'name')));
      const url = safeUrl(textOf(child(author, 'uri', 'url')), base, 'link');
      return name || url ? [{ name, url }] : [];
    });
  /** A link's absolute href by rel (a link without rel is "alternate"); HTML pages first for alternates. */
  const linkOf = (parent: Element, rel: string): string | undefined => {
    const links = childrenNamed(parent, 'link', atom).filter(
      (link) => (link.getAttribute('rel') ?? 'alternate') === rel,
    );
    const chosen = links.find((link) => /html/.test(link.getAttribute('type') ?? 'text/html')) ?? links[0];
    return (
      chosen && safeUrl(chosen.getAttribute('href'), baseOf(chosen, documentUrl), rel === 'next' ? 'fetch' : 'link')
    );
  };
  const feedAuthors = authorsOf(root, feedBase);
  const language = languageTag(root.getAttributeNS(ns.xml, 'lang'));
  const problems: string[] = [];
  const items = collect(
    childrenNamed(root, 'entry', atom),
    (entry, index) => {
      const base = baseOf(entry, documentUrl);
      const content = child(entry, 'content');
      const { text, html } = atomText(content);
      const link = linkOf(entry, 'alternate');
      const url = link ?? safeUrl(content?.getAttribute('src'), base, 'link');
      const enclosures = childrenNamed(entry, 'link', atom).filter((link) => link.getAttribute('rel') === 'enclosure');
      const pictures = readMedia(entry, undefined, base, enclosures);
      const titleElement = child(entry, 'title');
      const summary = atomPlain(child(entry, 'summary'));
      const updated = child(entry, 'updated', 'modified');
      const dates = [
        child(entry, 'published', 'issued'),
        child(entry, 'created'),
        childNamed(entry, 'date', [ns.dc]),
        updated,
      ];
      if (!textOf(titleElement) && !summary && !html && !text && !url && !pictures.length) return undefined;
      const entryLanguage = languageTag(inherited(entry, 'lang'));
      const authors = authorsOf(entry, base);
      const { image, gov } = imageOf(pictures);
      const identity: Identity = {
        own: textOf(child(entry, 'id')),
        link: url,
        content: [textOf(titleElement), textOf(dates.find(Boolean)), url ? '' : (summary ?? html ?? text)].join('\n'),
      };
      return [
        identity,
        {
          url,
          externalUrl: linkOf(entry, 'related'),
          title: atomPlain(titleElement),
          contentHtml: html,
          contentText: text,
          contentBaseUrl:
            content && inherited(content, 'base') !== undefined
              ? baseOf(content, documentUrl)
              : url?.startsWith('http')
                ? url
                : base,
          summary,
          image,
          // Many Atom feeds only say when an entry was updated; that is the best date there is then.
          ...readDate(dates, entryLanguage ?? language, problems, index),
          dateModified: readIsoDate(textOf(updated))?.date,
          authors: authors.length ? authors : feedAuthors,
          tags: childrenNamed(entry, 'category', atom).flatMap(
            (category) => plainText(category.getAttribute('label') ?? category.getAttribute('term')) ?? [],
          ),
          language: entryLanguage,
          attachments: readAttachments(enclosures, base, 'href'),
          media: pictures,
          gov,
        },
      ];
    },
    problems,
  );
  return {
    title: atomPlain(child(root, 'title')),
    description: atomPlain(child(root, 'subtitle', 'tagline')),
    homePageUrl: linkOf(root, 'alternate'),
    feedUrl: linkOf(root, 'self'),
    nextUrl: linkOf(root, 'next'),
    icon: safeUrl(textOf(child(root, 'logo')), feedBase, 'image'),
    favicon: safeUrl(textOf(child(root, 'icon')), feedBase, 'image'),
    language,
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
  const name = root.localName.toLowerCase();
  if (name === 'rss' || (name === 'rdf' && root.namespaceURI === ns.rdf)) {
    rss = [null, ns.rss1, ns.rss090, ...(name === 'rss' ? [root.namespaceURI] : [])];
    return readRss(root, documentUrl);
  }
  if (name === 'feed') return readAtom(root, documentUrl);
  throw new FeedFormatError(`This XML is not an RSS or Atom feed (its root element is <${root.nodeName}>).`);
}

/** Any feed the widgets read — JSON Feed, RSS or Atom — as the one model. */
export function readFeed(document: ParsedDocument, documentUrl: string): Feed {
  return document.kind === 'json'
    ? readJsonFeed(document.value, documentUrl)
    : readXmlFeed(document.document, documentUrl);
}
