import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/photo-gallery.js';
import { elementArgs, inlineData } from './support/directives.js';
import { hostile, longText } from './support/hostile.js';
import { failingOnce, heldRequest } from './support/requests.js';

/** Args are named as the element's attributes (and `--gov-*` tokens), as a webmaster writes them. */
type Args = Record<string, unknown>;

/** The demo pictures (demo/data/photos, served to Storybook at /data/photos). */
const scenes = [
  ['djerdap', 'The Danube in the Đerdap gorge', 'Дунав у Ђердапској клисури', 1600, 1067],
  ['golubac', 'Golubac Fortress', 'Голубачка тврђава', 1600, 900],
  ['studenica', 'Studenica Monastery', 'Манастир Студеница', 1067, 1600],
  ['belgrade-confluence', 'Belgrade at dusk', 'Београд у сумрак', 1600, 900],
  ['tara', 'Forests of Mount Tara', 'Шуме планине Таре', 1600, 1067],
  ['uvac', 'Meanders of the Uvac', 'Меандри Увца', 1600, 1067],
  ['zlatibor', 'Zlatibor hills', 'Златиборски брегови', 1600, 900],
  ['petrovaradin', 'Petrovaradin Fortress', 'Петроварадинска тврђава', 1600, 1067],
  ['drvengrad', 'Drvengrad at Mokra Gora', 'Дрвенград на Мокрој Гори', 1600, 1067],
  ['sunflowers', 'Sunflower fields of Vojvodina', 'Сунцокрети Војводине', 1600, 900],
  ['kalemegdan', 'The Victor on Kalemegdan', 'Победник на Калемегдану', 1067, 1600],
  ['sargan', 'The Šargan Eight railway', 'Шарганска осмица', 1600, 1067],
] as const;

type Language = 'en' | 'sr-Cyrl';

/** A photo item of a demo picture; `number` makes ids and captions unique when pictures repeat. */
function item(index: number, language: Language, number = index + 1) {
  const [slug, english, serbian, width, height] = scenes[index % scenes.length];
  const caption = language === 'en' ? english : serbian;
  return {
    id: `story-photo-${number}`,
    image: `/data/photos/${slug}.jpg`,
    title: number > scenes.length ? `${caption} (${number})` : caption,
    _gov: {
      alt: language === 'en' ? `Illustration: ${english.toLowerCase()}.` : `Илустрација: ${serbian.toLowerCase()}.`,
      width,
      height,
      thumbnail: `/data/photos/${slug}-thumb.jpg`,
      srcset: `/data/photos/${slug}-640.jpg 640w, /data/photos/${slug}.jpg ${width}w`,
    },
  };
}

function feed(items: object[], language: Language = 'en', extra: object = {}) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: language === 'en' ? 'Photographic presentation of Serbia' : 'Фотографска презентација Србије',
    language,
    authors: [{ name: language === 'en' ? 'Dragoljub Zamurović' : 'Драгољуб Замуровић' }],
    items,
    ...extra,
  };
}

/** The gallery with the story's args as its attributes, and its feed inline when `data` is given. */
const gallery = (args: Args, data?: object) =>
  html`<gov-photo-gallery ${elementArgs(args)}
    >${data ? inlineData('application/feed+json', data) : nothing}</gov-photo-gallery
  >`;

/** The seed's presentation (demo/data, served to Storybook at /data): English, or Serbian Cyrillic. */
const seedPhotos = (locale: string | undefined) =>
  locale === 'en' ? '/data/photos.json' : '/data/photos.sr-Cyrl.json';

const meta: Meta<Args> = {
  title: 'Widgets/Photo gallery',
  component: 'gov-photo-gallery',
  args: { columns: 4 },
  argTypes: { columns: { control: { type: 'number', min: 1, max: 8 } } },
  render: (args, { globals }) => gallery({ ...args, src: args.src ?? seedPhotos(globals.locale) }),
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Loaded: the seed's photographic presentation (the English feed on an English page, the Cyrillic
 * one on a Serbian page; the Script toolbar shows its captions in Latin). Click or press Enter on a
 * photo; in the lightbox use ← → Home End, the buttons, a swipe, double click or pinch to zoom,
 * Escape to close (`gov-photo-open` and `gov-photo-close` in Actions).
 */
export const Loaded: Story = {};

/** Loading: the placeholder grid while the feed is on its way (here it never arrives). */
export const Loading: Story = {
  tags: ['state-loading'],
  ...heldRequest(gallery, 'photos.json'),
};

/** Empty: a feed without photos. */
export const Empty: Story = {
  render: (args) => gallery(args, feed([])),
};

/**
 * Error with retry: the server cannot be reached the first time (fired as `gov-error`, see Actions);
 * "Try again" then loads the photos.
 */
export const ErrorState: Story = {
  name: 'Error',
  render: failingOnce(gallery, seedPhotos),
};

/**
 * Long and hostile content: captions and alt texts with markup (shown as text), a caption wider
 * than the grid, a long description, a right-to-left override, script URLs as image and thumbnail
 * (that photo is dropped), and a panorama far wider than tall.
 */
export const LongAndHostileContent: Story = {
  args: { columns: 3 },
  render: (args) =>
    gallery(
      args,
      feed(
        [
          { ...item(0, 'en'), title: hostile.markup, _gov: { ...item(0, 'en')._gov, alt: hostile.markup } },
          { ...item(1, 'en'), title: hostile.longWord, content_text: longText(6) },
          { ...item(2, 'en'), title: hostile.unicode, authors: [{ name: hostile.markup }] },
          { ...item(3, 'en'), image: hostile.scriptUrl, _gov: { thumbnail: hostile.scriptUrl, alt: 'Never shown' } },
          { ...item(4, 'en'), _gov: { ...item(4, 'en')._gov, width: 12000, height: 300 } },
        ],
        'en',
        { title: `${hostile.markup} ${hostile.longWord}` },
      ),
    ),
};

/** Three photos, in up to three columns. */
export const FewPhotos: Story = {
  args: { columns: 3 },
  render: (args) => gallery(args, feed([0, 2, 5].map((index) => item(index, 'en')))),
};

/** 240 photos: only the thumbnails near the viewport load; the rest wait until scrolled to. */
export const ManyPhotos: Story = {
  args: { columns: 6 },
  render: (args) => gallery(args, feed(Array.from({ length: 240 }, (_, index) => item(index, 'en')))),
};

/** A first page inline, and the English feed as its next page behind "Show more". */
export const ShowMore: Story = {
  render: (args) =>
    gallery(
      args,
      feed(
        [0, 1, 2, 3].map((index) => item(index, 'en', 100 + index)),
        'en',
        { next_url: '/data/photos.json' },
      ),
    ),
};

/** Photos without `_gov.alt`: the caption stands in (with one console warning), and "Photo N" when there is none. */
export const MissingAlt: Story = {
  render: (args) => {
    const items = [0, 1, 2].map((index) => ({
      ...item(index, 'en'),
      _gov: { ...item(index, 'en')._gov, alt: undefined },
    }));
    return gallery(args, feed([...items, { ...items[0], id: 'no-caption', title: undefined }]));
  },
};

/** A photo whose file is missing: its thumbnail shows the alt text, the lightbox a placeholder with it, and the arrows still work. */
export const BrokenImage: Story = {
  render: (args) => {
    const broken = {
      ...item(1, 'en'),
      image: '/data/photos/missing.jpg',
      _gov: { alt: 'Golubac Fortress above the Danube', thumbnail: '/data/photos/missing-thumb.jpg' },
    };
    return gallery(args, feed([item(0, 'en'), broken, item(2, 'en')]));
  },
};

/** `deep-link`: the open photo is in the URL hash, and Back closes the lightbox. */
export const DeepLink: Story = {
  args: { src: '/data/photos.json', 'deep-link': true },
};
