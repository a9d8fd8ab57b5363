import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { GovErrorEvent, GovLoadEvent } from '../../src/events.js';
import type { GovNewsFeed } from '../../src/news-feed.js';
import { all, clean, create, demo, load, one, resetPage, respond, setPage, titles, muteWarnings } from './support.js';

const emptyFeed = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Empty', items: [] });

describe('<gov-news-feed>: loading, error and empty states', () => {
  muteWarnings();
  afterEach(async () => {
    await resetPage();
  });

  describe('loading', () => {
    for (const locale of ['en', 'sr-Cyrl', 'sr-Latn']) {
      it(`is busy and shows item-shaped placeholders (${locale})`, async () => {
        await setPage(locale);
        const el = await create(html`<gov-news-feed src="/test-api/hang" limit="4"></gov-news-feed>`);
        await el.updateComplete;
        expect(one(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
        expect(el.matches(':state(loading)')).to.equal(true);
        expect(all(el, '[part="loading"] .placeholder')).to.have.length(4);
        const label = { en: 'Loading news…', 'sr-Cyrl': 'Учитавање вести…', 'sr-Latn': 'Učitavanje vesti…' }[locale];
        expect(clean(one(el, '[part="loading"]')!.textContent)).to.equal(label);
        await expect(el).to.be.accessible();
      });
    }

    it('reserves about the height of the items it waits for, so the page below hardly moves', async () => {
      const waiting = await create(html`<gov-news-feed src="/test-api/hang" limit="5"></gov-news-feed>`);
      const loaded = await load(html`<gov-news-feed src=${demo + 'news.en.json'} limit="5"></gov-news-feed>`);
      await waiting.updateComplete;
      const ratio = waiting.getBoundingClientRect().height / loaded.getBoundingClientRect().height;
      expect(ratio).to.be.within(0.75, 1.25);
    });

    it('shows at most 10 placeholders, however large the limit', async () => {
      const el = await create(html`<gov-news-feed src="/test-api/hang" limit="1000"></gov-news-feed>`);
      await el.updateComplete;
      expect(all(el, '.placeholder')).to.have.length(10);
    });
  });

  describe('error', () => {
    for (const [locale, words] of [
      ['en', 'not found'],
      ['sr-Cyrl', 'није пронађен'],
      ['sr-Latn', 'nije pronađen'],
    ]) {
      it(`says what went wrong in a sentence, with a retry button, and fires gov-error (${locale})`, async () => {
        await setPage(locale!);
        const el = await create(html`<gov-news-feed src=${respond({ status: 404 })}></gov-news-feed>`);
        const event = (await oneEvent(el, 'gov-error')) as GovErrorEvent;
        await el.updateComplete;
        expect(event.detail.reason).to.equal('http');
        expect(event.detail.status).to.equal(404);
        const alert = one(el, '[role="alert"]')!;
        expect(clean(alert.textContent).toLowerCase()).to.contain(words);
        expect(alert.querySelector('button[part="retry-button"]')).to.exist;
        expect(el.matches(':state(error)')).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('empty', () => {
    for (const [locale, sentence] of [
      ['en', 'No news yet.'],
      ['sr-Cyrl', 'Још нема вести.'],
      ['sr-Latn', 'Još nema vesti.'],
    ]) {
      it(`says there is no news yet (${locale})`, async () => {
        await setPage(locale!);
        const el = await fixture<GovNewsFeed>(
          html`<gov-news-feed
            ><script type="application/feed+json">
              ${emptyFeed}
            </script></gov-news-feed
          >`,
        );
        expect(clean(one(el, '[part="empty"]')!.textContent)).to.equal(sentence);
        expect(one(el, '[part="list"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('is empty when no item has the chosen tag, and gov-load counts 0', async () => {
      const el = await create(
        html`<gov-news-feed src=${demo + 'news.en.page2.json'} tag="no such tag"></gov-news-feed>`,
      );
      const event = (await oneEvent(el, 'gov-load')) as GovLoadEvent;
      await el.updateComplete;
      expect(event.detail).to.deep.equal({ count: 0, title: 'News – Mission of the Republic of Serbia to NATO' });
      expect(clean(one(el, '[part="empty"]')!.textContent)).to.equal('No news yet.');
      expect(one(el, '[part="more-button"]')).to.equal(null);
    });

    it('says so, and still offers the older pages, when the first page has nothing with the tag', async () => {
      const el = await load(html`<gov-news-feed src=${demo + 'news.en.json'} tag="PARP"></gov-news-feed>`);
      expect(clean(one(el, '[part="empty"]')!.textContent)).to.equal('No news yet.');
      await expect(el).to.be.accessible();
      (one(el, '[part="more-button"]') as HTMLButtonElement).click();
      await waitUntil(() => titles(el).length === 1, 'the older page was not searched');
      expect(one(el, '[part="empty"]')).to.equal(null);
      expect(titles(el)).to.deep.equal([
        'Partnership for Peace Planning and Review Process: consultations with Serbia',
      ]);
    });
  });

  it('fires gov-load with the item count and the feed title once the news is on screen', async () => {
    const el = await create(html`<gov-news-feed src=${demo + 'news.sr-Cyrl.json'} limit="2"></gov-news-feed>`);
    const event = (await oneEvent(el, 'gov-load')) as GovLoadEvent;
    expect(event.detail).to.deep.equal({ count: 5, title: 'Вести – Мисија Републике Србије при НАТО' });
    expect(titles(el)).to.have.length(2);
    expect(event.bubbles && event.composed).to.equal(true);
  });
});
