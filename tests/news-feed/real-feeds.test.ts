/**
 * <gov-news-feed> on the feeds real CMSs publish (issue 17), one describe per case of the issue, each on
 * fixtures written in the shape those CMSs write: CuteNews's rss.php in windows-1250 and in Cyrillic
 * UTF-8, a backend.userland.com namespaced feed, a council feed with slash dates, RSS 0.90/0.91, Atom
 * 0.3, and a site's home page instead of its feed.
 */
import { expect, html } from '@open-wc/testing';
import type { GovNewsFeed } from '../../src/news-feed.js';
import {
  all,
  clean,
  datelines,
  feed,
  fixtures,
  load,
  one,
  resetPage,
  respond,
  setPage,
  summaries,
  titles,
  warningsDuring,
} from './support.js';

const rss = (items: string, channel = '<title>T</title><language>en</language>', root = '<rss version="2.0">') =>
  `<?xml version="1.0" encoding="utf-8"?>${root}<channel>${channel}${items}</channel></rss>`;

/** Loads a feed, collecting the console warnings it causes. */
async function loadQuietly(src: string, attributes: { show?: string } = {}) {
  let el!: GovNewsFeed;
  const warnings = await warningsDuring(async () => {
    el = await load(html`<gov-news-feed src=${src} show=${attributes.show ?? 'summary'}></gov-news-feed>`);
  });
  return { el, warnings };
}

/** A fixture served byte for byte, as text/xml without a charset, as CuteNews sends its RSS. */
const raw = (name: string) =>
  `/test-api/raw?${new URLSearchParams({ path: `tests/fixtures/news-feed/${name}`, type: 'text/xml' })}`;

const times = (el: Element) => all(el, 'time').map((time) => time.getAttribute('datetime'));

describe('<gov-news-feed> on real-world feeds (issue 17)', () => {
  afterEach(resetPage);

  describe('1. datelines already in the story', () => {
    it('CuteNews in windows-1250: lifts "Brisel, 23. novembar 2016. –" (in <b>) into the dateline, once', async () => {
      await setPage('sr-Latn');
      const { el } = await loadQuietly(raw('cutenews-1250.rss'));
      expect(titles(el)[0]).to.equal('Predsednik Vlade Srbije u sedištu NATO');
      expect(datelines(el).slice(0, 3)).to.deep.equal([
        'Brisel, 23. novembar 2016. –',
        'Priština/Beograd, 21. novembar 2016. –',
        'Beograd, 13. oktobar 2016. –',
      ]);
      expect(summaries(el)[0]).to.equal(
        'Brisel, 23. novembar 2016. – Predsednik Vlade Republike Srbije sastao se danas u sedištu NATO sa generalnim sekretarom Alijanse. Razgovarali su o saradnji Srbije i NATO.',
      );
      expect(summaries(el)[1]).to.match(/^Priština\/Beograd, 21\. novembar 2016\. – Komandant Kfora/);
      expect(summaries(el)[2]).to.match(/^Beograd, 13\. oktobar 2016\. – U Beogradu je danas počeo/);
      await expect(el).to.be.accessible();
    });

    it('never strips text that is not a dateline, nor a dateline of another day', async () => {
      await setPage('sr-Latn');
      const { el } = await loadQuietly(raw('cutenews-1250.rss'));
      expect(summaries(el)[3]).to.equal(
        '1. oktobar 2016. – Beograd je 1. oktobra 2016. – kao i svake godine – bio domaćin regionalne konferencije o civilnom planiranju.',
      );
      expect(summaries(el)[4]).to.match(/^21\. septembar 2016\. – Niš, 14\. septembar 2016\. – Ova vest/);
    });

    it('CuteNews in Cyrillic UTF-8, in full: the story starts after the dateline, the <strong> around it gone', async () => {
      await setPage('sr-Cyrl');
      const { el } = await loadQuietly(fixtures + 'cutenews-cyrillic.rss', { show: 'full' });
      expect(datelines(el).slice(0, 3)).to.deep.equal([
        'Брисел, 23. новембар 2016.',
        'Приштина/Београд, 21. новембар 2016.',
        'Београд, 13. октобар 2016.',
      ]);
      const stories = all(el, '[part="content"]');
      expect(stories[0]!.querySelector('p')!.innerHTML).to.equal(
        'Председник Владе Републике Србије састао се данас у седишту НАТО са генералним секретаром Алијансе.',
      );
      expect(stories[0]!.querySelector('strong')).to.equal(null);
      expect(clean(stories[1]!.textContent)).to.match(/^Командант Кфора/);
      expect(clean(stories[2]!.textContent)).to.match(/^У Београду је данас/);
      expect(clean(stories[3]!.textContent)).to.match(/^Београд је 1\. октобра 2016\. –/);
      await expect(el).to.be.accessible();
    });

    it('lifts a Cyrillic place and shows it in Latin on a Latin page', async () => {
      await setPage('sr-Latn');
      const { el } = await loadQuietly(fixtures + 'cutenews-cyrillic.rss');
      expect(datelines(el)[1]).to.equal('Priština/Beograd, 21. novembar 2016. –');
      expect(summaries(el)[1]).to.match(/^Priština\/Beograd, 21\. novembar 2016\. – Komandant Kfora/);
    });

    it('drops a repeated dateline from summary, content_text and content_html when _gov.place is set, in both modes', async () => {
      const item = {
        id: '1',
        title: 'Prime Minister at NATO Headquarters',
        date_published: '2016-11-23T14:30:00+01:00',
        summary: 'BRUSSELS, 23 Nov 2016 – The Prime Minister met the Secretary General.',
        content_html: '<p><b>Brussels, 23 November 2016 &ndash;</b> The Prime Minister <em>met</em> him.</p>',
        _gov: { place: 'Brussels' },
      };
      const src = respond({ type: 'application/feed+json', body: feed([item], { language: 'en' }) });
      const el = await load(html`<gov-news-feed src=${src}></gov-news-feed>`);
      expect(summaries(el)).to.deep.equal([
        'Brussels, 23 November 2016 – The Prime Minister met the Secretary General.',
      ]);
      el.show = 'full';
      await el.updateComplete;
      expect(one(el, '[part="content"]')!.innerHTML).to.contain('<p>The Prime Minister <em>met</em> him.</p>');
      const text = await load(
        html`<gov-news-feed
          src=${respond({ type: 'application/feed+json', body: feed([{ ...item, summary: undefined, content_html: undefined, content_text: 'Brussels, 23 Nov 2016 – Text.\n\nMore.' }]) })}
          show="full"
        ></gov-news-feed>`,
      );
      expect(all(text, '[part="content"] p').map((paragraph) => paragraph.textContent)).to.deep.equal([
        'Text.',
        'More.',
      ]);
    });

    it('dates an undated item by its dateline, and leaves "Belgrade is …" alone', async () => {
      const body = feed([
        { id: '1', title: 'A', content_text: 'Belgrade, 21 November 2016 – Undated in the feed.' },
        { id: '2', title: 'B', content_text: 'Belgrade is 23 Nov 2016 – not a dateline.' },
      ]);
      const { el } = await loadQuietly(respond({ type: 'application/feed+json', body }));
      expect(summaries(el)).to.deep.equal([
        'Belgrade, 21 November 2016 – Undated in the feed.',
        'Belgrade is 23 Nov 2016 – not a dateline.',
      ]);
      expect(times(el)).to.deep.equal(['2016-11-21']);
    });
  });

  describe('2. RSS with a default namespace on <rss>', () => {
    it('reads a backend.userland.com namespaced feed like any RSS 2.0', async () => {
      await setPage('sr-Cyrl');
      const { el, warnings } = await loadQuietly(fixtures + 'userland.rss');
      expect(titles(el)).to.deep.equal(['Отворен нови вртић', 'Радови у Улици краља Петра']);
      expect(datelines(el)).to.deep.equal(['3. март 2017. –', '24. фебруар 2017. –']);
      expect(warnings).to.deep.equal([]);
    });

    it('reads whatever namespace the root declares (the Harvard RSS 2.0 one here)', async () => {
      const body = rss(
        '<item><title>Namespaced</title><link>https://example.org/1</link></item>',
        '<title>T</title>',
        '<rss version="2.0" xmlns="http://blogs.law.harvard.edu/tech/rss">',
      );
      const el = await load(html`<gov-news-feed src=${respond({ type: 'text/xml', body })}></gov-news-feed>`);
      expect(titles(el)).to.deep.equal(['Namespaced']);
    });
  });

  describe('3. RSS items without guid that share a link', () => {
    it('shows two stories linking to the same page, and drops only a real repeat (same link, title and date)', async () => {
      const { el, warnings } = await loadQuietly(fixtures + 'council.rss');
      expect(titles(el)).to.deep.equal([
        'Sednica Skupštine grada',
        'Izmena dnevnog reda',
        'Poziv građanima na javnu raspravu o budžetu',
      ]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('item 4 repeats the link, title and date of an earlier item');
      const links = all(el, '[part="title-link"]').map((link) => link.getAttribute('href'));
      expect(links).to.deep.equal([
        'https://skupstina.example.rs/saopstenja/',
        'https://skupstina.example.rs/saopstenja/',
        null,
      ]);
    });

    it('drops an item that repeats a guid', async () => {
      const body = rss(
        '<item><guid>a</guid><title>First</title></item><item><guid>a</guid><title>Edited</title></item>',
      );
      const { el, warnings } = await loadQuietly(respond({ type: 'application/rss+xml', body }));
      expect(titles(el)).to.deep.equal(['First']);
      expect(warnings[0]).to.contain('repeats the id "a"');
    });
  });

  describe('4. title-only RSS items', () => {
    it('shows items that have a title and nothing else, never "No news yet"', async () => {
      const body = rss(
        '<item><title>Office closed on Monday</title></item><item><title>New phone number</title></item>',
      );
      const { el, warnings } = await loadQuietly(respond({ type: 'application/rss+xml', body }));
      expect(titles(el)).to.deep.equal(['Office closed on Monday', 'New phone number']);
      expect(one(el, '[part="empty"]')).to.equal(null);
      expect(all(el, '[part="summary"]')).to.have.length(0);
      expect(warnings).to.deep.equal([]);
    });

    it('shows a title-only item with its date and no dangling dash', async () => {
      const { el } = await loadQuietly(fixtures + 'council.rss');
      const second = all(el, 'article')[1]!;
      expect(clean(second.querySelector('[part="dateline"]')!.textContent)).to.equal('8 February 2013');
    });
  });

  describe('5. dates', () => {
    it('reads a council feed’s slash dates day-first because its language (sr-Latn) says so', async () => {
      await setPage('sr-Latn');
      const { el } = await loadQuietly(fixtures + 'council.rss');
      expect(datelines(el)).to.deep.equal(['8. februar 2013. –', '8. februar 2013.', '25. januar 2013.']);
      // Written without a zone: the datetime says the day (and time) as written, in no zone.
      expect(times(el)).to.deep.equal(['2013-02-08', '2013-02-08T14:30:00', '2013-01-25']);
    });

    it('leaves an ambiguous slash date undated when the feed’s language does not say the order, and says why', async () => {
      const body = rss(
        '<item><title>Ambiguous</title><pubDate>08/02/2013</pubDate></item><item><title>Clear</title><pubDate>13/02/2013</pubDate></item>',
        '<title>T</title><language>en</language>',
      );
      const { el, warnings } = await loadQuietly(respond({ type: 'application/rss+xml', body }));
      expect(titles(el)).to.deep.equal(['Ambiguous', 'Clear']);
      expect(times(el)).to.deep.equal(['2013-02-13']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"08/02/2013" may be day/month or month/day');
    });

    it('keeps the offset the feed wrote in datetime (+01:00 from CuteNews, -05:00 from EST)', async () => {
      const body = rss(
        '<item><title>EST</title><pubDate>Wed, 23 Nov 2016 21:30:00 EST</pubDate></item><item><title>Two-digit year, military zone</title><pubDate>Wed, 23 Nov 16 14:30 Z</pubDate></item>',
      );
      const { el } = await loadQuietly(respond({ type: 'application/rss+xml', body }));
      expect(times(el)).to.deep.equal(['2016-11-23T21:30:00-05:00', '2016-11-23T14:30:00Z']);
      expect(clean(one(el, 'time')!.textContent)).to.equal('23 November 2016');
      const cutenews = await load(html`<gov-news-feed src=${raw('cutenews-1250.rss')}></gov-news-feed>`);
      expect(times(cutenews)[0]).to.equal('2016-11-23T14:30:00+01:00');
    });

    it('reads dc:date and dcterms:* in either namespace, Serbian month names, and RFC 822 in a JSON Feed', async () => {
      const body = rss(
        `<item><title>dcterms</title><dcterms:issued>2016-11-23T10:00:00+01:00</dcterms:issued></item>
         <item><title>dcterms in dc</title><dc:modified>2016-11-22</dc:modified></item>
         <item><title>Serbian</title><pubDate>21. новембар 2016. у 14:30</pubDate></item>`,
        '<title>T</title>',
        '<rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
      );
      const { el } = await loadQuietly(respond({ type: 'application/rss+xml', body }));
      expect(times(el)).to.deep.equal(['2016-11-23T10:00:00+01:00', '2016-11-22', '2016-11-21T14:30:00']);
      const json = await load(
        html`<gov-news-feed
          src=${respond({ type: 'application/feed+json', body: feed([{ id: '1', title: 'T', content_text: 'x', date_published: 'Wed, 23 Nov 2016 14:30:00 +0100' }]) })}
        ></gov-news-feed>`,
      );
      expect(times(json)).to.deep.equal(['2016-11-23T14:30:00+01:00']);
    });
  });

  describe('6. autodiscovery', () => {
    it('follows a home page’s <link rel="alternate"> to its feed (not its comments feed, nor one in a comment)', async () => {
      await setPage('sr-Cyrl');
      const { el } = await loadQuietly(fixtures + 'site.html');
      expect(titles(el)[0]).to.equal('Председник Владе Србије у седишту НАТО');
      expect(datelines(el)[0]).to.equal('Брисел, 23. новембар 2016. –');
      // Relative URLs resolve against the feed, not the page.
      expect(one(el, '[part="title-link"]')!.getAttribute('href')).to.equal(
        'http://www.nato.mfa.gov.rs/cirilica/index.php?subaction=showfull&id=1479907800&archive=',
      );
    });

    it('says so clearly when the page links to no feed', async () => {
      let el!: GovNewsFeed;
      await warningsDuring(async () => {
        el = await load(html`<gov-news-feed src=${fixtures + 'site-without-feed.html'}></gov-news-feed>`, 'gov-error');
      });
      expect(clean(one(el, '[role="alert"]')!.textContent)).to.contain(
        'The address is a web page that links to no feed.',
      );
    });

    it('follows once: a link to another page, or a javascript: link, is no feed', async () => {
      const page = (href: string) =>
        `<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="${href}"></head></html>`;
      const again = respond({ type: 'text/html', body: page('/tests/fixtures/news-feed/site.html') });
      let el!: GovNewsFeed;
      await warningsDuring(async () => {
        el = await load(
          html`<gov-news-feed src=${respond({ type: 'text/html', body: page(again) })}></gov-news-feed>`,
          'gov-error',
        );
      });
      expect(clean(one(el, '[role="alert"]')!.textContent)).to.contain('does not hold content');
      await warningsDuring(async () => {
        el = await load(
          html`<gov-news-feed
            src=${respond({ type: 'text/html', body: page('javascript:alert(1)') })}
          ></gov-news-feed>`,
          'gov-error',
        );
      });
      expect(clean(one(el, '[role="alert"]')!.textContent)).to.contain('links to no feed');
    });
  });

  describe('8. old formats', () => {
    it('reads RSS 0.91 with the Netscape DTD and its HTML entities', async () => {
      const { el, warnings } = await loadQuietly(fixtures + 'rss-0.91.rss');
      expect(titles(el)).to.deep.equal(['Journée portes ouvertes', 'Nouveaux horaires du service consulaire']);
      expect(summaries(el)).to.deep.equal(['L’ambassade ouvre ses portes le 15\u00a0février.'.replace('\u00a0', ' ')]);
      expect(all(el, 'article')[0]!.lang).to.equal('fr');
      expect(warnings).to.deep.equal([]);
    });

    it('reads RSS 0.90 (RDF in Netscape’s namespace)', async () => {
      const { el } = await loadQuietly(fixtures + 'rss-0.90.rdf');
      expect(titles(el)).to.deep.equal(['Minister visits Novi Sad', 'New office hours']);
      expect(one(el, '[part="title-link"]')!.getAttribute('href')).to.equal(
        'https://ministry.example.org/news/novi-sad',
      );
    });

    it('reads Atom 0.3: issued dates, escaped, xml and base64 content, escaped titles', async () => {
      const { el } = await loadQuietly(fixtures + 'atom-0.3.xml', { show: 'full' });
      expect(titles(el)).to.deep.equal(["Citizens' questions answered", 'Open day', 'Encoded story']);
      expect(times(el)).to.deep.equal([
        '2005-07-31T14:29:29+02:00',
        '2005-07-20T10:00:00+02:00',
        '2005-07-10T10:00:00Z',
      ]);
      const stories = all(el, '[part="content"]').map((story) => story.innerHTML);
      expect(stories[0]).to.equal('<p>The ministry <em>answered</em> 1,200 questions.</p>');
      expect(stories[1]).to.equal('<p>Doors open at <strong>10</strong>.</p>');
      expect(stories[2]).to.equal('<p>The ministry <em>answered</em> 1,200 questions from citizens.</p>');
      await expect(el).to.be.accessible();
    });
  });
});
