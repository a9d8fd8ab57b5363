/**
 * <gov-photo-gallery> on a gallery published as Media RSS (issue 17, case 7): RSS 2.0 with media:group,
 * media:content, media:thumbnail, media:title, media:description, media:credit and image enclosures,
 * read by a file loaded only for such feeds; also from the gallery's web page (autodiscovery).
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { GovLoadEvent } from '../../src/events.js';
import type { GovPhotoGallery } from '../../src/photo-gallery.js';
import { sendKeys } from '@web/test-runner-commands';
import { opened, part, shadow, text, thumbnail } from './helpers.js';

const gallery = '/tests/fixtures/photo-gallery/';
const images = (el: GovPhotoGallery) => [...shadow(el).querySelectorAll<HTMLImageElement>('[part="thumbnail-image"]')];
const absolute = (path: string) => new URL(path, location.href).href;

/** A gallery from `src`, once its feed is on screen, with the console warnings it gave. */
async function galleryFrom(src: string): Promise<{ el: GovPhotoGallery; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  const el = document.createElement('gov-photo-gallery');
  el.id = 'media-rss';
  el.src = src;
  try {
    const loaded = oneEvent(el, 'gov-load') as Promise<GovLoadEvent>;
    document.body.append(el);
    await loaded;
    await el.updateComplete;
  } finally {
    console.warn = warn;
  }
  return { el, warnings };
}

describe('<gov-photo-gallery> from Media RSS (issue 17, 7)', function () {
  // Full-size photos stand in for missing thumbnails here: generous on a busy machine.
  this.timeout(20_000);
  const shown: GovPhotoGallery[] = [];
  afterEach(() => shown.splice(0).forEach((el) => el.remove()));

  it('shows every picture: a media:group, lone media:contents (two in one item), an image enclosure', async () => {
    const { el, warnings } = await galleryFrom(gallery + 'media-rss.rss');
    shown.push(el);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="thumbnail"]')].map((link) => link.href);
    expect(links).to.deep.equal(
      ['djerdap', 'golubac', 'studenica', 'belgrade-confluence', 'kalemegdan'].map((slug) =>
        absolute(`/demo/data/photos/${slug}.jpg`),
      ),
    );
    // The item without a picture is skipped; the enclosure has no media:description to be its alt text.
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('items without an image are skipped: "notice"');
    expect(warnings[0]).to.contain('photos without media:description show their title as alt text: "photo-studenica"');
    await expect(el).to.be.accessible();
  });

  it('takes width and height from the media attributes, the srcset from the group, thumbnails from media:thumbnail', async () => {
    const { el } = await galleryFrom(gallery + 'media-rss.rss');
    shown.push(el);
    const [djerdap, golubac, studenica] = images(el);
    expect([djerdap!.getAttribute('width'), djerdap!.getAttribute('height')]).to.deep.equal(['1600', '1067']);
    expect(djerdap!.src).to.equal(absolute('/demo/data/photos/djerdap-thumb.jpg'));
    expect(golubac!.src).to.equal(absolute('/demo/data/photos/golubac-thumb.jpg'));
    // No thumbnail: the full image with the group's sizes as its srcset (none for the enclosure).
    expect(studenica!.src).to.equal(absolute('/demo/data/photos/studenica.jpg'));
    expect(studenica!.hasAttribute('width')).to.equal(false);
    expect(djerdap!.alt).to.equal('A wide river at dawn between steep, dark cliffs.');
    expect(golubac!.alt).to.equal('Towers of a medieval fortress on the river bank.');
    expect(studenica!.alt).to.equal('Studenica Monastery');
  });

  it('names the photographer from media:credit: the channel’s under the grid, a photo’s own in the lightbox', async () => {
    const { el } = await galleryFrom(gallery + 'media-rss.rss');
    shown.push(el);
    expect(text(part(el, 'credit'))).to.equal('Photos: Dragoljub Zamurović');
    thumbnail(el, 1).click();
    await opened(el);
    const caption = text(part(el, 'caption'));
    expect(caption).to.equal('Golubac Fortress The fortress guards the entrance to the gorge. Photo: Jelena Petrović');
    // The previous photo (←) is the first: its credit is the channel's.
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => text(part(el, 'caption')).startsWith('The Danube'), 'the first photo is not shown', {
      timeout: 4000,
    });
    expect(text(part(el, 'caption'))).to.equal(
      'The Danube in the Đerdap gorge In Đerdap National Park the Danube narrows between steep limestone cliffs. Photo: Dragoljub Zamurović',
    );
    el.close();
  });

  it('pages on with the feed’s atom:link rel="next"', async () => {
    const { el } = await galleryFrom(gallery + 'media-rss.rss');
    shown.push(el);
    part<HTMLButtonElement>(el, 'more-button').click();
    await waitUntil(() => images(el).length === 6, 'the next page did not come');
    expect(thumbnail(el, 5).href).to.equal(absolute('/demo/data/photos/tara.jpg'));
    expect(images(el)[5]!.alt).to.equal('Spruce forest above the Drina canyon.');
  });

  it('finds the feed from the gallery’s web page (RSS before Atom, against the page’s <base>)', async () => {
    const { el } = await galleryFrom(gallery + 'gallery-page.html');
    shown.push(el);
    expect(images(el)).to.have.length(5);
    expect(text(part(el, 'credit'))).to.equal('Photos: Dragoljub Zamurović');
  });
});
