import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/photo-gallery.js';

interface Args {
  src?: string;
  columns: number;
  'deep-link': boolean;
}

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

/** A gallery with its feed inline. Built with the DOM because a Lit template cannot bind inside a <script>. */
function withInlineData(data: object, args: Args): HTMLElement {
  const gallery = document.createElement('gov-photo-gallery');
  gallery.columns = args.columns;
  gallery.deepLink = args['deep-link'];
  const script = document.createElement('script');
  script.type = 'application/feed+json';
  script.textContent = JSON.stringify(data, null, 2);
  gallery.append(script);
  return gallery;
}

const meta: Meta<Args> = {
  title: 'Widgets/Photo gallery',
  component: 'gov-photo-gallery',
  args: { columns: 4, 'deep-link': false },
  argTypes: {
    columns: { control: { type: 'number', min: 1, max: 8 } },
    'deep-link': { control: 'boolean' },
    src: { control: 'text' },
  },
  render: (args) =>
    html`<gov-photo-gallery
      src=${ifDefined(args.src)}
      columns=${args.columns}
      ?deep-link=${args['deep-link']}
    ></gov-photo-gallery>`,
  parameters: {
    docs: {
      description: {
        component:
          'A photo grid with an accessible lightbox, from a JSON Feed of photos. Click or press Enter on a photo; in the lightbox use ← → Home End, the buttons, a swipe, double click or pinch to zoom, Escape to close.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The seed's presentation, as the Serbian Cyrillic page shows it. */
export const SeedPresentationCyrillic: Story = {
  name: 'Seed presentation (Cyrillic)',
  args: { src: '/data/photos.sr-Cyrl.json' },
  globals: { locale: 'sr-Cyrl' },
};

/** The same feed on a Latin page: the Cyrillic captions, alt texts and credit are shown in Latin. */
export const SeedPresentationLatin: Story = {
  name: 'Seed presentation (Latin)',
  args: { src: '/data/photos.sr-Cyrl.json' },
  globals: { locale: 'sr-Latn' },
};

/** The English feed of the English page. */
export const SeedPresentationEnglish: Story = {
  name: 'Seed presentation (English)',
  args: { src: '/data/photos.json' },
  globals: { locale: 'en' },
};

/** Three photos, in up to three columns. */
export const FewPhotos: Story = {
  args: { columns: 3 },
  render: (args) => withInlineData(feed([0, 2, 5].map((index) => item(index, 'en'))), args),
};

/** 240 photos: only the thumbnails near the viewport load; the rest wait until scrolled to. */
export const ManyPhotos: Story = {
  args: { columns: 6 },
  render: (args) => withInlineData(feed(Array.from({ length: 240 }, (_, index) => item(index, 'en'))), args),
};

/** A first page inline, and the English feed as its next page behind "Show more". */
export const ShowMore: Story = {
  render: (args) =>
    withInlineData(
      feed(
        [0, 1, 2, 3].map((index) => item(index, 'en', 100 + index)),
        'en',
        { next_url: '/data/photos.json' },
      ),
      args,
    ),
};

/** Photos without `_gov.alt`: the caption stands in (with one console warning), and "Photo N" when there is none. */
export const MissingAlt: Story = {
  render: (args) => {
    const items = [0, 1, 2].map((index) => ({
      ...item(index, 'en'),
      _gov: { ...item(index, 'en')._gov, alt: undefined },
    }));
    return withInlineData(feed([...items, { ...items[0], id: 'no-caption', title: undefined }]), args);
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
    return withInlineData(feed([item(0, 'en'), broken, item(2, 'en')]), args);
  },
};

/** `deep-link`: the open photo is in the URL hash, and Back closes the lightbox. */
export const DeepLink: Story = {
  args: { src: '/data/photos.json', 'deep-link': true },
};
