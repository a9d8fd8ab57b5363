import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { GovErrorDetail, GovLoadDetail } from '../../src/events.js';
import { withInlineData } from '../support/shown-text.js';

/**
 * Documents whose size or shape multiplies the work of showing them (issue 22, items 1 to 3). What
 * is asserted is the work itself (documents parsed, characters serialized, nodes drawn), not time,
 * so that a busy machine cannot make these tests pass or fail.
 */

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** Mounts `tag` with `data` inline and resolves with the element and how it ended. */
async function show(tag: string, type: string, data: unknown, attributes: Record<string, string> = {}) {
  const element = withInlineData(tag, type, data) as Updating;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const outcome = Promise.race<{ loaded?: GovLoadDetail; error?: GovErrorDetail }>([
    oneEvent(element, 'gov-load').then((event) => ({ loaded: (event as CustomEvent<GovLoadDetail>).detail })),
    oneEvent(element, 'gov-error').then((event) => ({ error: (event as CustomEvent<GovErrorDetail>).detail })),
  ]);
  await fixture(html`<div>${element}</div>`);
  const result = await outcome;
  await element.updateComplete;
  return { element, ...result };
}

/** Counts calls of `object[name]` (and the characters they return) while `run` runs. */
async function counting<T>(object: object, name: string, run: () => Promise<T>) {
  const target = object as Record<string, (...args: unknown[]) => unknown>;
  const original = target[name]!;
  const count = { calls: 0, characters: 0 };
  target[name] = function (this: unknown, ...args: unknown[]) {
    count.calls++;
    const result = original.apply(this, args);
    if (typeof result === 'string') count.characters += result.length;
    return result;
  };
  try {
    return { result: await run(), ...count };
  } finally {
    target[name] = original;
  }
}

/** Collects console warnings while `run` runs, without printing them. */
async function warnings<T>(run: () => Promise<T>): Promise<{ result: T; warned: string[] }> {
  const warn = console.warn;
  const warned: string[] = [];
  console.warn = (...args: unknown[]) => warned.push(args.map(String).join(' '));
  try {
    return { result: await run(), warned };
  } finally {
    console.warn = warn;
  }
}

const office = (extra: Record<string, unknown>) => ({
  '@context': 'https://schema.org',
  '@type': 'GovernmentOffice',
  name: 'Office',
  ...extra,
});

describe('hostile sizes', function () {
  this.timeout(30_000);

  describe('JSON-LD references (item 1)', () => {
    /** The red team's document: a telephone of thousands of references to one large node (about 440 kB). */
    const referencesToALargeNode = () => ({
      '@context': 'https://schema.org',
      '@graph': [
        office({ '@id': '#office', telephone: Array.from({ length: 12_000 }, () => ({ '@id': '#big' })) }),
        {
          '@id': '#big',
          '@type': 'ContactPoint',
          name: 'Big',
          description: 'x'.repeat(120_000),
          keywords: Array.from({ length: 8_000 }, (_, index) => `keyword ${index}`),
        },
      ],
    });

    it('the red team’s 440 kB document is refused at once, with a clear message and a short warning', async () => {
      const data = referencesToALargeNode();
      expect(JSON.stringify(data).length).to.be.within(400_000, 480_000);
      const { result, warned } = await warnings(() =>
        counting(JSON, 'stringify', () => show('gov-contact-card', 'application/ld+json', data)),
      );
      // Serializing the node once per reference was 12,000 × 200 kB.
      expect(result.characters, 'characters serialized').to.be.below(500_000 + 100_000);
      expect(result.result.error?.reason).to.equal('too-large');
      expect(result.result.error?.message).to.equal('The content is too large to be shown here.');
      expect(warned.join('').length, 'the warning').to.be.below(2_000);
    });

    it('references that multiply (a thousand contact points, each a node with a thousand phone references) are refused', async () => {
      const data = {
        '@context': 'https://schema.org',
        '@graph': [
          office({ contactPoint: Array.from({ length: 1_000 }, () => ({ '@id': '#point' })) }),
          {
            '@id': '#point',
            '@type': 'ContactPoint',
            contactType: 'press',
            telephone: Array.from({ length: 1_000 }, () => ({ '@id': '#phone' })),
          },
          { '@id': '#phone', '@value': '+381 11 306 8000', note: 'a node' },
        ],
      };
      const { result } = await warnings(() => show('gov-contact-card', 'application/ld+json', data));
      expect(result.error?.reason).to.equal('too-large');
    });

    it('many skipped values of one large node are named in a short warning, and the card is shown', async () => {
      const data = {
        '@context': 'https://schema.org',
        '@graph': [
          office({
            '@id': '#office',
            telephone: ['+381 11 306 8000', ...Array.from({ length: 500 }, () => ({ '@id': '#big' }))],
          }),
          { '@id': '#big', '@type': 'Thing', name: 'n'.repeat(50_000), text: 'y'.repeat(100_000) },
        ],
      };
      const { result, warned } = await warnings(() =>
        counting(JSON, 'stringify', () => show('gov-contact-card', 'application/ld+json', data)),
      );
      expect(result.result.loaded?.count).to.equal(1);
      expect(result.characters, 'characters serialized').to.be.below(JSON.stringify(data).length + 50_000);
      expect(warned).to.have.length(1);
      expect(warned[0]!.length).to.be.below(3_000);
      expect(warned[0]).to.contain('480 more');
    });

    it('a large real document (200 offices with references to shared nodes) is within the budgets', async () => {
      const data = {
        '@context': 'https://schema.org',
        '@graph': [
          { '@id': '#ministry', '@type': 'GovernmentOrganization', name: 'Ministry', url: 'https://www.mfa.gov.rs/' },
          ...Array.from({ length: 200 }, (_, index) =>
            office({
              name: `Embassy ${index}`,
              parentOrganization: { '@id': '#ministry' },
              address: {
                '@type': 'PostalAddress',
                streetAddress: `Street ${index}`,
                addressLocality: 'City',
                addressCountry: 'BE',
              },
              telephone: ['+32 2 707 79 81', '+32 2 707 79 82'],
              email: `embassy${index}@mfa.rs`,
              openingHoursSpecification: { '@id': '#hours' },
              contactPoint: [{ '@id': '#consular' }],
            }),
          ),
          {
            '@id': '#hours',
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: ['Monday', 'Friday'],
            opens: '09:00',
            closes: '17:00',
          },
          { '@id': '#consular', '@type': 'ContactPoint', contactType: 'consular', telephone: '+381 11 306 8000' },
        ],
      };
      const { result } = await warnings(() => show('gov-contact-card', 'application/ld+json', data));
      expect(result.loaded?.count).to.equal(201);
    });
  });

  describe('entity-heavy feeds (item 2)', () => {
    /** The red team's feed, smaller: items with a hundred tags like "&a", and entities in what is shown. */
    const entityFeed = (count: number, tag = (_item: number, index: number) => (index % 10 ? '&a' : `&a${index}`)) => ({
      version: 'https://jsonfeed.org/version/1.1',
      items: Array.from({ length: count }, (_, item) => ({
        id: String(item),
        title: `Q&amp;A &ndash; &laquo;${item}&raquo; &scaron;&zzz;`,
        summary: `R&amp;D &#8470;${item} &lt;b&gt;`,
        tags: Array.from({ length: 100 }, (_, index) => tag(item, index)),
      })),
    });
    const titles = (element: Element) =>
      [...element.shadowRoot!.querySelectorAll('[part="title"]')].map((title) => title.textContent!.trim());

    it('shows the first screen of 60,000 tags with entities parsing a handful of documents, not one per field', async () => {
      const { result, calls } = await counting(DOMParser.prototype, 'parseFromString', () =>
        show('gov-news-feed', 'application/feed+json', entityFeed(600)),
      );
      expect(result.loaded?.count).to.equal(600);
      expect(calls, 'documents parsed').to.be.at.most(8);
      expect(titles(result.element).slice(0, 2)).to.deep.equal(['Q&A – «0» š&zzz;', 'Q&A – «1» š&zzz;']);
      const summary = result.element.shadowRoot!.querySelector('[part="summary"]')!.textContent!;
      expect(summary).to.contain('R&D №0 <b>');
    });

    it('a tag filter over them, even with a made-up name in every tag, parses at most 64 documents', async () => {
      const { result, calls } = await counting(DOMParser.prototype, 'parseFromString', () =>
        show(
          'gov-news-feed',
          'application/feed+json',
          entityFeed(300, (item, index) => (index ? `&x${item}y${index};` : '&a')),
          {
            tag: '&a',
          },
        ),
      );
      expect(result.loaded?.count).to.equal(300);
      expect(calls, 'documents parsed').to.be.at.most(64);
      expect(titles(result.element)).to.have.length(10);
    });
  });

  describe('many items in one page (item 3)', () => {
    const photos = (count: number) => ({
      version: 'https://jsonfeed.org/version/1.1',
      items: Array.from({ length: count }, (_, index) => ({
        id: String(index),
        image: `/demo/data/photos/tara-thumb.jpg?${index}`,
        _gov: { alt: `Photo ${index}` },
      })),
    });

    it('a gallery of 5,000 photos draws the first 24, and "Show more photos" 24 more, announced, focus on the first', async () => {
      const { element, loaded } = await show('gov-photo-gallery', 'application/feed+json', photos(5_000));
      expect(loaded?.count).to.equal(5_000);
      const thumbnails = () => element.shadowRoot!.querySelectorAll('[part="thumbnail"]');
      expect(thumbnails()).to.have.length(24);
      expect(element.shadowRoot!.querySelectorAll('*').length).to.be.below(200);
      element.shadowRoot!.querySelector<HTMLElement>('[part="more-button"]')!.click();
      await waitUntil(() => thumbnails().length === 48, 'no more photos');
      await waitUntil(
        () => element.shadowRoot!.activeElement === thumbnails()[24],
        'focus is not on the first new photo',
      );
      await waitUntil(() =>
        element.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes('24 more photos'),
      );
      // The lightbox goes through every photo of the page, not only those drawn.
      (thumbnails()[47] as HTMLElement).click();
      await waitUntil(() => element.shadowRoot!.querySelector('dialog')?.open, 'the lightbox did not open');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('#counter')!.textContent).to.contain('5000');
      element.shadowRoot!.querySelector('dialog')!.close();
    });

    it('limit sets the batch, and a gallery no larger than it has no "Show more photos"', async () => {
      const { element } = await show('gov-photo-gallery', 'application/feed+json', photos(30), { limit: '30' });
      expect(element.shadowRoot!.querySelectorAll('[part="thumbnail"]')).to.have.length(30);
      expect(element.shadowRoot!.querySelector('[part="more-button"]')).to.equal(null);
    });

    it('a news feed of 100,000 items draws its first screen only', async () => {
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        items: Array.from({ length: 100_000 }, (_, index) => ({ id: String(index), title: `News ${index}` })),
      };
      const { element, loaded } = await show('gov-news-feed', 'application/feed+json', feed);
      expect(loaded?.count).to.equal(100_000);
      expect(element.shadowRoot!.querySelectorAll('article')).to.have.length(10);
      element.shadowRoot!.querySelector<HTMLElement>('[part="more-button"]')!.click();
      await waitUntil(() => element.shadowRoot!.querySelectorAll('article').length === 20, 'no more news');
    });
  });
});
