// The photo gallery's pure model: from a JSON Feed of photos to photos, the URL hash of a photo,
// and the pan bounds of a zoomed photo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { importTs } from '../../scripts/lib/import-ts.mjs';

const { readPhotoFeed, photoHash, photoIdFromHash, clampPan } = await importTs('src/core/photo-feed.ts');

/** The gallery's model of a JSON Feed of photos, as `src` or inline data would hold it. */
const photoFeed = (items, extra = {}) =>
  readPhotoFeed(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Photographic presentation of Serbia',
      language: 'en',
      authors: [{ name: 'Dragoljub Zamurović' }],
      items: items.map((item) => ({ authors: [{ name: 'Dragoljub Zamurović' }], ...item })),
      ...extra,
    },
    'https://gov.rs/p/photos.json',
  );

/** What the gallery reads of a photo (text and credits are getters, read when first shown). */
const fieldsOf = (photo) =>
  Object.fromEntries(
    ['id', 'image', 'thumbnail', 'srcset', 'width', 'height', 'alt', 'caption', 'description', 'credit', 'lang']
      .map((name) => [name, photo[name]])
      .filter(([, value]) => value !== undefined),
  );

test('a photo item becomes a photo with its alt, size, thumbnail, srcset, caption, description and credit', () => {
  const model = photoFeed([
    {
      id: 'djerdap',
      image: 'https://gov.rs/p/djerdap.jpg',
      title: 'The Danube in the Đerdap gorge',
      content_text: 'Cliffs.',
      language: 'en-GB',
      _gov: {
        alt: 'A river between cliffs',
        width: 1600,
        height: 1067,
        thumbnail: 'https://gov.rs/p/t.jpg',
        srcset: 'https://gov.rs/p/640.jpg 640w',
      },
    },
  ]);
  assert.deepEqual(model.photos.map(fieldsOf), [
    {
      id: 'djerdap',
      image: 'https://gov.rs/p/djerdap.jpg',
      thumbnail: 'https://gov.rs/p/t.jpg',
      srcset: 'https://gov.rs/p/640.jpg 640w',
      width: 1600,
      height: 1067,
      alt: 'A river between cliffs',
      caption: 'The Danube in the Đerdap gorge',
      description: 'Cliffs.',
      credit: 'Dragoljub Zamurović',
      lang: 'en-GB',
    },
  ]);
  assert.equal(model.title, 'Photographic presentation of Serbia');
  assert.equal(model.credit, 'Dragoljub Zamurović');
  assert.deepEqual(model.problems, []);
});

test('without a thumbnail the full image stands in; a lone width or height is dropped', () => {
  const [photo] = photoFeed([
    { id: 'a', image: 'https://gov.rs/a.jpg', title: 'A', _gov: { alt: 'x', width: 800 } },
  ]).photos;
  assert.equal(photo.thumbnail, 'https://gov.rs/a.jpg');
  assert.equal(photo.width, undefined);
  assert.equal(photo.height, undefined);
});

test('missing alt text falls back to the title; items without an image are skipped; both are reported once', () => {
  const model = photoFeed([
    { id: 'no-alt', image: 'https://gov.rs/a.jpg', title: 'Golubac' },
    { id: 'empty-alt', image: 'https://gov.rs/b.jpg', title: 'Tara', _gov: { alt: '' } },
    { id: 'nothing', image: 'https://gov.rs/c.jpg' },
    { id: 'no-image', title: 'Text only' },
    { image: 'https://gov.rs/d.jpg', title: 'Without an id' },
  ]);
  assert.deepEqual(
    model.photos.map((photo) => [photo.id, photo.alt]),
    [
      ['no-alt', 'Golubac'],
      ['empty-alt', 'Tara'],
      ['nothing', ''],
    ],
  );
  assert.deepEqual(model.problems, [
    'item 5 has no id',
    'items without an image are skipped: "no-image"',
    'photos without _gov.alt show their title as alt text: "no-alt", "empty-alt", "nothing"',
  ]);
});

test('the gallery credit is the feed authors, else the one credit every photo shares, else none', () => {
  const item = (id, name) => ({ id, image: `https://gov.rs/${id}.jpg`, authors: [{ name }] });
  assert.equal(photoFeed([item('a', 'Ana')], { authors: [{ name: 'A' }, { name: 'B' }] }).credit, 'A, B');
  assert.equal(photoFeed([item('a', 'Ana'), item('b', 'Ana')], { authors: [] }).credit, 'Ana');
  assert.equal(photoFeed([item('a', 'Ana'), item('b', 'Bojan')], { authors: [] }).credit, undefined);
  assert.equal(photoFeed([], { authors: [{ url: 'https://gov.rs' }] }).credit, undefined);
});

test('the photo hash names gallery and photo, and reads back what it wrote', () => {
  assert.equal(photoHash('gallery', 'photo-djerdap'), '#gallery-photo-photo-djerdap');
  assert.equal(photoIdFromHash('#gallery-photo-photo-djerdap', 'gallery'), 'photo-djerdap');
  assert.equal(photoIdFromHash('#gallery-photo-', 'gallery'), undefined);
  assert.equal(photoIdFromHash('#other-photo-x', 'gallery'), undefined);
  assert.equal(photoIdFromHash('', 'gallery'), undefined);
  assert.equal(photoIdFromHash('#gallery-photo-%E0%A4%A', 'gallery'), undefined, 'a broken escape is no photo');
  // As a browser shows a hand-typed URL: non-ASCII percent-encoded, the rest as typed.
  assert.equal(
    photoIdFromHash('#%D0%B3%D0%B0%D0%BB%D0%B5%D1%80%D0%B8%D1%98%D0%B0-photo-%D0%A2%D0%B0%D1%80%D0%B0', 'галерија'),
    'Тара',
  );
  fc.assert(
    fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (gallery, id) => {
      assert.equal(photoIdFromHash(photoHash(gallery, id), gallery), id);
    }),
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (id) => {
      assert.equal(typeof photoHash('gallery', id), 'string', 'never throws, not even on a lone surrogate');
    }),
  );
});

test('a zoomed photo pans only as far as it overhangs its viewport', () => {
  assert.equal(clampPan(500, 2000, 1000), 500);
  assert.equal(clampPan(600, 2000, 1000), 500);
  assert.equal(clampPan(-600, 2000, 1000), -500);
  assert.equal(clampPan(80, 800, 1000), 0, 'a photo smaller than its viewport stays centred');
  fc.assert(
    fc.property(
      fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
      fc.double({ min: 0, max: 1e5, noNaN: true }),
      fc.double({ min: 0, max: 1e5, noNaN: true }),
      (offset, content, viewport) => {
        const clamped = clampPan(offset, content, viewport);
        assert.ok(Math.abs(clamped) <= Math.max(0, (content - viewport) / 2) + 1e-9);
      },
    ),
  );
});
