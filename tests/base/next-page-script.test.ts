import { expect, waitUntil } from '@open-wc/testing';
import { converterLoaded } from '../../src/page/content-script.js';
import '../../src/news-feed.js';
import { moreButton, resetPage, respond, setPage, titles } from '../news-feed/support.js';
import { recordShownText, withInlineData } from '../support/shown-text.js';

// A page of its own for this test, so that the Latin → Cyrillic converter is first needed by the
// next page of the feed (asserted): the element must have it before that page is shown.

const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

describe('Serbian content on a next page', () => {
  afterEach(resetPage);

  it('on a Cyrillic page, items marked sr-Latn on a next_url page are never shown in Latin', async () => {
    expect(converterLoaded('cyrl'), 'the Latin → Cyrillic converter is already loaded').to.equal(false);
    await setPage('sr-Cyrl');
    const nextPage = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Вести',
      items: [{ id: '2', language: 'sr-Latn', title: 'Vesti iz Beograda', content_text: 'Sastanak u Vladi.' }],
    };
    const feed = withInlineData('gov-news-feed', 'application/feed+json', {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Вести',
      // As base64, so that the first page does not name sr-Latn itself (in the URL) and load the converter.
      next_url: new URL(
        respond({ type: 'application/feed+json', base64: base64(JSON.stringify(nextPage)) }),
        location.href,
      ).href,
      items: [{ id: '1', title: 'Премијер у Бриселу', content_text: 'Састанак у седишту НАТО.' }],
    });
    feed.setAttribute('limit', '1');
    document.body.append(feed);
    const recording = recordShownText(feed);
    try {
      await waitUntil(() => moreButton(feed), 'no "Show more" button');
      expect(converterLoaded('cyrl'), 'the converter came before the next page').to.equal(false);
      moreButton(feed)!.click();
      await waitUntil(() => titles(feed).includes('Вести из Београда'), 'the next page never showed in Cyrillic');
      expect(recording.shown.filter((text) => text.includes('Vesti iz Beograda'))).to.deep.equal([]);
    } finally {
      recording.stop();
      feed.remove();
    }
  });
});
