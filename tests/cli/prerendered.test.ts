/**
 * Pages prerendered by `gov-widgets-cli render` (tests/fixtures/render/prerendered/, which
 * tests/node/cli-render.test.mjs keeps equal to what the command makes of tests/fixtures/render/site/),
 * loaded whole in a frame as a reader's browser loads them: without JavaScript they show the content;
 * with it the widgets hydrate what is there, with no request for their data, no layout shift, and the
 * same DOM a client render of the same data gives; and the Latin copy reads as the toggle shows the
 * Cyrillic page after a click on "latinica", element by element.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { builtBundle } from '../hardening/frames.js';

const prerendered = '/tests/fixtures/render/prerendered/';
const widgets = 'gov-news-feed, gov-photo-gallery, gov-contact-card, gov-script-toggle';

interface Frame {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
}

/** Loads a page in a frame of a desktop's size; `scripts: false` is a browser with JavaScript off. */
async function open(url: string, { scripts = true } = {}): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 3000px; border: 0';
  if (!scripts) frame.sandbox.add('allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return { frame, window: frame.contentWindow as Window & typeof globalThis, document: frame.contentDocument! };
}

/** Waits until every widget of the frame is defined and has rendered (and its stories and converters are in). */
async function settled({ window, document }: Frame): Promise<void> {
  await waitUntil(
    () => [...document.querySelectorAll(widgets)].every((el) => window.customElements.get(el.localName)),
    'widgets not defined',
    { timeout: 10_000 },
  );
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      [...document.querySelectorAll(widgets)].map(
        (el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const shadow = (frame: Frame, selector: string) => frame.document.querySelector(selector)!.shadowRoot!;
const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
const hrefs = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll<HTMLAnchorElement>(selector)].map((link) => link.href);

/** The DOM of a shadow root as a reader's browser has it: no comments or styles, attributes sorted, URLs resolved. */
function normalized(root: Node, base: string): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.textContent!.replace(/\s+/g, ' ');
        if (text.trim()) out.push(text.trim());
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        if (element.localName === 'style') continue;
        const attributes = [...element.attributes]
          // A prerendered thumbnail is lazy where a client render loads the first row at once (the
          // server cannot know whether the gallery is in view); hydration keeps what the page has.
          .filter(({ name }) => name !== 'loading')
          .map(({ name, value }) =>
            ['href', 'src'].includes(name) ? [name, new URL(value, base).href] : [name, value],
          )
          .sort(([a], [b]) => a!.localeCompare(b!))
          .map(([name, value]) => `${name}="${value}"`);
        out.push(`<${element.localName} ${attributes.join(' ')}>`);
        walk(element);
        out.push(`</${element.localName}>`);
      }
    }
  };
  walk(root);
  return out.join('\n');
}

describe('a page prerendered by gov-widgets-cli render', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the news, the contact card, the photos and the script links without JavaScript', async function () {
    this.timeout(20_000);
    const page = await open(`${prerendered}index.html`, { scripts: false });
    expect(page.window.customElements.get('gov-news-feed')).to.equal(undefined);
    const news = shadow(page, 'gov-news-feed');
    expect(texts(news, '[part="title"]')).to.deep.equal([
      'Министар примио амбасадора Грчке',
      'Седница Владе о буџету за 2017. годину',
      'Отворен конкурс за стипендије',
    ]);
    // The feed's links resolve against the feed, as they do when the element reads it at `src`.
    expect(hrefs(news, '[part="title-link"]')[0]).to.match(
      /\/tests\/fixtures\/render\/prerendered\/feeds\/vesti\/ambasador\.html$/,
    );
    expect(texts(news, '[part="dateline"]')[0]).to.match(/^Београд, 23\. новембар 2016\. –/);
    expect(news.querySelector('time[part="date"]')!.getAttribute('datetime')).to.equal('2016-11-23T14:30:00+01:00');
    expect(texts(news, '[part="summary"]')[0]).to.include('Министар је данас примио амбасадора Грчке у Београду.');
    expect(hrefs(news, 'a[part="more-link"]')).to.deep.equal([
      new URL(`${prerendered}vesti/index.html`, location.href).href,
    ]);

    const contact = shadow(page, 'gov-contact-card');
    expect(contact.querySelector('address')!.textContent).to.include('Кнеза Милоша 24–26');
    expect(hrefs(contact, 'a[href^="tel:"]')).to.deep.equal(['tel:+381113068000']);
    expect(hrefs(contact, 'a[href^="mailto:"]')).to.deep.equal(['mailto:kabinet@example.gov.rs']);
    expect(hrefs(contact, 'a[part="map-link"]')[0]).to.match(/^https:\/\/www\.openstreetmap\.org\/\?mlat=44\.8033/);

    const gallery = shadow(page, 'gov-photo-gallery');
    const thumbnails = [...gallery.querySelectorAll<HTMLAnchorElement>('a[part="thumbnail"]')];
    expect(thumbnails.map((link) => new URL(link.href).pathname)).to.deep.equal([
      '/demo/data/photos/djerdap.jpg',
      '/demo/data/photos/golubac.jpg',
      '/demo/data/photos/studenica.jpg',
    ]);
    expect(thumbnails.map((link) => new URL(link.querySelector('img')!.src).pathname)[0]).to.equal(
      '/demo/data/photos/djerdap-thumb.jpg',
    );
    // Lazy, all of them: below the fold they would take the bandwidth of the page's first screen.
    expect(thumbnails.map((link) => link.querySelector('img')!.loading)).to.deep.equal(['lazy', 'lazy', 'lazy']);

    const toggle = shadow(page, 'gov-script-toggle');
    expect(texts(toggle, 'a')).to.deep.equal(['ћирилица', 'latinica']);
    expect(hrefs(toggle, 'a').map((href) => new URL(href).pathname)).to.deep.equal([
      `${prerendered}index.html`,
      `${prerendered}index.sr-Latn.html`,
    ]);
    // What the page itself wrote inside the widgets (the fallback list) is not shown beside it.
    expect(page.document.querySelector('gov-news-feed > ul')!.getBoundingClientRect().height).to.equal(0);
  });

  it('hydrates with JavaScript: no request for the data, no layout shift, and the DOM of a client render of the same data', async function () {
    this.timeout(30_000);
    const page = await open(`${prerendered}index.html`);
    const shifts: number[] = [];
    new page.window.PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value)),
    ).observe({ type: 'layout-shift', buffered: true });
    await settled(page);
    const requested = page.window.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((url) => /\/feeds\/|\.json|\.rss/.test(url))).to.deep.equal([]);
    expect(requested.some((url) => url.endsWith('/src/hydrate.ts'))).to.equal(true);
    // Hydrated, not rendered again: the very nodes the page arrived with are still there.
    const title = shadow(page, 'gov-news-feed').querySelector('[part="title-link"]')!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(title.isConnected).to.equal(true);
    for (const selector of ['gov-news-feed', 'gov-photo-gallery', 'gov-contact-card'])
      expect(shadow(page, selector).querySelectorAll('[part="base"]'), selector).to.have.length(1);
    expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);

    // The same page with its declarative shadow roots taken out: the elements render it in the browser.
    const source = await (await fetch(`${prerendered}index.html`)).text();
    const stripped = new DOMParser().parseFromString(source, 'text/html');
    stripped.querySelectorAll('template[shadowrootmode]').forEach((template) => template.remove());
    stripped.querySelector('script[src="/src/hydrate.ts"]')!.remove();
    const base = stripped.createElement('base');
    base.href = prerendered;
    stripped.head.prepend(base);
    const posted = await fetch('/test-api/documents?type=text/html', {
      method: 'POST',
      body: `<!doctype html>${stripped.documentElement.outerHTML}`,
    });
    const client = await open((await posted.json()).url);
    await settled(client);
    expect(client.document.querySelector('template[shadowrootmode]')).to.equal(null);
    for (const selector of ['gov-news-feed', 'gov-photo-gallery', 'gov-contact-card', 'gov-script-toggle']) {
      expect(normalized(shadow(page, selector), page.document.baseURI), selector).to.equal(
        normalized(shadow(client, selector), client.document.baseURI),
      );
    }
  });

  it('shows each widget once when the hydrate support did not load (the element renders afresh)', async function () {
    this.timeout(30_000);
    const source = await (await fetch(`${prerendered}index.html`)).text();
    const posted = await fetch('/test-api/documents?type=text/html', {
      method: 'POST',
      body: source
        .replace('<head>', `<head><base href="${prerendered}">`)
        .replace('<script type="module" src="/src/hydrate.ts"></script>', ''),
    });
    const page = await open((await posted.json()).url);
    await settled(page);
    for (const selector of ['gov-news-feed', 'gov-photo-gallery', 'gov-contact-card'])
      expect(shadow(page, selector).querySelectorAll('[part="base"]'), selector).to.have.length(1);
    expect(texts(shadow(page, 'gov-news-feed'), '[part="title"]')).to.have.length(3);
  });

  it('hydrates with the release bundle too: the minified templates match the server-rendered ones', async function () {
    this.timeout(30_000);
    await builtBundle(this);
    // The release folder's files instead of the sources: Lit's hydration matches a client template to the
    // server's by a hash of its text, so a minifier that rewrites template text breaks every prerendered page.
    const source = await (await fetch(`${prerendered}index.html`)).text();
    const posted = await fetch('/test-api/documents?type=text/html', {
      method: 'POST',
      body: source
        .replace('<head>', `<head><base href="${prerendered}">`)
        .replace('src="/src/hydrate.ts"', 'src="/dist/gov-widgets-hydrate.js"')
        .replace('src="/src/index.ts"', 'src="/dist/gov-widgets.js"'),
    });
    const page = await open((await posted.json()).url);
    await settled(page);
    const requested = page.window.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.some((url) => url.endsWith('/dist/gov-widgets-hydrate.js'))).to.equal(true);
    expect(requested.some((url) => url.includes('/src/'))).to.equal(false);
    for (const selector of ['gov-news-feed', 'gov-photo-gallery', 'gov-contact-card'])
      expect(shadow(page, selector).querySelectorAll('[part="base"]'), selector).to.have.length(1);
    const gallery = shadow(page, 'gov-photo-gallery');
    gallery.querySelector<HTMLElement>('a[part="thumbnail"]')!.click();
    await waitUntil(() => gallery.querySelector<HTMLDialogElement>('dialog[part="lightbox"]')?.open, 'no lightbox', {
      timeout: 10_000,
    });
  });

  it('still works after hydration: a thumbnail opens the lightbox, and the script links go to the other page', async function () {
    this.timeout(30_000);
    const page = await open(`${prerendered}index.html`);
    await settled(page);
    const gallery = shadow(page, 'gov-photo-gallery');
    gallery.querySelector<HTMLElement>('a[part="thumbnail"]')!.click();
    await waitUntil(
      () => gallery.querySelector<HTMLDialogElement>('dialog[part="lightbox"]')?.open,
      'the lightbox did not open',
      {
        timeout: 10_000,
      },
    );
    const toggle = shadow(page, 'gov-script-toggle');
    expect(toggle.querySelector('a[aria-current="page"]')!.textContent!.trim()).to.equal('ћирилица');
    const loaded = new Promise((resolve) => page.frame.addEventListener('load', resolve, { once: true }));
    toggle.querySelector<HTMLAnchorElement>('a[hreflang="sr-Latn"]')!.click();
    await loaded;
    expect(page.frame.contentDocument!.documentElement.lang).to.equal('sr-Latn');
  });

  it('has a Latin copy that reads as the toggle shows the Cyrillic page, element by element', async function () {
    this.timeout(30_000);
    // The webmaster's page, rendered in the browser from its feeds, switched by the toggle.
    const live = await open('/tests/fixtures/render/site/index.html');
    await settled(live);
    const switched = new Promise((resolve) =>
      live.document.addEventListener('gov-script-changed', resolve, { once: true }),
    );
    shadow(live, 'gov-script-toggle').querySelector<HTMLButtonElement>('button[lang="sr-Latn"]')!.click();
    await switched;
    await settled(live);
    // The Latin copy as the command wrote it, without JavaScript.
    const latin = await open(`${prerendered}index.sr-Latn.html`, { scripts: false });
    expect(latin.document.documentElement.lang).to.equal('sr-Latn');
    expect(latin.document.title).to.equal(live.document.title);

    /** Each element's own text and readable attributes, in document order, shadow roots included. */
    const reading = (root: Node): string[] => {
      const lines: string[] = [];
      const walk = (node: Node) => {
        for (const child of node.childNodes) {
          if (child.nodeType !== Node.ELEMENT_NODE) continue;
          const element = child as Element;
          if (['script', 'style', 'template', 'gov-script-toggle'].includes(element.localName)) continue;
          const own = [...element.childNodes]
            .filter((text) => text.nodeType === Node.TEXT_NODE)
            .map((text) => text.textContent)
            .join('')
            .replace(/\s+/g, ' ')
            .trim();
          const labels = ['title', 'alt', 'aria-label', 'lang']
            .map((name) => element.getAttribute(name) ?? '')
            .join('|');
          lines.push(`${element.localName}: ${own} [${labels}]`);
          if (element.shadowRoot) walk(element.shadowRoot);
          walk(element);
        }
      };
      walk(root);
      return lines;
    };
    const latinReading = reading(latin.document.body);
    expect(latinReading.length).to.be.greaterThan(60);
    expect(latinReading.join('\n')).to.include('Ministar primio ambasadora Grčke');
    expect(latinReading).to.deep.equal(reading(live.document.body));
  });
});
