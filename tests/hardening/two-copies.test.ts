import { expect, waitUntil } from '@open-wc/testing';
import { builtBundle, clean, openFrame, settle, shadowElement, shadowOf, type Frame } from './frames.js';

/** The one warning a second copy gives. */
const secondCopy =
  /^gov-widgets: <gov-[a-z-]+> is already defined: gov-widgets is loaded more than once; this copy is ignored\.$/;
/**
 * Lit's development build speaks for itself: the test server resolves the npm entries' `lit` import
 * to Lit's development build, which announces itself and notices a second Lit. A production build
 * of the same entries prints neither.
 */
const litDevelopmentBuild = /^(Lit is in dev mode\.|Multiple versions of Lit loaded\.)/;

/** All four widgets render and respond: the toggle both ways, "Show more", the lightbox. */
async function expectWidgetsWork({ document }: Frame): Promise<void> {
  const news = document.querySelector('gov-news-feed')!;
  const titles = () =>
    [...news.shadowRoot!.querySelectorAll('[part="title"]')].map((title) => clean(title.textContent));
  await shadowElement(document, 'gov-news-feed', '[part="item"]');
  await shadowElement(document, 'gov-photo-gallery', '[data-index="11"]');
  const name = await shadowElement(document, 'gov-contact-card', '[part="name"]');
  expect(clean(name.textContent)).to.equal('Мисија Републике Србије при НАТО');
  expect(titles()).to.have.length(3);

  const heading = document.querySelector('h1')!;
  (await shadowElement(document, 'gov-script-toggle', '[part~="option-latn"]')).click();
  await waitUntil(() => clean(heading.textContent) === 'Misija Republike Srbije pri NATO', 'the page stayed Cyrillic');
  await waitUntil(() => clean(name.textContent) === 'Misija Republike Srbije pri NATO', 'the card stayed Cyrillic');
  shadowOf(document, 'gov-script-toggle')!.querySelector<HTMLElement>('[part~="option-cyrl"]')!.click();
  await waitUntil(() => clean(heading.textContent) === 'Мисија Републике Србије при НАТО', 'the page stayed Latin');

  news.shadowRoot!.querySelector<HTMLElement>('[part="more-button"]')!.click();
  await waitUntil(() => titles().length === 6, 'Show more did nothing');

  const gallery = shadowOf(document, 'gov-photo-gallery')!;
  gallery.querySelector<HTMLElement>('[data-index="2"]')!.click();
  await waitUntil(() => gallery.querySelector('dialog')!.open, 'the lightbox did not open');
  gallery.querySelector<HTMLElement>('[part="close-button"]')!.click();
  await waitUntil(() => !gallery.querySelector('dialog')!.open, 'the lightbox did not close');
  for (const tag of ['gov-news-feed', 'gov-photo-gallery', 'gov-contact-card', 'gov-script-toggle']) {
    expect(document.defaultView!.customElements.get(tag), tag).to.exist;
  }
}

describe('two copies of gov-widgets on one page', function () {
  this.timeout(30_000);

  for (const [file, what, developmentLit] of [
    ['two-bundles.html', 'the one-file bundle loaded twice', false],
    ['bundle-then-entries.html', 'the bundle, then the npm entries (dist/index.js)', true],
    ['entries-then-bundle.html', 'the npm entries, then the bundle', true],
  ] as const) {
    it(`${what}: no exception, exactly one clear warning, the widgets work`, async function () {
      await builtBundle(this);
      const page = await openFrame(`/tests/fixtures/hardening/${file}?probe`);
      await expectWidgetsWork(page);
      await settle();
      const { errors, rejections, warnings } = page.window.govProbe;
      expect(errors, 'errors').to.deep.equal([]);
      expect(rejections, 'unhandled rejections').to.deep.equal([]);
      const ours = warnings.filter((warning) => !litDevelopmentBuild.test(warning));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.match(secondCopy);
      if (!developmentLit) expect(warnings).to.deep.equal(ours);
    });
  }

  it('under the strict CSP the second copy cannot create Lit’s policy: it fails alone, the first copy works', async function () {
    await builtBundle(this);
    const page = await openFrame('/tests/fixtures/hardening/csp-two-bundles.html?probe');
    await expectWidgetsWork(page);
    await settle();
    const { errors, violations, rejections } = page.window.govProbe;
    expect(violations).to.deep.equal(['trusted-types (trusted-types-policy): lit-html']);
    expect(errors).to.have.length(1);
    // Chromium's wording, then Firefox's.
    expect(errors[0]).to.match(
      /createPolicy.*(Policy with name "lit-html" already exists|blocked creating policy named 'lit-html')/,
    );
    expect(rejections).to.deep.equal([]);
  });

  it('with the policy’s trusted-types allowing duplicates (SECURITY.md), two copies under the strict CSP: no violation, one warning', async function () {
    await builtBundle(this);
    const page = await openFrame('/tests/fixtures/hardening/csp-two-bundles.html?probe&allow-duplicates');
    await expectWidgetsWork(page);
    await settle();
    const { errors, violations, rejections, warnings } = page.window.govProbe;
    expect(violations).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(rejections).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(secondCopy);
  });
});
