import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/news-feed.js';
import { withInlineData } from '../support/shown-text.js';
import { muteWarnings } from '../support/console.js';
import { demoFeed, demoItem, mount, opened, part, photoFeed, shadow, thumbnail } from '../photo-gallery/helpers.js';

/**
 * Images named by data (issue 22, items 4 and 15): a declared size cannot push the host page away,
 * before the image loads or after it fails, and no image request tells its host which page asked.
 */

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

async function newsFeed(items: unknown[], attributes: Record<string, string> = {}): Promise<Updating> {
  const feed = withInlineData('gov-news-feed', 'application/feed+json', {
    version: 'https://jsonfeed.org/version/1.1',
    items,
  }) as Updating;
  for (const [name, value] of Object.entries(attributes)) feed.setAttribute(name, value);
  const loaded = oneEvent(feed, 'gov-load');
  await fixture(html`<div style="width: 40em">${feed}</div>`);
  await loaded;
  await feed.updateComplete;
  return feed;
}

const images = (element: Element) => [...element.shadowRoot!.querySelectorAll('img')];
/** An image address that answers after `delay` ms with `status` (404: the image never loads). */
const image = (status: number, delay = 0) => `/test-api/respond?status=${status}&delay=${delay}&type=image/png`;

describe('images from data', function () {
  this.timeout(20_000);
  muteWarnings();

  describe('declared sizes cannot push the page away', () => {
    const hostile = [
      { id: '1', title: 'Tall', image: image(404), _gov: { width: 1, height: 10_000_000 } },
      { id: '2', title: 'Wide', image: image(404), _gov: { width: 10_000_000, height: 1 } },
      { id: '3', title: 'Huge', image: image(404), _gov: { width: 9e15, height: 9e15 } },
      {
        id: '4',
        title: 'Story',
        content_html: `<p>Text</p><img src="${image(404)}" width="1" height="1000000"><img src="${image(200, 3000)}" width="2" height="999999">`,
      },
    ];

    it('while the images load, each reserves a box of a plausible shape and size', async () => {
      const feed = await newsFeed(hostile, { images: '', show: 'full' });
      for (const img of images(feed)) {
        const [width, height] = [Number(img.getAttribute('width') ?? 1), Number(img.getAttribute('height') ?? 1)];
        expect(Math.max(width, height), `${width} x ${height}`).to.be.at.most(16_384);
        expect(Math.max(width / height, height / width), `${width} x ${height}`).to.be.at.most(8);
      }
      expect(feed.getBoundingClientRect().height).to.be.below(4000);
    });

    it('an image that fails gives its reserved box back', async () => {
      const feed = await newsFeed(hostile, { images: '', show: 'full' });
      const failing = images(feed).filter((img) => img.src.includes('status=404'));
      expect(failing).to.have.length(4);
      await waitUntil(() => failing.every((img) => img.complete), 'the images did not fail');
      await waitUntil(
        () => failing.every((img) => !img.hasAttribute('width') && !img.hasAttribute('height')),
        'a failed image kept its declared size',
      );
      expect(feed.getBoundingClientRect().height).to.be.below(2000);
    });

    it('a gallery photo declared 1 x 10,000,000 opens in the lightbox with a plausible size', async () => {
      const gallery = await mount(photoFeed([demoItem(0, { _gov: { alt: 'Tall', width: 1, height: 10_000_000 } })]));
      thumbnail(gallery, 0).click();
      await opened(gallery);
      const photo = part<HTMLImageElement>(gallery, 'photo');
      expect([photo.getAttribute('width'), photo.getAttribute('height')]).to.deep.equal(['1', '8']);
    });
  });

  describe('no image request carries the page address (referrerpolicy="no-referrer")', () => {
    it('news item images and images in stories', async () => {
      const feed = await newsFeed(
        [
          {
            id: '1',
            title: 'Story',
            image: '/demo/data/photos/tara-thumb.jpg',
            content_html: '<img src="/demo/data/photos/uvac-thumb.jpg" alt="Uvac">',
          },
        ],
        { images: '', show: 'full' },
      );
      const all = images(feed);
      expect(all).to.have.length(2);
      for (const img of all) expect(img.referrerPolicy, img.src).to.equal('no-referrer');
    });

    it('gallery thumbnails, the lightbox photo and the photos it preloads', async () => {
      const gallery = await mount(demoFeed(3));
      for (const img of shadow(gallery).querySelectorAll('img')) expect(img.referrerPolicy).to.equal('no-referrer');
      const preloaded: HTMLImageElement[] = [];
      const NativeImage = window.Image;
      window.Image = class extends NativeImage {
        constructor() {
          super();
          preloaded.push(this);
        }
      };
      try {
        thumbnail(gallery, 0).click();
        await opened(gallery);
        for (const img of shadow(gallery).querySelectorAll('dialog img'))
          expect((img as HTMLImageElement).referrerPolicy).to.equal('no-referrer');
        await waitUntil(() => preloaded.length >= 2, 'the neighbours were not preloaded');
        for (const img of preloaded) expect(img.referrerPolicy, img.src).to.equal('no-referrer');
      } finally {
        window.Image = NativeImage;
      }
    });
  });
});
