import { expect, waitUntil } from '@open-wc/testing';
import { builtBundle, openFrame, settle, shadowElement, shadowOf, type Frame } from './frames.js';

/**
 * Globals that Lit itself sets, which a page gets with any Lit component: the version lists it
 * checks for duplicate copies (litHtmlVersions, litElementVersions, reactiveElementVersions) and the
 * WeakMap its decorators keep property options in (litPropertyMetadata). Lit's development build
 * also keeps the warnings it has issued (litIssuedWarnings). Nothing else may appear.
 */
const litGlobals = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata'];
const litDevelopmentGlobals = [...litGlobals, 'litIssuedWarnings'];

const tags = ['gov-script-toggle', 'gov-news-feed', 'gov-photo-gallery', 'gov-contact-card'];

/** What grows on <html> and <body> when the widgets' content arrives: their height, and the origins at their centre. */
const pageGeometry = /^(block-size|height|perspective-origin|transform-origin)$/;

/** Every computed property of the host page's root, body and own sample elements. */
function hostStyles(document: Document): Record<string, string> {
  const styles: Record<string, string> = {};
  const page: Element[] = [document.documentElement, document.body];
  for (const [index, element] of [...page, ...document.querySelectorAll('.sample')].entries()) {
    const style = getComputedStyle(element);
    for (const name of style) {
      if (page.includes(element) && pageGeometry.test(name)) continue;
      styles[`${index}:${element.localName} ${name}`] = style.getPropertyValue(name);
    }
  }
  return styles;
}

function snapshot({ window, document }: Frame) {
  return {
    windowNames: Object.getOwnPropertyNames(window),
    documentNames: Object.getOwnPropertyNames(document),
    styleSheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
    head: [...document.head.children].map((element) => element.outerHTML),
    body: [...document.body.children].map((element) => element.localName),
    rootAttributes: document.documentElement.getAttributeNames(),
    styles: hostStyles(document),
  };
}

/** Loads gov-widgets into a page that has none yet, and waits for all four to render. */
async function loadWidgets({ document }: Frame, src: string): Promise<void> {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  document.head.append(script);
  await shadowElement(document, 'gov-news-feed', '[part="item"]');
  await shadowElement(document, 'gov-photo-gallery', '[part="thumbnail"]');
  await shadowElement(document, 'gov-contact-card', '[part="name"]');
  await shadowElement(document, 'gov-script-toggle', '[part~="option"]');
  script.remove();
}

async function expectIsolated(page: Frame, src: string, allowed: string[]): Promise<void> {
  const before = snapshot(page);
  await loadWidgets(page, src);
  // Everything a reader does that could leave something behind: the lightbox (which locks the
  // page's scrolling while open) and Show more.
  const gallery = shadowOf(page.document, 'gov-photo-gallery')!;
  gallery.querySelector<HTMLElement>('[part="thumbnail"]')!.click();
  await waitUntil(() => gallery.querySelector('dialog')!.open);
  gallery.querySelector<HTMLElement>('[part="close-button"]')!.click();
  await waitUntil(() => !gallery.querySelector('dialog')!.open);
  // The dialog's close event, which gives the page its scrolling back, comes a task later.
  await settle();
  shadowOf(page.document, 'gov-news-feed')!.querySelector<HTMLElement>('[part="more-button"]')!.click();
  await settle();
  const after = snapshot(page);

  const added = after.windowNames.filter((name) => !before.windowNames.includes(name));
  expect(
    added.filter((name) => !allowed.includes(name)),
    'globals besides Lit’s',
  ).to.deep.equal([]);
  expect(after.documentNames).to.deep.equal(before.documentNames);
  for (const tag of tags) expect(page.window.customElements.get(tag), tag).to.exist;
  // No global CSS: no stylesheet, adopted sheet or element added to the page; the page's own elements look the same.
  expect(after.styleSheets).to.equal(before.styleSheets);
  expect(after.adopted).to.equal(before.adopted);
  expect(after.head).to.deep.equal(before.head);
  expect(after.body).to.deep.equal(before.body);
  expect(after.rootAttributes).to.deep.equal(before.rootAttributes);
  expect(page.document.documentElement.getAttribute('style') ?? '').to.equal('');
  const changed = Object.keys(before.styles).filter((name) => before.styles[name] !== after.styles[name]);
  expect(
    changed.map((name) => `${name}: ${before.styles[name]} → ${after.styles[name]}`),
    'the host page’s own styles',
  ).to.deep.equal([]);
}

describe('host isolation: nothing global but the element definitions', function () {
  this.timeout(30_000);

  it('the sources (Lit’s development build): only Lit’s own globals, no global CSS', async () => {
    await expectIsolated(
      await openFrame('/tests/fixtures/hardening/host.html', { height: 3000 }),
      '/src/index.ts',
      litDevelopmentGlobals,
    );
  });

  it('the one-file bundle: only Lit’s own globals, no global CSS', async function () {
    await builtBundle(this);
    await expectIsolated(
      await openFrame('/tests/fixtures/hardening/host.html', { height: 3000 }),
      '/dist/gov-widgets.js',
      litGlobals,
    );
  });
});

type Metrics = Record<string, number | string>;

/** What a widget looks like, in em of its own font size, with the inherited text layout that must not leak in. */
async function metricsOf({ document }: Frame): Promise<Metrics> {
  await shadowElement(document, 'gov-news-feed', '[part="image"]');
  await shadowElement(document, 'gov-photo-gallery', '[data-index="11"]');
  await shadowElement(document, 'gov-contact-card', '[part="save-button"]');
  await shadowElement(document, 'gov-script-toggle', '[part~="option"]');
  const images = [...document.querySelectorAll('*')].flatMap((host) => [
    ...(host.shadowRoot?.querySelectorAll('img') ?? []),
  ]);
  await waitUntil(() => images.every((image) => image.complete), 'images still loading');
  // The gallery sets its column count after rendering; let layout settle.
  await settle();

  const metrics: Metrics = {};
  const box = (element: Element) => element.getBoundingClientRect();
  for (const tag of tags) {
    const host = document.querySelector(tag)!;
    const root = host.shadowRoot!;
    const em = parseFloat(getComputedStyle(host).fontSize);
    const measure = (name: string, selector: string, what: (element: Element) => number | string) => {
      const element = root.querySelector(selector);
      metrics[`${tag} ${name}`] = element ? what(element) : 'missing';
    };
    const size = (element: Element) => round(parseFloat(getComputedStyle(element).fontSize) / em);
    const width = (element: Element) => round(box(element).width / em);
    const height = (element: Element) => round(box(element).height / em);
    // Block widgets fill the column they are in (the toggle is inline: its width is its words').
    if (tag !== 'gov-script-toggle')
      metrics[`${tag} share of the column`] = round(box(host).width / box(host.closest('.column')!).width);
    const base = root.querySelector('[part="base"]') ?? root.querySelector('[part="group"]')!;
    metrics[`${tag} overflows`] = String(base.scrollWidth > base.clientWidth + 1);
    // Inherited text layout: the host's centring, indents and nowrap stay outside.
    for (const element of [base, ...base.querySelectorAll('p, li, dd, dt, h2, h3, button, a, figcaption')].slice(
      0,
      40,
    )) {
      const style = getComputedStyle(element);
      const name = `${tag} ${element.localName}${element.getAttribute('part') ? `[${element.getAttribute('part')}]` : ''}`;
      metrics[`${name} text-indent`] = style.textIndent;
      metrics[`${name} white-space`] = style.whiteSpace;
      if (!element.matches('button, [part~="option"]')) metrics[`${name} text-align`] = style.textAlign;
    }
    switch (tag) {
      case 'gov-news-feed':
        measure('title font-size', '[part="title"]', size);
        measure('image width', '[part="image"]', width);
        measure('image height', '[part="image"]', height);
        measure('more-button height', '[part="more-button"]', height);
        measure('more-button font-size', '[part="more-button"]', size);
        break;
      case 'gov-photo-gallery': {
        measure('thumbnail width', '[part="thumbnail"]', width);
        measure('thumbnail height', '[part="thumbnail"]', height);
        measure('thumbnail image width', '[part="thumbnail-image"]', width);
        measure('thumbnail image height', '[part="thumbnail-image"]', height);
        const tops = new Set([...root.querySelectorAll('[part="thumbnail"]')].map((link) => Math.round(box(link).top)));
        metrics[`${tag} rows`] = tops.size;
        break;
      }
      case 'gov-contact-card':
        measure('name font-size', '[part="name"]', size);
        measure('label width', '[part="label"]', width);
        measure('save-button height', '[part="save-button"]', height);
        measure('save-button font-size', '[part="save-button"]', size);
        break;
      default:
        measure('option font-size', '[part~="option"]', size);
        // WCAG 2.5.8: at least 24 px, and 1.5em on larger type.
        measure('option target', '[part~="option"]', (option) =>
          String(box(option).height >= Math.max(24, 1.5 * em) - 0.5 && box(option).width >= 24 - 0.5),
        );
    }
  }
  return metrics;
}

const round = (value: number) => Math.round(value * 100) / 100;

describe('host isolation: a hostile CuteNews-era host page', function () {
  this.timeout(30_000);

  it('leaves the widgets looking as on a clean page, in em of the font they inherit', async () => {
    const clean = await openFrame('/tests/fixtures/hardening/host-clean.html', { height: 3000 });
    const hostile = await openFrame('/tests/fixtures/hardening/host-cutenews.html', { height: 3000 });
    const [expected, actual] = [await metricsOf(clean), await metricsOf(hostile)];
    // The hostile page really is hostile: 10 px Verdana, line-height 1, a centred cell.
    const host = hostile.document.querySelector('gov-news-feed')!;
    expect(getComputedStyle(host).fontSize).to.equal('10px');
    expect(getComputedStyle(host.parentElement!).textAlign).to.equal('center');
    const differences = Object.keys(expected).filter((name) =>
      typeof expected[name] === 'number'
        ? Math.abs((expected[name] as number) - (actual[name] as number)) > 0.06
        : expected[name] !== actual[name],
    );
    expect(
      differences.map((name) => `${name}: ${expected[name]} on a clean page, ${actual[name]} on the hostile one`),
    ).to.deep.equal([]);
    expect(Object.keys(expected).length).to.be.greaterThan(40);
  });
});
