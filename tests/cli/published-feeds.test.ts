/**
 * What gov-widgets-cli publishes, loaded in the elements as a page loads it (tests/fixtures/cli/published/,
 * which tests/node/cli-check.test.mjs keeps equal to what the CLI makes from the committed CuteNews data
 * and photos): news with its lifted datelines, paged through every next_url; its Latin copy; the
 * photo gallery with each thumbnail's space held before it loads (no layout shift).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/photo-gallery.js';
import type { GovPhotoGallery } from '../../src/photo-gallery.js';
import { all, clean, datelines, load, moreButton, titles, muteWarnings } from '../news-feed/support.js';

const published = '/tests/fixtures/cli/published/';

describe('gov-widgets-cli output in the elements', () => {
  muteWarnings();

  it('news: the datelines the CLI lifted are shown, and "Show more" walks every page to the oldest story', async function () {
    // Three pages fetched one after another: room for a busy machine.
    this.timeout(30_000);
    const el = await load(html`<gov-news-feed src=${published + 'news/news.json'} limit="12"></gov-news-feed>`);
    expect(titles(el)[0]).to.equal('Председник Владе Републике Србије у седишту НАТО');
    expect(datelines(el)[0]).to.match(/^Брисел, 23 November 2016 –/);
    expect(datelines(el)[1]).to.match(/^Brussels, 22 November 2016 –/);
    // The dateline is the element's own: the story text no longer repeats the one CuteNews had.
    const summaries = all(el, '[part="summary"]').map((summary) => clean(summary.textContent));
    expect(summaries[0]).to.match(/^Брисел, 23 November 2016 – Председник Владе/);
    expect(summaries[0]).not.to.match(/новембар/);
    for (let press = 0; press < 6 && titles(el).length < 32; press++) {
      const before = titles(el).length;
      await waitUntil(() => moreButton(el) && moreButton(el)!.getAttribute('aria-disabled') !== 'true', 'no button', {
        timeout: 7000,
      });
      moreButton(el)!.click();
      await waitUntil(() => titles(el).length > before, 'the next page did not load', { timeout: 7000 });
    }
    expect(titles(el)).to.have.length(32);
    expect(new Set(titles(el)).size).to.equal(32);
    expect(moreButton(el)).to.equal(null);
    expect(titles(el).at(-1)).to.match(/^Састанак Заједничке комисије/);
    expect(datelines(el).at(-1)).to.match(/^Брисел, 3 January 2015 –/);
    await expect(el).to.be.accessible();
  });

  it('news: the Latin copy reads as Latin, English stories as written', async () => {
    const el = await load(html`<gov-news-feed src=${published + 'news/news.sr-Latn.json'} limit="3"></gov-news-feed>`);
    expect(titles(el)).to.deep.equal([
      'Predsednik Vlade Republike Srbije u sedištu NATO',
      'Prime Minister of Serbia meets NATO Secretary General',
      'Sastanak o Individualnom akcionom planu partnerstva',
    ]);
    expect(datelines(el)[0]).to.match(/^Brisel, /);
    expect(all(el, 'article')[0]!.lang).to.equal('sr-Latn');
    expect(all(el, 'article')[1]!.lang).to.equal('en');
  });

  it('photos: every photo shows with its alt text, and nothing shifts while the thumbnails load', async function () {
    this.timeout(20_000);
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    });
    const el = document.createElement('gov-photo-gallery') as GovPhotoGallery;
    el.src = `${published}photos/photos.json?run=${Date.now()}`;
    document.body.append(el);
    const below = document.body.appendChild(document.createElement('p'));
    below.textContent = 'Text below the gallery';
    try {
      // From the grid on screen to every thumbnail decoded (the element's own loading state is its business).
      await waitUntil(() => el.shadowRoot?.querySelectorAll('[part="thumbnail-image"]').length === 6, 'no grid', {
        timeout: 5000,
      });
      observer.observe({ type: 'layout-shift', buffered: false });
      const images = [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('[part="thumbnail-image"]')];
      const boxes = images.map((image) => image.getBoundingClientRect().height);
      expect(boxes.every((height) => height > 20)).to.equal(true, 'each box has its height before its image');
      const top = below.getBoundingClientRect().top;
      await waitUntil(() => images.every((image) => image.complete), 'thumbnails did not load', { timeout: 5000 });
      expect(images.every((image) => image.naturalWidth > 0)).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(below.getBoundingClientRect().top).to.equal(top);
      expect(images.map((image) => image.getBoundingClientRect().height)).to.deep.equal(boxes);
      expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
      expect(images.map((image) => image.alt)).to.deep.equal([
        'A river between steep dark cliffs at dawn',
        'Камене куле тврђаве изнад широке реке',
        'Kalemegdan at dusk',
        // No alt text and no caption: the gallery's own stand-in, and the CLI's warning to the webmaster.
        'Photo 4',
        'Photo 5',
        'A field of sunflowers under a purple sky',
      ]);
      // The upright size the CLI measured is the size the browser decodes.
      const golubac = images[1]!;
      expect([golubac.naturalWidth, golubac.naturalHeight]).to.deep.equal([480, 320]);
    } finally {
      observer.disconnect();
      el.remove();
      below.remove();
    }
  });
});
