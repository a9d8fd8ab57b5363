/**
 * One element of a page, rendered on the server by @lit-labs/ssr: the element class the browser
 * runs (src/), constructed in Lit's DOM shim, handed its data, and rendered into the declarative
 * shadow root the browser's Lit hydrates. Loaded by render-page.ts once jsdom is installed.
 */
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { html, unsafeStatic } from 'lit/static-html.js';
import { localeReady } from '../../../src/localization.js';
import '../../../src/index.js';
import type { GovDataElement } from '../../../src/components/shared/gov-data-element.js';
import type { DocumentController } from '../../../src/components/shared/document-controller.js';
import { readFeed } from '../../../src/core/feed-xml.js';
import { declaredXmlEncoding, parseDocument, parseXml, type ParsedDocument } from '../../../src/page/load.js';
import { isSerbian } from '../../../src/core/locale.js';
import { storyOf } from '../news/from-feed.js';
import { baseFor, publishStory, relativeAgain } from '../news/story.js';

/** Whether the page (its `<html lang>`) is Serbian, in either script. */
export function pageIsSerbian(document: Document): boolean {
  return isSerbian(document.documentElement.getAttribute('lang') ?? '');
}

/** What each element reads inline, in the type it is embedded as. */
const inlineType: Record<string, string> = {
  'gov-news-feed': 'application/feed+json',
  'gov-photo-gallery': 'application/feed+json',
  'gov-contact-card': 'application/ld+json',
};
const inlineTypes: Record<string, string[]> = {
  'gov-news-feed': ['application/feed+json', 'application/json'],
  'gov-photo-gallery': ['application/feed+json', 'application/json'],
  'gov-contact-card': ['application/ld+json', 'application/json'],
};

/** The text of a document: UTF-8, or the encoding an XML declaration names. */
function decode(bytes: string | Uint8Array): string {
  if (typeof bytes === 'string') return bytes;
  const encoding = declaredXmlEncoding(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/**
 * An RSS or Atom feed as JSON Feed, read and published by the news command's own readers, with
 * relative links kept relative (to `src`, which the element keeps as their base).
 */
async function jsonFeedOfXml(document: ParsedDocument): Promise<string> {
  const feed = readFeed(document, baseFor(undefined));
  const items = [];
  for (const item of feed.items) items.push(await publishStory(storyOf(item, relativeAgain), undefined));
  const keep = (url: string | undefined) => (url === undefined ? undefined : relativeAgain(url));
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: keep(feed.homePageUrl),
    description: feed.description,
    language: feed.language,
    next_url: keep(feed.nextUrl),
    items,
  });
}

/** JSON as the text of a `<script>`: no `</script>` or `<!--` can end or change it. */
const scriptSafe = (json: string) => json.replace(/</g, '\\u003c');

/**
 * Embeds the element's data as its inline `<script>`: the inline data it has, else the document at
 * its `src` (which stays, as the base of the data's relative links). Throws when it cannot be read.
 */
export async function readWidgetData(
  element: HTMLElement,
  { readFile }: { readFile: (url: string) => Promise<string | Uint8Array> },
): Promise<void> {
  const tag = element.localName;
  const types = inlineTypes[tag]!;
  const existing = [...element.children].find(
    (child) => child.localName === 'script' && types.includes((child as HTMLScriptElement).type),
  );
  if (existing) return;
  const src = element.getAttribute('src');
  if (!src) throw new Error('it has neither src nor inline data');
  const url = new URL(src, element.ownerDocument.baseURI).href;
  const text = decode(await readFile(url));
  const parsed = parseDocument(text, { xml: tag === 'gov-news-feed' ? parseXml : undefined });
  const json = parsed.kind === 'xml' ? await jsonFeedOfXml(parsed) : JSON.stringify(parsed.value);
  const script = element.ownerDocument.createElement('script');
  script.type = inlineType[tag]!;
  script.textContent = scriptSafe(json);
  element.prepend(script);
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The element's declarative shadow root, rendered, as HTML to place as its first child. (It is spliced
 * into the serialized page rather than parsed into jsdom: a 1,000-story list would cost seconds there.)
 */
/**
 * Reads `text` as `element` reads its inline data, with its relative links resolving against `baseUrl`,
 * and hands the model to its document controller for the render that follows (on the server the
 * controller loads nothing itself). Rejects with a LoadError when the element cannot show it.
 */
async function prerenderData(element: GovDataElement<unknown>, text: string, baseUrl: string): Promise<void> {
  // The controller is the element's own (protected): the prerenderer stands in for its first load.
  const { documents } = element as unknown as { documents: DocumentController<unknown> };
  documents.prerender(await documents.read(text, baseUrl, new AbortController().signal), baseUrl);
}

export async function renderElement(element: HTMLElement): Promise<string> {
  await localeReady();
  const tag = element.localName;
  const ElementClass = customElements.get(tag)!;
  const instance = new ElementClass() as HTMLElement;
  const script = [...element.children].find((child) => child.localName === 'script') as HTMLScriptElement | undefined;
  if (tag !== 'gov-script-toggle') {
    const src = element.getAttribute('src');
    const baseUrl = new URL(src ?? '', element.ownerDocument.baseURI).href;
    await prerenderData(instance as unknown as GovDataElement<unknown>, script?.textContent ?? '', baseUrl);
  }
  // The renderer renders this instance (with its data) rather than a new one.
  class WithData extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      this.element = instance as unknown as typeof this.element;
    }
  }
  const attributes = [...element.attributes].map(({ name, value }) => `${name}="${escapeAttribute(value)}"`).join(' ');
  const markup = await collectResult(
    // The element as static markup (its tag name and attributes as the page wrote them).
    render(html`${unsafeStatic(`<${tag} ${attributes}></${tag}>`)}`, {
      elementRenderers: [WithData],
    }),
  );
  const shadow = /<template shadowroot[\s\S]*<\/template>/.exec(markup)?.[0];
  if (!shadow) throw new Error('it rendered nothing');
  return relativeLinksAgain(shadow, element.ownerDocument.baseURI);
}

/**
 * The elements write links as absolute URLs against the page's address. Those on the page's own site
 * are made relative to the page again, so that the page works wherever it is served (a preview, a
 * mirror, or the render's stand-in address when --base-url is not given).
 */
function relativeLinksAgain(html: string, pageUrl: string): string {
  const page = new URL(pageUrl);
  const directory = page.href.slice(0, page.href.lastIndexOf('/') + 1);
  const again = (url: string) =>
    url.startsWith(directory)
      ? url.slice(directory.length) || './'
      : url.startsWith(`${page.origin}/`)
        ? url.slice(page.origin.length)
        : url;
  // Lit writes every attribute value in double quotes, with `"` and `&` escaped.
  return html.replace(/ (href|src|srcset)="([^"]*)"/g, (_, name: string, value: string) => {
    const written = name === 'srcset' ? value.split(', ').map(again).join(', ') : again(value);
    return ` ${name}="${written}"`;
  });
}
