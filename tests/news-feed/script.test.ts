import { expect, html, waitUntil } from '@open-wc/testing';
import type { GovNewsFeed } from '../../src/news-feed.js';
import { all, clean, datelines, fixtures, load, one, resetPage, setPage, summaries, titles } from './support.js';

const scripted = (show: 'summary' | 'full' = 'summary') =>
  load(html`<gov-news-feed src=${fixtures + 'scripts.json'} show=${show} images></gov-news-feed>`);

const langs = (el: GovNewsFeed) => all(el, 'article').map((article) => article.lang);

describe('<gov-news-feed>: Serbian content follows the active script', () => {
  afterEach(resetPage);

  it('on a Cyrillic page: Cyrillic stays, text marked sr-Latn is shown in Cyrillic, English is never touched', async () => {
    await setPage('sr-Cyrl');
    const el = await scripted();
    // Latin → Cyrillic loads on first use; until then sr-Latn text is shown as written.
    await waitUntil(() => titles(el)[1] === 'Састанак у Београду', 'sr-Latn title not shown in Cyrillic');
    expect(titles(el)).to.deep.equal(['Председник Владе у Бриселу', 'Састанак у Београду', 'Meeting in Brussels']);
    expect(datelines(el)).to.deep.equal([
      'Брисел, 23. новембар 2016. –',
      'Београд, 21. новембар 2016. –',
      'Brussels, 4. новембар 2016. –',
    ]);
    expect(summaries(el)[1]).to.contain('Одржан је редован састанак.');
    expect(langs(el)).to.deep.equal(['sr-Cyrl', 'sr-Cyrl', 'en']);
    await expect(el).to.be.accessible();
  });

  it('with the page-wide script set to Latin: Cyrillic titles, places, texts and alt texts in Latin', async () => {
    await setPage('sr-Cyrl', 'latn');
    const el = await scripted();
    expect(titles(el)).to.deep.equal(['Predsednik Vlade u Briselu', 'Sastanak u Beogradu', 'Meeting in Brussels']);
    expect(datelines(el)).to.deep.equal([
      'Brisel, 23. novembar 2016. –',
      'Beograd, 21. novembar 2016. –',
      'Brussels, 4. novembar 2016. –',
    ]);
    expect(summaries(el)[0]).to.contain('Sastanak u sedištu NATO.');
    expect(one(el, 'img[part="image"]')!.getAttribute('alt')).to.equal('Slika');
    expect(langs(el)).to.deep.equal(['sr-Latn', 'sr-Latn', 'en']);
    await expect(el).to.be.accessible();
  });

  it('converts the text of the full story, never its markup, and respects lang inside it', async () => {
    await setPage('sr-Cyrl', 'latn');
    const el = await scripted('full');
    const [cyrillic, latin, english] = all(el, '[part="content"]');
    expect(clean(cyrillic!.textContent)).to.equal('Sastanak u sedištu NATO, NATO Summit.');
    expect(cyrillic!.querySelector('span')!.getAttribute('lang')).to.equal('en');
    expect(cyrillic!.querySelector('img')!.getAttribute('alt')).to.equal('Slika sastanka');
    expect(cyrillic!.querySelector('img')!.getAttribute('src')).to.equal(
      new URL(fixtures + 'pixel.png', location.href).href,
    );
    expect(latin!.querySelector('strong')!.textContent).to.equal('redovan');
    expect(clean(english!.textContent)).to.equal('Experts met at NATO Headquarters.');

    await setPage('sr-Cyrl', 'cyrl');
    await el.updateComplete;
    const [cyrillicAgain, latinAgain] = all(el, '[part="content"]');
    expect(clean(cyrillicAgain!.textContent)).to.equal('Састанак у седишту НАТО, NATO Summit.');
    expect(clean(latinAgain!.textContent)).to.equal('Одржан је редован састанак.');
    expect(latinAgain!.querySelector('strong')!.textContent).to.equal('редован');
    await expect(el).to.be.accessible();
  });

  it('re-renders live when the script toggle switches the page', async () => {
    await setPage('sr-Cyrl');
    const el = await scripted();
    await setPage('sr-Cyrl', 'latn');
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Predsednik Vlade u Briselu');
    await setPage('sr-Cyrl');
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Председник Владе у Бриселу');
  });

  it('converts nothing on an English page', async () => {
    const el = await scripted();
    expect(titles(el)).to.deep.equal(['Председник Владе у Бриселу', 'Sastanak u Beogradu', 'Meeting in Brussels']);
    expect(datelines(el)[1]).to.equal('Beograd, 21 November 2016 –');
    expect(langs(el)).to.deep.equal(['sr-Cyrl', 'sr-Latn', 'en']);
  });

  it('takes the page language for a feed and items that name none', async () => {
    await setPage('sr-Latn');
    const el = await load(html`<gov-news-feed src=${fixtures + 'paged-1.json'} limit="1"></gov-news-feed>`);
    // paged-1.json says "en": nothing to convert, and the article says so.
    expect(langs(el)).to.deep.equal(['en']);
    const unnamed = await load(html`<gov-news-feed src=${fixtures + 'feed-1.0.json'} limit="1"></gov-news-feed>`);
    expect(langs(unnamed)).to.deep.equal(['sr-Latn']);
  });
});
