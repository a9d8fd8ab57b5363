import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { converterLoaded } from '../../src/page/content-script.js';
import { jsonFeed, mount, respond, setLanguage, unmountAll } from './network.js';
import { muteWarnings } from '../support/console.js';

/**
 * A document marked sr-Latn on a Cyrillic page waits for the Latin → Cyrillic converter before it is
 * shown. If a newer `src` loads meanwhile, the older document must never replace it, nor fire a
 * second gov-load (issue 22, item 6). The test server holds the converter back, so that the wait is
 * long; this file's page has not loaded the converter before (asserted).
 */
const holdConverter = (ms: number) => fetch(`/test-api/delay-next?path=to-cyrillic&ms=${ms}`);

const newsShown = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('[part="title"]')].map((title) => title.textContent!.trim());
const photosShown = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll<HTMLImageElement>('[part="thumbnail-image"]')].map((image) => image.alt);

describe('a superseded document never wins', function () {
  this.timeout(20_000);
  muteWarnings();
  afterEach(async () => {
    unmountAll();
    await setLanguage('en');
  });

  it('a document waiting for the converter does not replace the newer one, and gov-load fires once', async () => {
    expect(converterLoaded('cyrl'), 'the converter is already loaded').to.equal(false);
    // Held before anything can ask for it: a Serbian page may fetch it while idle, and a loaded machine
    // or a slower engine must still reach the check below before it arrives.
    await holdConverter(4000);
    await setLanguage('sr-Cyrl');
    const older = {
      news: jsonFeed('Вести', [{ id: 'old', language: 'sr-Latn', title: 'Stara vest', content_text: 'x' }]),
      photos: jsonFeed('Фото', [
        {
          id: 'old',
          language: 'sr-Latn',
          image: '/demo/data/photos/tara-thumb.jpg',
          _gov: { alt: 'Stara fotografija' },
        },
      ]),
    };
    const newer = {
      news: jsonFeed('Вести', [{ id: 'new', title: 'Нова вест', content_text: 'x' }]),
      photos: jsonFeed('Фото', [
        { id: 'new', image: '/demo/data/photos/uvac-thumb.jpg', _gov: { alt: 'Нова фотографија' } },
      ]),
    };
    const news = mount('gov-news-feed', { src: respond({ body: older.news }) });
    const gallery = mount('gov-photo-gallery', { src: respond({ body: older.photos }) });
    const loads: string[] = [];
    news.addEventListener('gov-load', () => loads.push('news'));
    gallery.addEventListener('gov-load', () => loads.push('gallery'));
    // Both older documents are in and wait for the converter; then their src changes.
    await aTimeout(600);
    expect(converterLoaded('cyrl')).to.equal(false);
    news.setAttribute('src', respond({ body: newer.news }));
    gallery.setAttribute('src', respond({ body: newer.photos }));
    await waitUntil(() => loads.length === 2, 'the newer documents did not load');
    await waitUntil(() => converterLoaded('cyrl'), 'the converter never came', { timeout: 8000 });
    await aTimeout(500);
    expect(newsShown(news)).to.deep.equal(['Нова вест']);
    expect(photosShown(gallery)).to.deep.equal(['Нова фотографија']);
    expect(loads.sort()).to.deep.equal(['gallery', 'news']);
  });
});
