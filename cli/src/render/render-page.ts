/**
 * `renderPage`: a static page with gov-widgets elements, prerendered. Each `<gov-news-feed>`,
 * `<gov-photo-gallery>` and `<gov-contact-card>` gets its data read now (inline, or from `src`
 * relative to the page; RSS and Atom become JSON Feed) and embedded as its inline data, and its
 * shadow DOM rendered by @lit-labs/ssr into a declarative shadow root; a `<gov-script-toggle>` in link
 * mode is rendered too. The page then shows its content without JavaScript, and with JavaScript
 * the bundle hydrates it (with Lit's hydrate support, whose tag is written before the bundle's):
 * no request for the data, no flash, no shift. See docs/decisions/0008.
 *
 * Installs lib/dom.ts (jsdom) and loads the elements on first use.
 */
import { JSDOM } from 'jsdom';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { installDom } from '../lib/dom.js';
import { convertPageToLatin } from './latin-page.js';
import { withPageGlobals } from './page-globals.js';

export interface RenderPageOptions {
  /** The page's address: what `src` and the page's relative links resolve against. */
  baseUrl: string;
  /**
   * Reads the document at a widget's `src` (an absolute URL). Default: `file:` URLs from disk, http(s)
   * with fetch.
   */
  readFile?: (url: string) => Promise<string | Uint8Array>;
  /** `latn`: the page in Latin script, as the toggle shows it (only for a Serbian page). */
  script?: 'cyrl' | 'latn';
  /**
   * The addresses of the page in each script: written as `<link rel="alternate" hreflang>` (search
   * engines want them absolute), and every `<gov-script-toggle>` becomes two links to them.
   */
  alternates?: { cyrl: string; latn: string };
  /** The address of Lit's hydrate support; default: `gov-widgets-hydrate.js` beside the page's `gov-widgets.js`. */
  hydrateSupport?: string;
  /** Where a problem with one widget is told (the page is rendered without that widget then). */
  warn?: (message: string) => void;
}

const dataElements = ['gov-news-feed', 'gov-photo-gallery', 'gov-contact-card'];
const scriptTags = { cyrl: 'sr-Cyrl', latn: 'sr-Latn' } as const;

/** Loads the elements once, into the server's custom element registry (after jsdom is in place). */
let elements: Promise<typeof import('./render-element.js')> | undefined;

/** Reads `file:` URLs from disk and http(s) ones with fetch. */
export async function readDocument(url: string): Promise<string | Uint8Array> {
  if (url.startsWith('file:')) return readFile(fileURLToPath(url));
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Renders `html` (a whole page) and resolves with the prerendered page. */
export async function renderPage(html: string, options: RenderPageOptions): Promise<string> {
  installDom();
  elements ??= import('./render-element.js');
  const { renderElement, pageIsSerbian, readWidgetData } = await elements;
  const warn = options.warn ?? ((message: string) => console.warn(`gov-widgets-cli render: ${message}`));
  const dom = new JSDOM(html, { url: options.baseUrl });
  const { window } = dom;
  const document = window.document as Document;
  if (options.script === 'latn') {
    if (pageIsSerbian(document)) await convertPageToLatin(window as unknown as Window);
    else
      warn(`${options.baseUrl}: <html lang="${document.documentElement.lang}"> is not Serbian; no Latin copy is made`);
  }
  if (options.alternates) writeAlternates(document, options.alternates);
  // Search engines read hreflang alternates only as absolute addresses: the page's own are made so
  // once its real address is known.
  if (!new URL(options.baseUrl).hostname.endsWith('.invalid')) {
    for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="alternate"][hreflang][href]'))
      link.setAttribute('href', link.href);
  }
  // Each rendered shadow root, spliced in for its marker comment once the page is serialized.
  const shadows: string[] = [];
  await withPageGlobals(window as unknown as Window, async () => {
    for (const element of document.querySelectorAll<HTMLElement>([...dataElements, 'gov-script-toggle'].join(','))) {
      // A render of a prerendered page starts from what the webmaster wrote.
      for (const old of element.querySelectorAll(':scope > template[shadowrootmode]')) old.remove();
      try {
        if (element.localName === 'gov-script-toggle') {
          if (options.alternates) {
            element.setAttribute('mode', 'link');
            element.setAttribute('href-cyrl', relativeTo(options.alternates.cyrl, options.baseUrl));
            element.setAttribute('href-latn', relativeTo(options.alternates.latn, options.baseUrl));
          }
          // A converting toggle's buttons need JavaScript: it keeps the links the page wrote inside it.
          if ((element.getAttribute('mode') ?? '').trim().toLowerCase() !== 'link') continue;
        } else {
          await readWidgetData(element, { readFile: options.readFile ?? readDocument });
        }
        const shadow = await renderElement(element);
        element.prepend(document.createComment(`gov-widgets-prerendered:${shadows.length}`));
        shadows.push(shadow);
      } catch (error) {
        warn(
          `${options.baseUrl}: <${element.localName}>${element.id ? `#${element.id}` : ''} was not prerendered: ${(error as Error).message}`,
        );
      }
    }
  });
  if (shadows.length) writeHydrateSupport(document, options, warn);
  return dom
    .serialize()
    .replace(/<!--gov-widgets-prerendered:(\d+)-->/g, (_, index: string) => shadows[Number(index)]!);
}

/** `<link rel="alternate" hreflang>` to the page in each script, replacing earlier ones. */
function writeAlternates(document: Document, alternates: { cyrl: string; latn: string }): void {
  const tags: string[] = Object.values(scriptTags);
  for (const link of document.querySelectorAll('link[rel~="alternate"][hreflang]')) {
    if (tags.includes(link.getAttribute('hreflang')!)) link.remove();
  }
  for (const script of ['cyrl', 'latn'] as const) {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.hreflang = scriptTags[script];
    link.href = alternates[script];
    document.head.append(link);
  }
}

/** `url` relative to `base` when both are on the same site, so that a toggle's link works wherever the pages are served. */
function relativeTo(url: string, base: string): string {
  const target = new URL(url, base);
  const from = new URL(base);
  if (target.origin !== from.origin) return target.href;
  const fromParts = from.pathname.split('/').slice(0, -1);
  const toParts = target.pathname.split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  return '../'.repeat(fromParts.length - common) + toParts.slice(common).join('/') + target.search + target.hash;
}

/** The hydrate support's module tag, before the bundle's (module scripts run in document order). */
function writeHydrateSupport(document: Document, options: RenderPageOptions, warn: (message: string) => void): void {
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')];
  const isHydrate = (script: HTMLScriptElement) =>
    script.getAttribute('src') === options.hydrateSupport ||
    /(^|\/)gov-widgets-hydrate\.js([?#]|$)/.test(script.getAttribute('src')!);
  // Written by an earlier render: taken out, and written again in its place.
  for (const script of scripts.filter(isHydrate)) script.remove();
  const bundle = scripts.find((script) => /(^|\/)gov-widgets\.js([?#]|$)/.test(script.getAttribute('src')!));
  const src =
    options.hydrateSupport ?? bundle?.getAttribute('src')!.replace(/gov-widgets\.js/, 'gov-widgets-hydrate.js');
  if (!src) {
    warn(
      `${options.baseUrl}: no <script type="module" src="…/gov-widgets.js"> found: load Lit's hydrate support ` +
        '(gov-widgets-hydrate.js, or @lit-labs/ssr-client/lit-element-hydrate-support.js) before the widgets',
    );
    return;
  }
  const tag = document.createElement('script');
  tag.type = 'module';
  tag.src = src;
  // Module scripts run in document order: before the first one, Lit is not defined yet.
  const first = scripts.find((script) => script.isConnected);
  if (first) first.before(tag);
  else document.head.append(tag);
}
