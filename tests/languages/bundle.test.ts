/**
 * The one-file bundle fetches a page's translation, as a sibling file, only on a page in that
 * language, and the next one only when the page switches to it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { builtBundle, clean, openFrame, shadowOf } from '../hardening/frames.js';

/** The bundle's translation files this frame has fetched. */
const translationFiles = (window: Window) =>
  window.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.match(/\/gov-widgets-(hr|hu|ro|rue|sk|sr-Cyrl|sr-Latn)\.js$/)?.[1])
    .filter(Boolean);

describe('the one-file bundle in the languages of Vojvodina', function () {
  this.timeout(20_000);

  for (const [lang, empty, file] of [
    ['hu', 'Még nincsenek hírek.', 'hu'],
    ['sk-RS', 'Zatiaľ tu nie sú žiadne správy.', 'sk'],
    ['ro', 'Nu există încă știri.', 'ro'],
    ['rsk-RS', 'Ище нєт вистки.', 'rue'],
    ['hr', 'Još nema vijesti.', 'hr'],
  ] as const) {
    it(`on a page in ${lang}, fetches gov-widgets-${file}.js and no other translation`, async function () {
      await builtBundle(this);
      const { window, document } = await openFrame(`/tests/fixtures/languages/bundle.html?lang=${lang}`);
      const text = () => clean(shadowOf(document, 'gov-news-feed')?.querySelector('[part="empty"]')?.textContent);
      await waitUntil(() => text() === empty, `not in ${lang}: "${text()}"`);
      expect(translationFiles(window)).to.deep.equal([file]);
    });
  }

  it('on an English page fetches none, and the next language only when the page switches to it', async function () {
    await builtBundle(this);
    const { window, document } = await openFrame('/tests/fixtures/languages/bundle.html?lang=en');
    const text = () => clean(shadowOf(document, 'gov-news-feed')?.querySelector('[part="empty"]')?.textContent);
    await waitUntil(() => text() === 'No news yet.', 'not in English');
    expect(translationFiles(window)).to.deep.equal([]);
    document.documentElement.lang = 'rue';
    await waitUntil(() => text() === 'Ище нєт вистки.', 'no live switch to Rusyn');
    expect(translationFiles(window)).to.deep.equal(['rue']);
  });
});
