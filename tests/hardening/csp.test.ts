import { expect, waitUntil } from '@open-wc/testing';
import { strictContentSecurityPolicy, trustedTypesPolicyNames } from '../../scripts/lib/csp.mjs';
import { trustedTypesPolicyName } from '../../src/page/inert.js';
import { builtBundle, clean, openFrame, settle, shadowElement, shadowOf, type Frame } from './frames.js';

const cyrillic = /[\u0400-\u04ff]/;

/** Switches the page's script with the toggle's own option, as a reader would. */
async function switchScript({ document }: Frame, script: 'cyrl' | 'latn'): Promise<void> {
  const option = await shadowElement(document, 'gov-script-toggle', `[part~="option-${script}"]`);
  option.click();
  await waitUntil(() => document.documentElement.getAttribute('data-gov-script') === script, `no switch to ${script}`);
}

/** Every widget of the page, in every state a reader reaches, under the page's policy. */
async function exercise(page: Frame): Promise<void> {
  const { document } = page;
  const news = document.querySelector('gov-news-feed')!;
  const titles = () =>
    [...news.shadowRoot!.querySelectorAll('[part="title"]')].map((title) => clean(title.textContent));

  // Everything renders.
  await shadowElement(document, 'gov-news-feed', '[part="item"]');
  expect(titles()).to.have.length(3);
  const thumbnail = await shadowElement(document, 'gov-photo-gallery', '[data-index="1"]');
  const name = await shadowElement(document, 'gov-contact-card', '[part="name"]');
  expect(clean(name.textContent)).to.equal('Мисија Републике Србије при НАТО');

  // The lightbox opens, steps, zooms (a CSSOM transform, which style-src allows) and closes.
  const gallery = shadowOf(document, 'gov-photo-gallery')!;
  const counter = () => clean(gallery.querySelector('[part="counter"] #counter')?.textContent);
  thumbnail.click();
  await waitUntil(() => gallery.querySelector('dialog')?.open && counter() === '2 од 12', 'the lightbox did not open');
  gallery.querySelector<HTMLElement>('[part="next-button"]')!.click();
  await waitUntil(() => counter() === '3 од 12', 'no next photo');
  gallery.querySelector('dialog')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
  await waitUntil(() => counter() === '2 од 12', 'no previous photo');
  await waitUntil(() => gallery.querySelector<HTMLImageElement>('[part="photo"]')?.complete, 'the photo did not load');
  gallery.querySelector<HTMLElement>('[part="zoom-button"]')!.click();
  await waitUntil(
    () => /scale\((?!1\))/.test(gallery.querySelector<HTMLElement>('.frame')!.style.transform),
    'no zoom',
  );
  gallery.querySelector<HTMLElement>('[part="close-button"]')!.click();
  await waitUntil(() => !gallery.querySelector('dialog')!.open, 'the lightbox did not close');

  // The script switches both ways: the page's own text and every widget follow.
  const heading = document.querySelector('h1')!;
  await switchScript(page, 'latn');
  await waitUntil(() => clean(heading.textContent) === 'Misija Republike Srbije pri NATO', 'the page stayed Cyrillic');
  await waitUntil(() => titles().every((title) => !cyrillic.test(title)), 'the news stayed Cyrillic');
  await waitUntil(() => clean(name.textContent) === 'Misija Republike Srbije pri NATO', 'the card stayed Cyrillic');
  await switchScript(page, 'cyrl');
  await waitUntil(() => clean(heading.textContent) === 'Мисија Републике Србије при НАТО', 'the page stayed Latin');
  await waitUntil(() => titles().every((title) => cyrillic.test(title)), 'the news stayed Latin');

  // "Show more" reveals the rest of the first page, then follows next_url to the second.
  const more = () => news.shadowRoot!.querySelector<HTMLElement>('[part="more-button"]');
  more()!.click();
  await waitUntil(() => titles().length === 6, 'the second page did not come');
  more()!.click();
  await waitUntil(() => titles().length === 9, 'no more news');
  more()!.click();
  await waitUntil(() => titles().length === 10 && !more(), 'the last news did not come');

  // Full text: DOMPurify arrives by dynamic import and parses through the gov-widgets policy.
  news.setAttribute('show', 'full');
  await waitUntil(
    () => news.shadowRoot!.querySelectorAll('[part="content"] p').length >= 10,
    'the full stories were not shown',
  );

  // "Save contact" downloads the vCard from a blob: URL.
  const card = document.querySelector('gov-contact-card')!;
  let download: HTMLAnchorElement | undefined;
  const capture = (event: Event) => {
    const target = event.composedPath()[0] as Element;
    // The frame's own HTMLAnchorElement, not this page's.
    if (target instanceof page.window.HTMLAnchorElement && target.hasAttribute('download')) {
      download = target;
      // The file itself is read back below; headless Chromium would only drop it into a folder.
      event.preventDefault();
    }
  };
  card.addEventListener('click', capture, { capture: true });
  card.shadowRoot!.querySelector<HTMLElement>('[part="save-button"]')!.click();
  // The vCard writer is fetched on the first save (a sibling file of the bundle).
  await waitUntil(() => download, 'no download link was clicked', { timeout: 5000 });
  card.removeEventListener('click', capture, { capture: true });
  expect(download!.href).to.match(/^blob:/);
  // Read from this (unrestricted) test page: the framed page's connect-src rightly has no blob:.
  const vcard = (await (await fetch(download!.href)).text()).replace(/\r\n /g, '');
  expect(vcard).to.match(/^BEGIN:VCARD\r\n/);
  expect(vcard).to.contain('FN;CHARSET=UTF-8:Мисија Републике Србије при НАТО');
}

/** Zero violations, errors and rejections; then one deliberate violation proves the policy is enforced and heard. */
async function expectNoViolations({ window, document }: Frame): Promise<void> {
  await settle(300);
  expect(window.govProbe.violations, 'violations').to.deep.equal([]);
  expect(window.govProbe.errors, 'errors').to.deep.equal([]);
  expect(window.govProbe.rejections, 'unhandled rejections').to.deep.equal([]);
  expect(() => {
    document.createElement('div').innerHTML = '<b>string markup</b>';
  }).to.throw(/TrustedHTML|Sink type mismatch/); // Chromium's wording, then Firefox's
  await settle();
  expect(window.govProbe.violations).to.deep.equal([
    'require-trusted-types-for (trusted-types-sink): Element innerHTML|<b>string markup</b>',
  ]);
}

describe('strict Content-Security-Policy with Trusted Types (demo/csp.html)', function () {
  this.timeout(30_000);

  it('is sent as a real header, naming only the policies the code creates', async () => {
    const response = await fetch('/demo/csp.html');
    expect(response.headers.get('content-security-policy')).to.equal(strictContentSecurityPolicy);
    expect(strictContentSecurityPolicy).to.contain(
      "require-trusted-types-for 'script'; trusted-types lit-html gov-widgets",
    );
    expect(trustedTypesPolicyNames).to.deep.equal(['lit-html', trustedTypesPolicyName]);
  });

  it('all four widgets render and work from the sources with zero violations', async () => {
    const page = await openFrame('/demo/csp.html?probe');
    await exercise(page);
    await expectNoViolations(page);
  });

  it('all four widgets render and work from the one-file bundle with zero violations', async function () {
    await builtBundle(this);
    const page = await openFrame('/demo/csp.html?probe&bundle');
    expect(page.document.querySelector('script[type="module"]')!.getAttribute('src')).to.equal('/dist/gov-widgets.js');
    await exercise(page);
    await expectNoViolations(page);
  });
});
