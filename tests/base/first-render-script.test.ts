import { expect, waitUntil } from '@open-wc/testing';
import { converterLoaded } from '../../src/page/content-script.js';
import '../../src/news-feed.js';
import '../../src/contact-card.js';
import { resetPage, setPage } from '../news-feed/support.js';
import { recordShownText, withInlineData } from '../support/shown-text.js';

// Each test is the first in this page to need its converter (asserted), so it loads while the
// element waits: the race the element must win, not one already decided by an earlier test.

/** Appends `element` and records what it shows until `stop()`, which also removes it. */
function watch(element: HTMLElement): { shown: string[]; stop(): void } {
  document.body.append(element);
  const recording = recordShownText(element);
  return {
    shown: recording.shown,
    stop() {
      recording.stop();
      element.remove();
    },
  };
}

const cyrillicLetters = /[\u0400-\u045F]/;

describe('Serbian content on its first render', () => {
  afterEach(resetPage);

  it('on a Latin page, Cyrillic content is never shown in Cyrillic, not even for a frame', async () => {
    expect(converterLoaded('latn'), 'the Cyrillic → Latin converter is already loaded').to.equal(false);
    await setPage('sr-Latn');
    const feed = watch(
      withInlineData('gov-news-feed', 'application/feed+json', {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Вести',
        language: 'sr-Cyrl',
        items: [
          { id: '1', title: 'Премијер у Бриселу', content_text: 'Састанак у седишту НАТО.', _gov: { place: 'Брисел' } },
        ],
      }),
    );
    const card = watch(
      withInlineData('gov-contact-card', 'application/ld+json', {
        '@context': 'https://schema.org',
        '@type': 'GovernmentOffice',
        name: 'Мисија Републике Србије при НАТО',
        telephone: '+32 2 707 79 81',
      }),
    );
    try {
      await waitUntil(() => feed.shown.at(-1)?.includes('Premijer u Briselu'), 'the title never showed in Latin');
      await waitUntil(
        () => card.shown.at(-1)?.includes('Misija Republike Srbije pri NATO'),
        'the name never showed in Latin',
      );
      expect(feed.shown.filter((text) => cyrillicLetters.test(text))).to.deep.equal([]);
      expect(card.shown.filter((text) => cyrillicLetters.test(text))).to.deep.equal([]);
    } finally {
      feed.stop();
      card.stop();
    }
  });

  it('on a Cyrillic page, content marked sr-Latn is never shown in Latin, not even for a frame', async () => {
    expect(converterLoaded('cyrl'), 'the Latin → Cyrillic converter is already loaded').to.equal(false);
    await setPage('sr-Cyrl');
    const feed = watch(
      withInlineData('gov-news-feed', 'application/feed+json', {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Вести',
        items: [{ id: '1', language: 'sr-Latn', title: 'Vesti iz Beograda', content_text: 'Sastanak u Vladi.' }],
      }),
    );
    try {
      await waitUntil(() => feed.shown.at(-1)?.includes('Вести из Београда'), 'the title never showed in Cyrillic');
      expect(feed.shown.filter((text) => text.includes('Vesti iz Beograda'))).to.deep.equal([]);
    } finally {
      feed.stop();
    }
  });
});
