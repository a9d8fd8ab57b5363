import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { GovLoadEvent } from '../../src/events.js';
import type { GovPhotoGallery } from '../../src/photo-gallery.js';
import {
  demoFeed,
  demoItem,
  focused,
  imagesSettled,
  mount,
  part,
  photoFeed,
  respond,
  setPageLang,
  shadow,
  text,
  thumbnail,
} from './helpers.js';

const images = (el: GovPhotoGallery) => [...shadow(el).querySelectorAll<HTMLImageElement>('[part="thumbnail-image"]')];
const columnsOf = (el: GovPhotoGallery) =>
  new Set(images(el).map((image) => Math.round(image.getBoundingClientRect().left))).size;

describe('<gov-photo-gallery> grid', () => {
  let warn: typeof console.warn;
  let warnings: unknown[][];
  beforeEach(() => {
    warn = console.warn;
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(async () => {
    console.warn = warn;
    await setPageLang('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('loads the seed feed from src, fires gov-load, and shows one linked thumbnail per photo with the credit under the grid', async () => {
    const el = document.createElement('gov-photo-gallery');
    el.src = '/demo/data/photos.json';
    document.body.append(el);
    try {
      const event = (await oneEvent(el, 'gov-load')) as GovLoadEvent;
      expect(event.detail).to.deep.equal({ count: 12, title: 'Photographic presentation of Serbia' });
      const link = thumbnail(el, 0);
      expect(link.href).to.equal(new URL('/demo/data/photos/djerdap.jpg', location.href).href);
      const image = link.querySelector('img')!;
      expect(image.src).to.equal(new URL('/demo/data/photos/djerdap-thumb.jpg', location.href).href);
      expect(image.alt).to.match(/^Illustration: a wide river at dawn/);
      expect([image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal(['1600', '1067']);
      expect(image.getAttribute('decoding')).to.equal('async');
      expect(shadow(el).querySelectorAll('[part="thumbnail"]')).to.have.length(12);
      expect(text(part(el, 'credit'))).to.equal('Photos: Dragoljub Zamurović');
      await imagesSettled(images(el).slice(0, 4));
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('names each thumbnail link by its alt text and says that it opens the photo viewer', async () => {
    const el = await mount(demoFeed(3));
    const link = thumbnail(el, 1);
    const description = shadow(el).getElementById(link.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.equal('Opens in the photo viewer');
    expect(link.getAttribute('aria-label')).to.equal(null, 'the name comes from the image alt, said once');
    expect(link.querySelector('img')!.alt).to.equal('Alt text 2');
  });

  it('loads the first row eagerly and the rest lazily, with columns as the first row', async () => {
    const el = await mount(demoFeed(12), { columns: '3' });
    expect(images(el).map((image) => image.loading)).to.deep.equal([
      'eager',
      'eager',
      'eager',
      ...Array(9).fill('lazy'),
    ]);
    const four = await mount(demoFeed(12));
    expect(images(four).filter((image) => image.loading === 'eager')).to.have.length(4);
  });

  it('fits columns to its own width, never more than columns', async () => {
    const wide = await mount(demoFeed(12), { columns: '3' }, '760px');
    expect(columnsOf(wide)).to.equal(3);
    const four = await mount(demoFeed(12), {}, '760px');
    expect(columnsOf(four)).to.equal(4);
    const narrow = await mount(demoFeed(12), { columns: '6' }, '300px');
    expect(columnsOf(narrow)).to.equal(2);
    const sliver = await mount(demoFeed(2), {}, '100px');
    expect(columnsOf(sliver)).to.equal(1);
    expect(shadow(sliver).querySelector('.grid')!.scrollWidth).to.be.at.most(100, 'no horizontal overflow');
  });

  it('is usable at 320 CSS pixels without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount(demoFeed(12));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(columnsOf(el)).to.equal(2);
  });

  it('reserves every thumbnail box before its image arrives, so nothing shifts as images load', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="400"><rect width="300" height="400" fill="teal"/></svg>';
    const items = Array.from({ length: 8 }, (_, index) => {
      const thumbnailUrl = respond({
        type: 'image/svg+xml',
        delay: 300 + index * 40,
        body: svg,
        n: `${Date.now()}-${index}`,
      });
      // No width and height in the data: the grid's own ratio must hold the space.
      return demoItem(index, { image: thumbnailUrl, _gov: { alt: `Alt ${index}`, thumbnail: thumbnailUrl } });
    });
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    });
    const el = await mount(photoFeed(items));
    const before = images(el).map((image) => image.getBoundingClientRect().height);
    expect(before.every((height) => height > 50)).to.equal(true, 'boxes have their height before any image loaded');
    expect(images(el).some((image) => image.complete)).to.equal(false, 'the images are still on their way');
    observer.observe({ type: 'layout-shift', buffered: false });
    await imagesSettled(images(el));
    await aTimeout(100);
    observer.disconnect();
    expect(images(el).every((image) => image.naturalWidth > 0)).to.equal(true);
    expect(images(el).map((image) => image.getBoundingClientRect().height)).to.deep.equal(before);
    expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
  });

  it('in a 500-photo gallery loads only the thumbnails near the viewport', async () => {
    const run = Date.now();
    const items = Array.from({ length: 500 }, (_, index) =>
      demoItem(index, {
        _gov: {
          alt: `Alt ${index}`,
          width: 1600,
          height: 1067,
          thumbnail: `/demo/data/photos/${['djerdap', 'tara'][index % 2]}-thumb.jpg?run=${run}&n=${index}`,
        },
      }),
    );
    const requested = new Set<string>();
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name.includes(`run=${run}`)) requested.add(entry.name);
    });
    observer.observe({ type: 'resource', buffered: true });
    const el = await mount(photoFeed(items), { limit: '500' });
    await waitUntil(() => requested.size >= 4, 'the first thumbnails were not requested', { timeout: 5000 });
    await aTimeout(800);
    const all = images(el);
    expect(all).to.have.length(500);
    expect(requested.size).to.be.below(120, `${requested.size} thumbnails were requested`);
    const last = all[499];
    expect(last.complete && last.naturalWidth > 0).to.equal(false, 'the last thumbnail is not loaded');
    expect(last.currentSrc).to.equal('');
    last.scrollIntoView();
    await waitUntil(() => last.complete && last.naturalWidth > 0, 'the last thumbnail did not load when scrolled to', {
      timeout: 5000,
    });
    observer.disconnect();
    window.scrollTo(0, 0);
  });

  it('uses the full image with its srcset and sizes="auto" when there is no thumbnail', async () => {
    const el = await mount(
      photoFeed([
        demoItem(0, {
          _gov: { alt: 'A', srcset: '/demo/data/photos/djerdap-640.jpg 640w, /demo/data/photos/djerdap.jpg 1600w' },
        }),
      ]),
    );
    const image = images(el)[0];
    expect(image.getAttribute('src')).to.equal(new URL('/demo/data/photos/djerdap.jpg', location.href).href);
    expect(image.srcset).to.contain('djerdap-640.jpg 640w');
    expect(image.getAttribute('sizes')).to.equal('auto, 25vw');
  });

  it('falls back to the title for missing alt text, skips items without an image, and warns once naming the element', async () => {
    const el = await mount(
      photoFeed([
        demoItem(0, { _gov: { thumbnail: '/demo/data/photos/djerdap-thumb.jpg' } }),
        demoItem(1, { image: undefined }),
        demoItem(2, { title: undefined, _gov: {} }),
      ]),
      { id: 'presentation' },
    );
    expect(images(el).map((image) => image.alt)).to.deep.equal(['Caption 1', 'Photo 2']);
    const ours = warnings.filter((args) => String(args[0]).startsWith('<gov-photo-gallery'));
    expect(ours).to.have.length(1);
    expect(String(ours[0][0])).to.contain('id="presentation"').and.contain('"photo-2"').and.contain('"photo-1"');
    await expect(el).to.be.accessible();
  });

  it('never binds a hostile URL: javascript: images and thumbnails are dropped', async () => {
    const el = await mount(
      photoFeed([
        demoItem(0, { image: 'javascript:alert(1)' }),
        demoItem(1, { _gov: { alt: 'B', thumbnail: 'javascript:alert(1)', srcset: 'javascript:alert(1) 640w' } }),
      ]),
    );
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="thumbnail"]')];
    expect(links).to.have.length(1);
    expect(links[0].href).to.match(/^http/);
    expect(images(el)[0].src).to.match(/golubac\.jpg$/);
    expect(images(el)[0].srcset).to.equal('');
  });

  it('shows an empty state when the feed has no photos', async () => {
    const el = await mount(photoFeed([]));
    expect(text(part(el, 'empty'))).to.equal('There are no photos here yet.');
    await expect(el).to.be.accessible();
  });

  it('shows a loading grid shaped like the content, then the error with retry for a bad feed', async () => {
    const el = document.createElement('gov-photo-gallery');
    el.src = respond({ status: 500, delay: 300 });
    document.body.append(el);
    try {
      await el.updateComplete;
      const loading = part(el, 'loading');
      expect(loading.querySelectorAll('li')).to.have.length(4);
      expect(loading.querySelector('li')!.getBoundingClientRect().height).to.be.above(20);
      const failed = oneEvent(el, 'gov-error');
      await expect(el).to.be.accessible();
      await failed;
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('error 500');
      expect(part(el, 'retry-button')).to.exist;
    } finally {
      el.remove();
    }
  });

  describe('Show more', () => {
    const page = (items: number[], next?: string) =>
      JSON.stringify(
        photoFeed(
          items.map((index) => demoItem(index)),
          next ? { next_url: next } : {},
        ),
      );

    it('loads the next page on demand, announces it, moves focus to the first new thumbnail, and ends a next_url loop', async () => {
      const el = document.createElement('gov-photo-gallery');
      el.src = '/tests/fixtures/photo-gallery/page-1.json';
      document.body.append(el);
      try {
        await oneEvent(el, 'gov-load');
        const more = part<HTMLButtonElement>(el, 'more-button');
        expect(text(more)).to.equal('Show more photos');
        more.focus();
        more.click();
        await waitUntil(() => shadow(el).querySelectorAll('[part="thumbnail"]').length === 5, 'page 2 did not arrive');
        await el.updateComplete;
        // Photo 3 was on both pages: shown once.
        expect(
          [...shadow(el).querySelectorAll('[part="thumbnail-image"]')].map((image) => (image as HTMLImageElement).alt),
        ).to.deep.equal(['Alt text 1', 'Alt text 2', 'Alt text 3', 'Alt text 4', 'Alt text 5']);
        expect(focused(el) === thumbnail(el, 3)).to.equal(true, 'focus is on the first new photo');
        expect(text(shadow(el).querySelector('.wrap > [role="status"]'))).to.equal('2 more photos loaded.');
        // Page 2 points back at page 1, which is already shown: that is the end.
        expect(part(el, 'more-button') === null).to.equal(true, 'no more button after a loop');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('keeps the grid when a page fails, shows the error by the button, and recovers on retry', async () => {
      const slowPage = respond({ body: page([5, 6]), delay: 1600 });
      const el = await mount(
        photoFeed(
          [0, 1].map((index) => demoItem(index)),
          { next_url: slowPage },
        ),
        { timeout: '1000' },
      );
      const failed = oneEvent(el, 'gov-error');
      part<HTMLButtonElement>(el, 'more-button').click();
      expect((await failed).detail.reason).to.equal('timeout');
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[part="thumbnail"]')).to.have.length(2);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(text(alert)).to.contain('took too long');
      // As in the news feed: the error, with its own "Try again", stands right before "Show more photos", which keeps its name.
      expect(alert.querySelector('[part="retry-button"]')).to.exist;
      expect(alert.nextElementSibling!.getAttribute('part')).to.equal('more-button');
      expect(text(part(el, 'more-button'))).to.equal('Show more photos');
      expect(shadow(el).querySelectorAll('[role="alert"]')).to.have.length(1, 'the error is shown once, by the button');
      expect(el.matches(':state(error)')).to.equal(true);
      await expect(el).to.be.accessible();
      el.timeout = 5000;
      part<HTMLButtonElement>(el, 'retry-button').click();
      await waitUntil(
        () => shadow(el).querySelectorAll('[part="thumbnail"]').length === 4,
        'the retried page did not arrive',
        { timeout: 4000 },
      );
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]') === null).to.equal(true, 'the error is gone');
      expect(el.matches(':state(ready)')).to.equal(true);
    });
  });

  describe('languages and scripts', () => {
    it('speaks Serbian Cyrillic on a Cyrillic page and shows the Cyrillic feed as written', async () => {
      await setPageLang('sr-Cyrl');
      const el = document.createElement('gov-photo-gallery');
      el.src = '/demo/data/photos.sr-Cyrl.json';
      document.body.append(el);
      try {
        await oneEvent(el, 'gov-load');
        expect(text(part(el, 'credit'))).to.equal('Фотографије: Драгољуб Замуровић');
        expect(thumbnail(el, 2).querySelector('img')!.alt).to.match(/^Илустрација, усправни формат/);
        expect(text(shadow(el).getElementById('opens'))).to.equal('Отвара се у прегледачу фотографија');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('shows Cyrillic content in Latin on a Latin page, and marks it sr-Latn', async () => {
      await setPageLang('sr-Latn');
      const el = document.createElement('gov-photo-gallery');
      el.src = '/demo/data/photos.sr-Cyrl.json';
      document.body.append(el);
      try {
        await oneEvent(el, 'gov-load');
        expect(text(part(el, 'credit'))).to.equal('Fotografije: Dragoljub Zamurović');
        expect(part(el, 'credit').querySelector('span')!.lang).to.equal('sr-Latn');
        const item = thumbnail(el, 2).closest('li')!;
        expect(item.lang).to.equal('sr-Latn');
        expect(item.querySelector('img')!.alt).to.match(/^Ilustracija, uspravni format/);
        // The page switching back to Cyrillic re-renders in place.
        await setPageLang('sr-Cyrl');
        await el.updateComplete;
        expect(text(part(el, 'credit'))).to.equal('Фотографије: Драгољуб Замуровић');
      } finally {
        el.remove();
      }
    });

    it('keeps English content as written on a Serbian page, and marks its language', async () => {
      await setPageLang('sr-Latn');
      const el = await mount(demoFeed(2));
      expect(text(part(el, 'credit'))).to.equal('Fotografije: Dragoljub Zamurović');
      expect(thumbnail(el, 0).closest('li')!.lang).to.equal('en');
      expect(thumbnail(el, 0).querySelector('img')!.alt).to.equal('Alt text 1');
    });

    it('converts only content marked sr-Latn to Cyrillic on a Cyrillic page', async () => {
      await setPageLang('sr-Cyrl');
      const el = await mount(
        photoFeed(
          [
            demoItem(0, { language: 'sr-Latn', _gov: { alt: 'Reka u klisuri' } }),
            demoItem(1, { _gov: { alt: 'Tvrđava' } }),
          ],
          {
            language: undefined,
            authors: [{ name: 'Dragoljub Zamurović' }],
          },
        ),
      );
      // The Latin → Cyrillic engine loads on first need; the text is shown as written until it is in.
      await waitUntil(() => images(el)[0].alt === 'Река у клисури', `still "${images(el)[0].alt}"`);
      expect(images(el)[0].closest('li')!.lang).to.equal('sr-Cyrl');
      // No language on the item or the feed: the page's (sr-Cyrl) rule applies, and Latin not marked sr-Latn stays.
      expect(images(el)[1].alt).to.equal('Tvrđava');
    });
  });
});
