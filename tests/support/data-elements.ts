/**
 * The elements that show a document, each with a good document, a newer one, and how to read what it
 * shows: the subjects of the data-element contract and of the network-fault tests.
 */
import type { GovLoadDetail } from '../../src/events.js';
import { jsonFeed } from './kit.js';

export interface DataElementSubject {
  tag: string;
  /** The `type` of its inline `<script>` data. */
  inlineType: string;
  good: string;
  newer: string;
  /** What a person reads of the document shown: titles, photo descriptions, office names. */
  shown(element: Element): string[];
  goodShown: readonly string[];
  newerShown: readonly string[];
  /** The `gov-load` detail of `good`. */
  goodDetail: GovLoadDetail;
  /** A web page at `src` is followed to its feed (autodiscovery): one without a feed link says so. */
  readsFeeds?: true;
}

const texts = (element: Element, selector: string) =>
  [...element.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent!.trim());

/** The three widgets of the suite that load data. */
export const widgets = [
  {
    tag: 'gov-news-feed',
    inlineType: 'application/feed+json',
    good: jsonFeed('News', [{ id: '1', title: 'Good news item', content_text: 'A story.' }]),
    newer: jsonFeed('News', [{ id: '2', title: 'Newer news item', content_text: 'A story.' }]),
    shown: (element: Element) => texts(element, '[part="title"]'),
    goodShown: ['Good news item'],
    newerShown: ['Newer news item'],
    goodDetail: { count: 1, title: 'News' },
    readsFeeds: true,
  },
  {
    tag: 'gov-photo-gallery',
    inlineType: 'application/feed+json',
    good: jsonFeed('Photos', [
      { id: '1', image: '/demo/data/photos/tara-thumb.jpg', title: 'Tara', _gov: { alt: 'Forests of Tara' } },
    ]),
    newer: jsonFeed('Photos', [
      { id: '2', image: '/demo/data/photos/uvac-thumb.jpg', title: 'Uvac', _gov: { alt: 'Meanders of the Uvac' } },
    ]),
    shown: (element: Element) =>
      [...element.shadowRoot!.querySelectorAll<HTMLImageElement>('[part="thumbnail-image"]')].map((image) => image.alt),
    goodShown: ['Forests of Tara'],
    newerShown: ['Meanders of the Uvac'],
    goodDetail: { count: 1, title: 'Photos' },
    readsFeeds: true,
  },
  {
    tag: 'gov-contact-card',
    inlineType: 'application/ld+json',
    good: JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOffice',
      name: 'Good office',
      telephone: '+381 11 306 8000',
    }),
    newer: JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOffice',
      name: 'Newer office',
      telephone: '+381 11 306 8000',
    }),
    shown: (element: Element) => texts(element, '[part="name"]'),
    goodShown: ['Good office'],
    newerShown: ['Newer office'],
    goodDetail: { count: 1, title: 'Good office' },
  },
] as const satisfies readonly DataElementSubject[];

/** The minimal element on the shared base (test-data-element.ts), to check the base apart from any widget. */
export const testDataElement: DataElementSubject = {
  tag: 'test-data-element',
  inlineType: 'application/feed+json',
  good: JSON.stringify({ title: 'Test', items: ['good'] }),
  newer: JSON.stringify({ title: 'Test', items: ['newer'] }),
  shown: (element) => texts(element, 'li'),
  goodShown: ['good'],
  newerShown: ['newer'],
  goodDetail: { count: 1, title: 'Test' },
};
