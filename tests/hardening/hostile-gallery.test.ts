import { expect, waitUntil } from '@open-wc/testing';
import '../../src/photo-gallery.js';
import type { GovPhotoGallery } from '../../src/photo-gallery.js';
import { photoHash } from '../../src/core/photo-feed.js';
import { controlPhoto, photoFeed } from './hostile-documents.js';
import { expectHarmless, mountAll, problemsOf, useHostileHarness } from './hostile.js';

describe('hostile data: every XSS vector in every field of <gov-photo-gallery>', function () {
  this.timeout(60_000);
  const harness = useHostileHarness();

  it('grid, every photo in the lightbox, and a deep link naming the hostile photo', async () => {
    const galleries = (await mountAll(
      harness,
      harness.vectors.map(({ vector }, index) => ({
        attributes: { id: `hostile-${index}`, 'deep-link': '' },
        inline: { type: 'application/feed+json', text: JSON.stringify(photoFeed(vector)) },
      })),
      'gov-photo-gallery',
    )) as GovPhotoGallery[];
    const found: string[] = [];
    for (const [index, gallery] of galleries.entries()) {
      const { id, vector } = harness.vectors[index]!;
      const root = gallery.shadowRoot!;
      const photos = root.querySelectorAll('[part="thumbnail"]').length;
      expect([...root.querySelectorAll('img')].map((image) => image.alt)).to.include('An ordinary photo');
      // The lightbox (and its <dialog>) loads on demand: look it up each time.
      const isOpen = () => !!root.querySelector('dialog')?.open;
      // A link somebody sends, naming the photo whose id is the vector (kept when its image URL is allowed).
      // Replacing the entry: the test page's history is shared with later test files, and it holds 50 entries at most.
      location.replace(`${location.pathname}${location.search}${photoHash(gallery.id, vector)}`);
      if (photos === 3) {
        await waitUntil(isOpen, `${id}: the deep link did not open`);
        gallery.close();
        // Closed, a photo opened by the URL takes its name out of the URL.
        await waitUntil(() => !location.hash, `${id}: the URL still names the photo`);
      } else history.replaceState(null, '', location.pathname + location.search);
      // Without deep links from here on: history steps of one gallery would race those of the next.
      gallery.removeAttribute('deep-link');
      for (let photo = 0; photo < photos; photo++) {
        await gallery.showPhoto(photo);
        await gallery.updateComplete;
        found.push(...problemsOf(gallery));
      }
      expect(root.querySelector('[part="caption"]')!.textContent, id).to.contain(controlPhoto);
      gallery.close();
      await waitUntil(() => !isOpen());
    }
    expect(found).to.deep.equal([]);
    await expectHarmless(harness);
  });
});
