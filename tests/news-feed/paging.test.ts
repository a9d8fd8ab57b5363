import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GovErrorEvent } from '../../src/events.js';
import type { GovNewsFeed } from '../../src/news-feed.js';
import {
  all,
  clean,
  fixtures,
  load,
  moreButton,
  one,
  resetPage,
  respond,
  setPage,
  status,
  titles,
  warningsDuring,
  muteWarnings,
} from './support.js';

/** Requests for fixture pages made since `since`, by file name. */
function pageRequests(since: number): string[] {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since && entry.name.includes('/tests/fixtures/news-feed/'))
    .map((entry) => entry.name.split('/').pop()!);
}

/** Presses "Show more" and waits for the new items and their announcement. */
async function press(el: GovNewsFeed): Promise<void> {
  const before = titles(el).length;
  // The element empties the status before each announcement; an earlier one may still be there.
  let cleared = status(el) === '';
  const region = el.shadowRoot!.querySelector('[role="status"]')!;
  const watch = new MutationObserver(() => (cleared ||= status(el) === ''));
  watch.observe(region, { subtree: true, childList: true, characterData: true });
  moreButton(el)!.click();
  await waitUntil(() => titles(el).length > before, 'no new items shown', { timeout: 4000 });
  await waitUntil(() => cleared && status(el) !== '', 'no announcement');
  watch.disconnect();
  await el.updateComplete;
}

describe('<gov-news-feed>: "Show more" and next pages', () => {
  muteWarnings();
  afterEach(async () => {
    await resetPage();
  });

  it('reveals `limit` more items at a time, fetching the two next_url pages when needed, then the button goes', async () => {
    const start = performance.now();
    const el = await load(html`<gov-news-feed src=${fixtures + 'paged-1.json'} limit="3"></gov-news-feed>`);
    expect(titles(el)).to.deep.equal(['Story 1', 'Story 2', 'Story 3']);
    expect(pageRequests(start)).to.deep.equal(['paged-1.json']);
    expect(moreButton(el)!.textContent!.trim()).to.equal('Show more news');
    await expect(el).to.be.accessible();

    await press(el);
    expect(titles(el)).to.have.length(6);
    expect(titles(el).slice(3)).to.deep.equal(['Story 4', 'Story 5', 'Story 6']);
    expect(pageRequests(start)).to.deep.equal(['paged-1.json', 'paged-2.json']);
    expect(status(el)).to.equal('3 more news items shown.');
    expect(shadowFocus(el)).to.equal(all(el, '[part="title-link"]')[3]);

    await press(el);
    expect(titles(el)).to.have.length(9);
    expect(pageRequests(start)).to.deep.equal(['paged-1.json', 'paged-2.json', 'paged-3.json']);

    await press(el);
    expect(titles(el)).to.have.length(12);
    expect(titles(el)[11]).to.equal('Story 12');
    expect(moreButton(el)).to.equal(null);
    expect(pageRequests(start)).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('with the default limit, one press brings both next pages and announces 8 items', async () => {
    const el = await load(html`<gov-news-feed src=${fixtures + 'paged-1.json'}></gov-news-feed>`);
    expect(titles(el)).to.have.length(4);
    await press(el);
    expect(titles(el)).to.have.length(12);
    expect(status(el)).to.equal('8 more news items shown.');
    expect(moreButton(el)).to.equal(null);
  });

  it('announces with the Serbian plural forms', async () => {
    await setPage('sr-Cyrl');
    const el = await load(html`<gov-news-feed src=${fixtures + 'paged-1.json'} limit="1"></gov-news-feed>`);
    await press(el);
    expect(status(el)).to.equal('Приказана је још 1 вест.');
    el.limit = 2;
    await el.updateComplete;
    await press(el);
    expect(status(el)).to.equal('Приказане су још 2 вести.');
    el.limit = 5;
    await el.updateComplete;
    expect(moreButton(el)!.textContent!.trim()).to.equal('Прикажи још вести');
    await press(el);
    expect(status(el)).to.equal('Приказано је још 5 вести.');
    await setPage('sr-Latn');
    await press(el);
    expect(status(el)).to.equal('Prikazane su još 3 vesti.');
    expect(moreButton(el)).to.equal(null);
  });

  it('works from the keyboard: Enter on the button, focus on the first new item', async () => {
    const el = await load(html`<gov-news-feed src=${fixtures + 'paged-1.json'} limit="2"></gov-news-feed>`);
    moreButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => titles(el).length === 4);
    await el.updateComplete;
    expect(shadowFocus(el)).to.equal(all(el, '[part="title-link"]')[2]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(shadowFocus(el)).to.equal(all(el, '[part="title-link"]')[1]);
  });

  it('focuses the article itself when the first new item has no link', async () => {
    const el = await fixture<GovNewsFeed>(
      html`<gov-news-feed limit="1">
        <script type="application/feed+json">
          {
            "version": "https://jsonfeed.org/version/1.1",
            "items": [
              { "id": "1", "title": "Linked", "url": "https://example.org/1", "content_text": "a" },
              { "id": "2", "title": "Not linked", "content_text": "b" }
            ]
          }
        </script>
      </gov-news-feed>`,
    );
    await press(el);
    const second = all(el, 'article')[1]!;
    expect(shadowFocus(el)).to.equal(second);
    expect(second.tabIndex).to.equal(-1);
    expect(moreButton(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('leaves focus alone when the user has gone elsewhere while the page loaded', async () => {
    const page2 = new URL(fixtures + 'paged-2.json', location.href).href;
    const slow = respond({
      delay: 400,
      body: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        next_url: page2,
        items: [{ id: 'slow', title: 'Slow', url: 'https://example.org/slow', content_text: 'x' }],
      }),
    });
    const first = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      next_url: new URL(slow, location.href).href,
      items: [{ id: '1', title: 'First', content_text: 'x' }],
    });
    const el = await fixture<GovNewsFeed>(
      html`<gov-news-feed limit="1"
        ><script type="application/feed+json">
          ${first}
        </script></gov-news-feed
      >`,
    );
    const elsewhere = document.body.appendChild(document.createElement('button'));
    elsewhere.textContent = 'Elsewhere';
    try {
      moreButton(el)!.focus();
      moreButton(el)!.click();
      elsewhere.focus();
      await waitUntil(() => titles(el).length === 2, 'the slow page did not arrive', { timeout: 4000 });
      await el.updateComplete;
      await aTimeout(20);
      expect(document.activeElement).to.equal(elsewhere);
      expect(status(el)).to.equal('1 more news item shown.');
    } finally {
      elsewhere.remove();
    }
  });

  it('keeps focus in the list and says so when a next page brings nothing new', async () => {
    const el = await load(html`<gov-news-feed src=${fixtures + 'dupes-1.json'}></gov-news-feed>`);
    moreButton(el)!.focus();
    moreButton(el)!.click();
    await waitUntil(() => moreButton(el) === null, 'the button stayed');
    await el.updateComplete;
    await aTimeout(20);
    expect(titles(el)).to.deep.equal(['D1']);
    expect(shadowFocus(el)).to.equal(one(el, '[part="title-link"]'));
    // Every press gets an answer, as in the gallery: nothing new is said too.
    expect(status(el)).to.equal('0 more news items shown.');
  });

  it('stops when a next_url comes round again, and drops items it has already shown', async () => {
    const el = await load(html`<gov-news-feed src=${fixtures + 'loop-a.json'}></gov-news-feed>`);
    await press(el);
    expect(titles(el)).to.deep.equal(['A1', 'B1']);
    expect(moreButton(el)).to.equal(null);
  });

  it('offers no next page that is the feed itself or outside the URL policy', async () => {
    const self = await load(html`<gov-news-feed src=${fixtures + 'self-next.json'}></gov-news-feed>`);
    expect(moreButton(self)).to.equal(null);
    const hostile = await load(html`<gov-news-feed src=${fixtures + 'hostile.json'}></gov-news-feed>`);
    expect(moreButton(hostile)).to.equal(null);
  });

  it('follows RSS paging (atom:link rel="next")', async () => {
    const el = await load(html`<gov-news-feed src=${fixtures + 'wordpress.rss'}></gov-news-feed>`);
    await press(el);
    expect(titles(el)).to.deep.equal(['Seminar on defence reform', 'Guid is the permalink', 'An older story']);
    expect(clean(all(el, 'time')[2]!.textContent)).to.equal('1 September 2016');
  });

  it('looks further than one page for items with the chosen tag', async () => {
    // Page 1 has one "Defence" story (3), page 2 two (6, 9... 6 only), page 3 two (9, 12).
    const el = await load(
      html`<gov-news-feed src=${fixtures + 'paged-1.json'} tag="defence" limit="1"></gov-news-feed>`,
    );
    expect(titles(el)).to.deep.equal(['Story 3']);
    await press(el);
    expect(titles(el)).to.deep.equal(['Story 3', 'Story 6']);
    el.limit = 5;
    await el.updateComplete;
    await press(el);
    expect(titles(el)).to.deep.equal(['Story 3', 'Story 6', 'Story 9', 'Story 12']);
    expect(moreButton(el)).to.equal(null);
  });

  it('keeps everything shown when a next page fails, explains it with a retry that resumes paging', async () => {
    const page2 = new URL(fixtures + 'paged-2.json', location.href).href;
    const slowPage2 = new URL(
      respond({
        delay: 1600,
        body: JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          next_url: page2,
          items: [{ id: 'slow', title: 'Slow page', content_text: 'x' }],
        }),
      }),
      location.href,
    ).href;
    const first = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'First',
      next_url: slowPage2,
      items: [{ id: 'first', title: 'First page', content_text: 'x' }],
    });
    const el = await fixture<GovNewsFeed>(
      html`<gov-news-feed timeout="1000"
        ><script type="application/feed+json">
          ${first}
        </script></gov-news-feed
      >`,
    );
    const failed = oneEvent(el, 'gov-error');
    moreButton(el)!.focus();
    moreButton(el)!.click();
    const event = (await failed) as GovErrorEvent;
    await el.updateComplete;
    expect(event.detail.reason).to.equal('timeout');
    expect(titles(el)).to.deep.equal(['First page']);
    const alert = one(el, '[role="alert"]')!;
    expect(clean(alert.textContent)).to.contain('took too long');
    // The message stands where the user asked for more, after the list, not above it.
    expect(alert.compareDocumentPosition(one(el, '[part="list"]')!) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);
    expect(all(el, '[role="alert"]')).to.have.length(1);
    expect(moreButton(el)).to.exist;
    expect(el.matches(':state(error)')).to.equal(true);
    await expect(el).to.be.accessible();

    el.timeout = 5000;
    const retry = one(el, '[part="retry-button"]') as HTMLButtonElement;
    retry.focus();
    retry.click();
    // One press brings up to `limit` (10) more: the slow page, then paged-2 and paged-3.
    await waitUntil(() => titles(el).length === 10, 'retry did not resume paging', { timeout: 4000 });
    await el.updateComplete;
    expect(titles(el).slice(0, 4)).to.deep.equal(['First page', 'Slow page', 'Story 5', 'Story 6']);
    expect(one(el, '[role="alert"]')).to.equal(null);
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(shadowFocus(el)).to.equal(all(el, 'article')[1]);
  });

  it('ignores presses while a page is loading', async () => {
    const start = performance.now();
    const el = await load(html`<gov-news-feed src=${fixtures + 'paged-1.json'} limit="4"></gov-news-feed>`);
    moreButton(el)!.click();
    await el.updateComplete;
    expect(moreButton(el)!.getAttribute('aria-disabled')).to.equal('true');
    moreButton(el)!.click();
    moreButton(el)!.click();
    await waitUntil(() => titles(el).length === 8);
    await aTimeout(50);
    expect(titles(el)).to.have.length(8);
    expect(pageRequests(start)).to.deep.equal(['paged-1.json', 'paged-2.json']);
  });

  it('starts over from the first page when src changes, abandoning a page on its way', async () => {
    const el = await load(html`<gov-news-feed src=${fixtures + 'paged-1.json'} limit="4"></gov-news-feed>`);
    await press(el);
    expect(titles(el)).to.have.length(8);
    el.src = fixtures + 'loop-a.json';
    await oneEvent(el, 'gov-load');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['A1']);
    expect(status(el)).to.equal('');
    expect(moreButton(el)).to.exist;
  });

  it('warns once about the skipped items of a next page too', async () => {
    const el = await load(html`<gov-news-feed src=${fixtures + 'problems-1.json'}></gov-news-feed>`);
    const warnings = await warningsDuring(() => press(el));
    expect(titles(el)).to.deep.equal(['P1', 'P2']);
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.contain('<gov-news-feed>')
      .and.contain('problems-2.json')
      .and.contain('has no id')
      .and.contain('repeats the id');
  });
});

function shadowFocus(el: GovNewsFeed): Element | null {
  return el.shadowRoot!.activeElement;
}
