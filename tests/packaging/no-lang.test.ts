import { expect, waitUntil } from '@open-wc/testing';
import { clean, openFrame, settle, shadowElement } from '../hardening/frames.js';

/** Pages that do not say their language, as many old CMS pages do. */
describe('a page without <html lang>', () => {
  it('gets one warning that says what to add, and the UI in English', async () => {
    const { window, document } = await openFrame('/tests/fixtures/packaging/no-lang.html?probe');
    const latin = await shadowElement(document, 'gov-script-toggle', '[part~="option-latn"]');
    await settle();
    const warnings = window.govProbe.warnings.filter((warning) => warning.includes('has no <html lang>'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<html lang="sr-Cyrl">');
    expect(
      document
        .querySelector('gov-script-toggle')!
        .shadowRoot!.querySelector('[part="group"]')!
        .getAttribute('aria-label'),
    ).to.equal('Script');
    latin.click();
    await settle();
    expect(window.govProbe.warnings.filter((warning) => warning.includes('has no <html lang>'))).to.have.length(
      1,
      'still one warning after a switch',
    );
  });

  it('is converted by the toggle when its text is Serbian Cyrillic, and restored', async () => {
    const { document } = await openFrame('/tests/fixtures/packaging/no-lang.html');
    const heading = document.querySelector('h1')!;
    (await shadowElement(document, 'gov-script-toggle', '[part~="option-latn"]')).click();
    await waitUntil(
      () => clean(heading.textContent) === 'Misija Republike Srbije pri NATO',
      'the page stayed Cyrillic',
    );
    expect(clean(document.querySelector('p')!.textContent)).to.match(/^Premijer Srbije sastao se u Briselu/);
    expect(document.title).to.equal('Misija Republike Srbije pri NATO');
    expect(document.documentElement.hasAttribute('lang')).to.equal(false, 'no language is made up for the page');
    (await shadowElement(document, 'gov-script-toggle', '[part~="option-cyrl"]')).click();
    await waitUntil(() => clean(heading.textContent) === 'Мисија Републике Србије при НАТО', 'the page stayed Latin');
  });

  it('is converted from Latin when the toggle’s source says the page is written in Latin', async () => {
    const { document } = await openFrame('/tests/fixtures/packaging/no-lang-source.html');
    const heading = document.querySelector('h1')!;
    (await shadowElement(document, 'gov-script-toggle', '[part~="option-cyrl"]')).click();
    await waitUntil(() => clean(heading.textContent) === 'Мисија Републике Србије при НАТО', 'the page stayed Latin');
  });

  it('is left alone when its Cyrillic is not Serbian', async () => {
    const { document } = await openFrame('/tests/fixtures/packaging/no-lang-russian.html');
    (await shadowElement(document, 'gov-script-toggle', '[part~="option-latn"]')).click();
    await waitUntil(() => document.documentElement.getAttribute('data-gov-script') === 'latn', 'no switch');
    await settle();
    expect(clean(document.querySelector('h1')!.textContent)).to.equal('Новости');
    expect(clean(document.querySelector('p')!.textContent)).to.match(/^Это страница/);
  });
});
