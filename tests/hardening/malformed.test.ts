import { expect, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { GovPhotoGallery } from '../../src/photo-gallery.js';
import { LoadError, parseDocument, parseXml, type ParsedDocument } from '../../src/page/load.js';
import { FeedFormatError, readJsonFeed, type Feed } from '../../src/core/feed.js';
import { readFeed } from '../../src/core/feed-xml.js';
import { ContactFormatError, readContacts, type ContactDocument } from '../../src/core/contact.js';
import { photoIdFromHash, readPhotoFeed, type PhotoFeed } from '../../src/core/photo-feed.js';
import { sanitizeFeedHtml } from '../../src/core/sanitize.js';
import { safeSrcset, safeUrl } from '../../src/core/url.js';
import { allowedUrl, deepElements, forbiddenElements, handlerAttributes } from './inspect.js';

const base = 'https://example.gov.rs/feeds/document';

/** Valid documents of every kind the widgets read, to truncate and mutate. */
const sources = {
  json: ['/demo/data/news.en.json', '/demo/data/news.sr-Cyrl.json', '/tests/fixtures/news-feed/feed-1.0.json'],
  xml: [
    '/tests/fixtures/news-feed/wordpress.rss',
    '/tests/fixtures/news-feed/atom.xml',
    '/tests/fixtures/news-feed/cutenews.rss',
  ],
  photos: ['/demo/data/photos.json', '/demo/data/photos.sr-Cyrl.json'],
  contact: ['/demo/data/contact.jsonld', '/demo/data/contact.sr-Cyrl.jsonld'],
};
const documents: Record<keyof typeof sources, string[]> = { json: [], xml: [], photos: [], contact: [] };

/** Any UTF-16 text, lone surrogates and control characters included. */
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
  .map((units) => String.fromCharCode(...units));

/** Pieces that matter to JSON, XML and HTML parsers. */
const syntax = fc.constantFrom(
  '<',
  '>',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '&',
  '&amp;',
  ']]>',
  '<![CDATA[',
  '<!--',
  '\\',
  '\u0000',
  '\ud800',
  '\ufeff',
  'null',
  '1e999',
  '-0',
);

/** A valid document cut off anywhere. */
const truncated = (text: string) => fc.nat({ max: text.length }).map((length) => text.slice(0, length));

/** A valid document with a few characters deleted and others inserted. */
const mutated = (text: string) =>
  fc
    .array(
      fc.tuple(
        fc.nat({ max: text.length }),
        fc.nat({ max: 12 }),
        fc.oneof(syntax, codeUnits, fc.string({ maxLength: 6 })),
      ),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .map((edits) =>
      edits.reduce((result, [at, remove, insert]) => result.slice(0, at) + insert + result.slice(at + remove), text),
    );

type JsonPath = (string | number)[];
function pathsOf(value: unknown, path: JsonPath = [], found: JsonPath[] = []): JsonPath[] {
  found.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], found));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], found);
  return found;
}

/** A valid JSON document with some of its values (at any depth) replaced by arbitrary JSON, or removed. */
const restructured = (text: string) => {
  const paths = pathsOf(JSON.parse(text)).filter((path) => path.length > 0);
  return fc
    .array(fc.tuple(fc.nat({ max: paths.length - 1 }), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined })), {
      minLength: 1,
      maxLength: 5,
    })
    .map((changes) => {
      const value = JSON.parse(text) as Record<string | number, unknown>;
      for (const [index, replacement] of changes) {
        const path = paths[index]!;
        let parent: Record<string | number, unknown> | undefined = value;
        for (const key of path.slice(0, -1)) parent = parent?.[key] as Record<string | number, unknown> | undefined;
        if (parent && typeof parent === 'object') parent[path.at(-1)!] = replacement;
      }
      return JSON.stringify(value);
    });
};

/** Anything as JSON text: fc.anything() (null prototypes, sparse arrays, -0, Infinity...) through JSON.stringify. */
const anyJson = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true })
    .map((value) => JSON.stringify(value) ?? 'null'),
);

/** Every kind of broken input for one kind of document. */
const brokenText = (kind: keyof typeof sources) =>
  fc.oneof(
    anyJson,
    codeUnits,
    ...documents[kind].flatMap((text) => [
      truncated(text),
      mutated(text),
      ...(kind === 'xml' ? [] : [restructured(text)]),
    ]),
  );

/** Parses like the widget does; only LoadError (format, invalid) may come out. */
function parse(text: string, allowXml: boolean): ParsedDocument | undefined {
  try {
    return parseDocument(text, { xml: allowXml ? parseXml : undefined });
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(LoadError);
    expect(['format', 'invalid']).to.include((error as LoadError).reason);
    return undefined;
  }
}

/** Runs a reader; only its own documented error may come out. */
function read<T>(reader: () => T, documented: new (...args: never[]) => Error): T | undefined {
  try {
    return reader();
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(documented);
    return undefined;
  }
}

/** What every model promises whatever came in: bound URLs pass the URL policy, text is well-formed. */
function expectSafeModel(model: Feed | PhotoFeed | ContactDocument): void {
  const problems: string[] = [];
  const urlKeys =
    /^(url|externalUrl|homePageUrl|feedUrl|nextUrl|icon|favicon|avatar|image|bannerImage|thumbnail|hasMap|href)$/;
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (/[\uD800-\uDFFF]/u.test(value)) problems.push(`${key}: lone surrogate`);
      if (urlKeys.test(key) && !/^(https?:\/\/|mailto:|tel:)/.test(value)) problems.push(`${key}: ${value}`);
      if (key === 'srcset' && value.split(/,\s+/).some((candidate) => !/^https?:\/\//.test(candidate)))
        problems.push(`srcset: ${value}`);
    } else if (Array.isArray(value)) value.forEach((item) => visit(item, key));
    else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [name, item] of Object.entries(value)) visit(item, name);
    }
  };
  visit(model, 'model');
  expect(problems).to.deep.equal([]);
}

describe('malformed data (fast-check): the parsers', () => {
  before(async () => {
    for (const [kind, urls] of Object.entries(sources) as [keyof typeof sources, string[]][]) {
      documents[kind] = await Promise.all(urls.map(async (url) => (await fetch(url)).text()));
    }
  });

  it('parseDocument: any text parses or fails with LoadError (format, invalid)', () => {
    fc.assert(
      fc.property(
        fc.oneof(codeUnits, anyJson, fc.string({ unit: 'binary' }), brokenText('xml')),
        fc.boolean(),
        (text, allowXml) => {
          parse(text, allowXml);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('news (readFeed: JSON Feed, RSS, Atom): only FeedFormatError, and a safe model', () => {
    fc.assert(
      fc.property(fc.oneof(brokenText('json'), brokenText('xml')), (text) => {
        const parsed = parse(text, true);
        const feed = parsed && read(() => readFeed(parsed, base), FeedFormatError);
        if (feed) expectSafeModel(feed);
      }),
      { numRuns: 600 },
    );
  });

  it('readJsonFeed: any JSON value, feed-shaped or not, gives a feed or FeedFormatError', () => {
    const anyField = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      codeUnits,
      fc.constantFrom('javascript:alert(1)', 'data:,x', '//x', ''),
    );
    const feedShaped = fc.record(
      {
        version: fc.oneof(fc.constant('https://jsonfeed.org/version/1.1'), anyField),
        title: anyField,
        next_url: anyField,
        home_page_url: anyField,
        authors: anyField,
        items: fc.oneof(
          fc.array(
            fc.dictionary(
              fc.constantFrom(
                'id',
                'url',
                'title',
                'content_html',
                'content_text',
                'summary',
                'image',
                'banner_image',
                'date_published',
                'tags',
                'language',
                'authors',
                'attachments',
                '_gov',
                '__proto__',
                'constructor',
              ),
              anyField,
            ),
            { maxLength: 8 },
          ),
          anyField,
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), feedShaped), (value) => {
        const feed = read(() => readJsonFeed(value, base), FeedFormatError);
        if (feed) expectSafeModel(feed);
      }),
      { numRuns: 600 },
    );
  });

  it('the gallery model: only FeedFormatError, photos with allowed image URLs only', () => {
    fc.assert(
      fc.property(brokenText('photos'), (text) => {
        const parsed = parse(text, false);
        const photos =
          parsed && read(() => readPhotoFeed(parsed.kind === 'json' ? parsed.value : undefined, base), FeedFormatError);
        if (photos) expectSafeModel(photos);
      }),
      { numRuns: 500 },
    );
  });

  it('the contact reader (JSON-LD): only ContactFormatError, and a safe model', () => {
    fc.assert(
      fc.property(brokenText('contact'), (text) => {
        const parsed = parse(text, false);
        const contacts =
          parsed?.kind === 'json' ? read(() => readContacts(parsed.value, base), ContactFormatError) : undefined;
        if (contacts) expectSafeModel(contacts);
      }),
      { numRuns: 500 },
    );
  });

  it('every reader survives nesting deeper than any call stack', () => {
    // Built as text: a structure this deep is more than JSON.stringify's own recursion can take.
    const office = '{"@type":"GovernmentOffice","name":"Deep"}';
    const text = `${'{"@graph":['.repeat(10_000)}${office}${']}'.repeat(10_000)}`;
    const parsed = parse(text, false);
    expect(parsed?.kind).to.equal('json');
    const value = (parsed as { value: unknown }).value;
    const contacts = read(() => readContacts(value, base), ContactFormatError);
    if (contacts) expect(contacts.offices).to.deep.equal([]);
    const feed = `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"Deep","_gov":${'['.repeat(10_000)}${']'.repeat(10_000)},"authors":${'[{"name":'.repeat(5000)}"x"${'}]'.repeat(5000)}}]}`;
    const parsedFeed = parse(feed, false);
    if (parsedFeed) read(() => readJsonFeed((parsedFeed as { value: unknown }).value, base), FeedFormatError);
    read(() => readJsonFeed(value, base), FeedFormatError);
    const xml = `<rss version="2.0"><channel>${'<x>'.repeat(5000)}${'</x>'.repeat(5000)}</channel></rss>`;
    const parsedXml = parse(xml, true);
    if (parsedXml) read(() => readFeed(parsedXml, base), FeedFormatError);
  });

  it('the URL policy: any value gives an allowed absolute URL or nothing, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          codeUnits,
          fc.webUrl(),
          fc.string(),
          syntax.map((piece) => `javascript${piece}:x`),
        ),
        fc.constantFrom('link', 'image', 'fetch') as fc.Arbitrary<'link' | 'image' | 'fetch'>,
        (value, sink) => {
          const url = safeUrl(value, base, sink);
          if (url !== undefined) expect(allowedUrl(url) && /^(https?|mailto|tel):/.test(url), url).to.equal(true);
          const srcset = safeSrcset(`${value} 1x, ${value} 2x`, base);
          if (srcset !== undefined) expect(srcset).to.match(/^https?:\/\//);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('deep-link hashes: any hash names a photo or nothing, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(codeUnits, fc.string()), fc.oneof(codeUnits, fc.string()), (hash, gallery) => {
        photoIdFromHash(hash, gallery);
      }),
      { numRuns: 300 },
    );
  });

  it('the sanitizer: any markup, broken stories included, becomes a harmless fragment', async () => {
    const stories = documents.json.flatMap((text) =>
      (JSON.parse(text) as { items: { content_html?: string }[] }).items.flatMap((item) =>
        item.content_html ? [item.content_html] : [],
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          codeUnits,
          fc.string({ unit: 'binary' }),
          ...stories.slice(0, 3).flatMap((story) => [truncated(story), mutated(story)]),
        ),
        async (html) => {
          const fragment = await sanitizeFeedHtml(html, base);
          const elements = deepElements(fragment);
          expect([...handlerAttributes(elements), ...forbiddenElements(elements)]).to.deep.equal([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('malformed data (fast-check): the elements, with the data inline', function () {
  this.timeout(60_000);
  const rejections: string[] = [];
  const errors: string[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(String(event.reason));
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  let warn: typeof console.warn;

  before(() => {
    addEventListener('unhandledrejection', onRejection);
    addEventListener('error', onError);
  });
  after(() => {
    removeEventListener('unhandledrejection', onRejection);
    removeEventListener('error', onError);
  });
  beforeEach(() => {
    rejections.length = 0;
    errors.length = 0;
    warn = console.warn;
    console.warn = () => undefined;
  });
  afterEach(() => {
    console.warn = warn;
  });

  /** Mounts the element with `text` inline; it must end rendered or in its error state, with nothing thrown. */
  async function mountsCleanly(
    tag: string,
    type: string,
    text: string,
    attributes: Record<string, string> = {},
    exercise?: (element: HTMLElement) => Promise<void>,
  ): Promise<void> {
    const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    const script = document.createElement('script');
    script.type = type;
    script.textContent = text;
    element.append(script);
    const ended = Promise.race([oneEvent(element, 'gov-load'), oneEvent(element, 'gov-error')]);
    document.body.append(element);
    try {
      const event = await ended;
      await element.updateComplete;
      const root = element.shadowRoot!;
      if (event.type === 'gov-load') {
        expect(element.matches(':state(ready)')).to.equal(true);
        expect(root.querySelector('[part="base"]')!.children.length, 'rendered content').to.be.greaterThan(0);
        await exercise?.(element);
      } else {
        expect(element.matches(':state(error)')).to.equal(true);
        expect(root.querySelector('[part="error"]')!.textContent!.trim()).not.to.equal('');
      }
      // Let a render that failed after the event report itself.
      await new Promise((resolve) => setTimeout(resolve));
      expect(rejections, 'unhandled rejections').to.deep.equal([]);
      expect(errors, 'errors').to.deep.equal([]);
    } finally {
      element.remove();
    }
  }

  it('<gov-news-feed>: broken JSON Feed, RSS and Atom, full text shown', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(brokenText('json'), brokenText('xml')), (text) =>
        mountsCleanly('gov-news-feed', 'application/feed+json', text, { show: 'full', images: '' }),
      ),
      { numRuns: 60 },
    );
  });

  it('<gov-photo-gallery>: broken photo feeds, each photo opened', async () => {
    await fc.assert(
      fc.asyncProperty(brokenText('photos'), (text) =>
        mountsCleanly('gov-photo-gallery', 'application/feed+json', text, {}, async (element) => {
          const gallery = element as GovPhotoGallery;
          const count = gallery.shadowRoot!.querySelectorAll('[part="thumbnail"]').length;
          for (let index = 0; index < count; index++) await gallery.showPhoto(index);
          gallery.close();
        }),
      ),
      { numRuns: 60 },
    );
  });

  it('<gov-contact-card>: broken JSON-LD', async () => {
    await fc.assert(
      fc.asyncProperty(brokenText('contact'), (text) => mountsCleanly('gov-contact-card', 'application/ld+json', text)),
      { numRuns: 60 },
    );
  });

  it('<gov-script-toggle>: any attribute values on any page render both options (or nothing, on a page in another language without links) and throw nothing', async () => {
    const root = document.documentElement;
    const pageLang = root.getAttribute('lang');
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { mode: codeUnits, target: codeUnits, source: codeUnits, 'href-cyrl': codeUnits, 'href-latn': codeUnits },
          { requiredKeys: [] },
        ),
        fc.constantFrom(null, 'sr-Cyrl', 'sr-Latn', 'hu', 'en'),
        async (attributes, lang) => {
          if (lang) root.setAttribute('lang', lang);
          else root.removeAttribute('lang');
          const toggle = document.createElement('gov-script-toggle') as HTMLElement & {
            updateComplete: Promise<boolean>;
          };
          for (const [name, value] of Object.entries(attributes)) toggle.setAttribute(name, value);
          document.body.append(toggle);
          try {
            await toggle.updateComplete;
            const options = toggle.shadowRoot!.querySelectorAll('[part~="option"]').length;
            if (toggle.matches(':state(hidden)')) {
              expect(lang && !lang.startsWith('sr'), `hidden on a page in ${lang}`).to.equal(true);
              expect(options).to.equal(0);
            } else expect(options).to.equal(2);
            await new Promise((resolve) => setTimeout(resolve));
            expect([...rejections, ...errors]).to.deep.equal([]);
          } finally {
            toggle.remove();
            if (pageLang === null) root.removeAttribute('lang');
            else root.setAttribute('lang', pageLang);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
