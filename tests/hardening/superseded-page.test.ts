import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { converterLoaded } from '../../src/page/content-script.js';
import type { GovErrorDetail } from '../../src/events.js';
import { jsonFeed, mount, respond, setLanguage, unmountAll } from './network.js';
import { muteWarnings } from '../support/console.js';

/**
 * "Show more" fetches a next page marked sr-Latn on a Cyrillic page: it waits for the Latin →
 * Cyrillic converter, which the test server holds back. A new `src` meanwhile must win: the page of
 * the old feed is never added to it (issue 22, item 6). This file's page has not loaded the converter
 * before (asserted); one test per element would need a page each, so both run side by side.
 */
const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
const holdConverter = (ms: number) => fetch(`/test-api/delay-next?path=to-cyrillic&ms=${ms}`);

const elements = [
  {
    tag: 'gov-news-feed',
    item: (id: string, title: string, extra = {}) => ({ id, title, content_text: 'x', ...extra }),
    shown: (element: Element) =>
      [...element.shadowRoot!.querySelectorAll('[part="title"]')].map((title) => title.textContent!.trim()),
  },
  {
    tag: 'gov-photo-gallery',
    item: (id: string, title: string, extra = {}) => ({
      id,
      image: `/demo/data/photos/tara-thumb.jpg?${id}`,
      _gov: { alt: title },
      ...extra,
    }),
    shown: (element: Element) =>
      [...element.shadowRoot!.querySelectorAll<HTMLImageElement>('[part="thumbnail-image"]')].map((image) => image.alt),
  },
];

describe('a superseded next page never wins', function () {
  this.timeout(20_000);
  muteWarnings();
  afterEach(async () => {
    unmountAll();
    await setLanguage('en');
  });

  it('a next page waiting for the converter is dropped when a new src loads meanwhile', async () => {
    expect(converterLoaded('cyrl'), 'the converter is already loaded').to.equal(false);
    // Held before anything can ask for it: a Serbian page may fetch it while idle, and a loaded machine
    // or a slower engine must still reach the check below before it arrives.
    await holdConverter(4000);
    await setLanguage('sr-Cyrl');
    const mounted = await Promise.all(
      elements.map(async (element) => {
        // As base64, so that the first page does not name sr-Latn itself (in its next_url) and load the converter.
        const next = respond({
          base64: base64(jsonFeed('2', [element.item('2', 'Druga strana', { language: 'sr-Latn' })])),
          type: 'application/feed+json',
        });
        const node = mount(element.tag, {
          limit: '1',
          src: respond({ body: jsonFeed('1', [element.item('1', 'Прва страна')], { next_url: next }) }),
        });
        await oneEvent(node, 'gov-load');
        await (node as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        return { ...element, node };
      }),
    );
    const events: string[] = [];
    for (const { tag, node } of mounted) {
      node.addEventListener('gov-load', () => events.push(`${tag} load`));
      node.addEventListener('gov-error', (event) =>
        events.push(`${tag} error ${(event as CustomEvent<GovErrorDetail>).detail.reason}`),
      );
      node.shadowRoot!.querySelector<HTMLElement>('[part="more-button"]')!.click();
    }
    // The next pages are in and wait for the converter; then a new document replaces each feed.
    await aTimeout(600);
    expect(converterLoaded('cyrl')).to.equal(false);
    for (const { node, item } of mounted)
      node.setAttribute('src', respond({ body: jsonFeed('3', [item('3', 'Нова')]) }));
    await waitUntil(() => events.length === 2, 'the new documents did not load');
    await waitUntil(() => converterLoaded('cyrl'), 'the converter never came', { timeout: 8000 });
    await aTimeout(500);
    for (const { tag, node, shown } of mounted) expect(shown(node), tag).to.deep.equal(['Нова']);
    expect(events.sort()).to.deep.equal(['gov-news-feed load', 'gov-photo-gallery load']);
  });
});
