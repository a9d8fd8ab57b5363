import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { GovLoadEvent } from '../../src/events.js';
import type { GovNewsFeed } from '../../src/news-feed.js';
import {
  all,
  allowedUrl,
  boundUrls,
  clean,
  create,
  datelines,
  feed,
  demo,
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

describe('<gov-news-feed>: rendering', () => {
  afterEach(resetPage);

  describe('the seed page news, in each locale', () => {
    it('shows the English stories: linked heading, dateline "Brussels, 23 November 2016 –", summary', async () => {
      const el = await load(html`<gov-news-feed src=${demo + 'news.en.json'} limit="5"></gov-news-feed>`);
      const articles = all(el, 'article[part="item"]');
      expect(articles).to.have.length(5);
      expect(titles(el)[0]).to.equal('Prime Minister of Serbia meets NATO Secretary General at NATO Headquarters');
      const link = one(el, 'h2 > a[part="title-link"]') as HTMLAnchorElement;
      expect(link.href).to.equal(new URL('/demo/data/news/2016-11-23-prime-minister-nato-hq.html', location.href).href);
      expect(link.hasAttribute('rel')).to.equal(false);
      expect(datelines(el)[0]).to.equal('Brussels, 23 November 2016 –');
      expect(summaries(el)[0]).to.match(
        /^Brussels, 23 November 2016 – The Prime Minister of the Republic of Serbia met/,
      );
      const time = one(el, 'time[part="date"]')!;
      expect(time.getAttribute('datetime')).to.equal('2016-11-23T14:30:00+01:00');
      expect(articles[0]!.lang).to.equal('en');
      expect(one(el, 'ul[part="list"]')!.getAttribute('role')).to.equal('list');
      await expect(el).to.be.accessible();
    });

    it('shows the Serbian stories on a Cyrillic page: "Брисел, 23. новембар 2016. –"', async () => {
      await setPage('sr-Cyrl');
      const el = await load(html`<gov-news-feed src=${demo + 'news.sr-Cyrl.json'} limit="5"></gov-news-feed>`);
      expect(titles(el)[0]).to.equal('Председник Владе Србије састао се са генералним секретаром НАТО у седишту НАТО');
      expect(datelines(el)[0]).to.equal('Брисел, 23. новембар 2016. –');
      expect(all(el, 'article')[0]!.lang).to.equal('sr-Cyrl');
      expect(one(el, 'time')!.hasAttribute('lang')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('shows the Serbian stories in Latin on a Latin page: "Brisel, 23. novembar 2016. –"', async () => {
      await setPage('sr-Latn');
      const el = await load(html`<gov-news-feed src=${demo + 'news.sr-Cyrl.json'} limit="5"></gov-news-feed>`);
      expect(titles(el)[0]).to.equal('Predsednik Vlade Srbije sastao se sa generalnim sekretarom NATO u sedištu NATO');
      expect(datelines(el)[0]).to.equal('Brisel, 23. novembar 2016. –');
      expect(all(el, 'article')[0]!.lang).to.equal('sr-Latn');
      await expect(el).to.be.accessible();
    });

    it('formats the date in the page language and marks it when the story is in another', async () => {
      await setPage('sr-Cyrl');
      const el = await load(html`<gov-news-feed src=${demo + 'news.en.json'} limit="1"></gov-news-feed>`);
      expect(datelines(el)[0]).to.equal('Brussels, 23. новембар 2016. –');
      expect(one(el, 'time')!.getAttribute('lang')).to.equal('sr-Cyrl');
      await expect(el).to.be.accessible();
    });

    it('follows a change of the page language without reloading', async () => {
      const el = await load(html`<gov-news-feed src=${demo + 'news.en.json'} limit="1"></gov-news-feed>`);
      await setPage('sr-Latn');
      await el.updateComplete;
      expect(datelines(el)[0]).to.equal('Brussels, 23. novembar 2016. –');
    });
  });

  describe('dates', () => {
    const dated = (date_published: unknown) =>
      html`<gov-news-feed>
        <script type="application/feed+json">
          ${feed([{ id: '1', title: 'T', content_text: 'x', date_published }])}
        </script>
      </gov-news-feed>`;

    it('shows the calendar day as written, not as it falls in the reader’s zone', async () => {
      const el = await fixture<GovNewsFeed>(dated('2016-11-23T00:30:00+01:00'));
      expect(new Date('2016-11-23T00:30:00+01:00').getUTCDate()).to.equal(22);
      expect(clean(one(el, 'time')!.textContent)).to.equal('23 November 2016');
      expect(one(el, 'time')!.getAttribute('datetime')).to.equal('2016-11-23T00:30:00+01:00');
    });

    it('shows an item with an unparseable date without a date', async () => {
      const el = await fixture<GovNewsFeed>(dated('sometime last week'));
      // An undated item is read again by the full date reader, which loads on demand.
      await waitUntil(() => titles(el).length > 0, 'the item is not shown');
      expect(titles(el)).to.deep.equal(['T']);
      expect(one(el, 'time')).to.equal(null);
      expect(summaries(el)).to.deep.equal(['x']);
    });

    it('ignores date_modified for display', async () => {
      const el = await fixture<GovNewsFeed>(
        html`<gov-news-feed>
          <script type="application/feed+json">
            ${feed([{ id: '1', title: 'T', content_text: 'x', date_published: '2016-11-01T10:00:00Z', date_modified: '2017-01-01T10:00:00Z' }])}
          </script>
        </gov-news-feed>`,
      );
      expect(clean(one(el, 'time')!.textContent)).to.equal('1 November 2016');
    });
  });

  describe('headings', () => {
    const withLevel = (level: string) =>
      html`<gov-news-feed heading-level=${level}>
        <script type="application/feed+json">
          ${feed([{ id: '1', title: 'Title', url: 'https://example.org/1', content_text: 'Text' }])}
        </script>
      </gov-news-feed>`;

    for (const [given, expected] of [
      ['2', 'h2'],
      ['3', 'h3'],
      ['4', 'h4'],
      ['5', 'h5'],
      ['6', 'h6'],
      ['1', 'h2'],
      ['9', 'h6'],
      ['three', 'h2'],
      ['3.4', 'h3'],
    ]) {
      it(`heading-level="${given}" gives <${expected}>`, async () => {
        const el = await fixture<GovNewsFeed>(withLevel(given));
        expect(one(el, '[part="title"]')!.localName).to.equal(expected);
      });
    }

    it('links the title to an external story with rel="noopener noreferrer"', async () => {
      const el = await fixture<GovNewsFeed>(withLevel('3'));
      expect(one(el, '[part="title-link"]')!.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('shows the text of an item without a title as its heading, and no repeated summary', async () => {
      const el = await fixture<GovNewsFeed>(
        html`<gov-news-feed>
          <script type="application/feed+json">
            ${feed([
              {
                id: '1',
                url: 'https://example.org/1',
                content_text: 'The office is closed on Monday.',
                date_published: '2016-11-23T10:00:00+01:00',
                _gov: { place: 'Brussels' },
              },
              { id: '2', content_html: '<p>No title, no link.</p>' },
              { id: '3', date_published: '2016-11-20T10:00:00+01:00' },
              { id: '4' },
            ])}
          </script>
        </gov-news-feed>`,
      );
      expect(titles(el)).to.deep.equal([
        'The office is closed on Monday.',
        'No title, no link.',
        '20 November 2016',
        'News item',
      ]);
      expect(one(el, 'h2 > a')!.textContent).to.equal('The office is closed on Monday.');
      // Without a URL the heading holds a placeholder <a> without href: no link, no tab stop.
      const placeholders = all(el, '[part="title-link"]:not([href])');
      expect(placeholders).to.have.length(3);
      placeholders.forEach((placeholder) => placeholder.focus());
      expect(el.shadowRoot!.activeElement).to.equal(null);
      expect(summaries(el)[0]).to.equal('Brussels, 23 November 2016');
      expect(all(el, '[part="summary"]')).to.have.length(2);
      await expect(el).to.be.accessible();
    });
  });

  describe('short and full text', () => {
    const long = Array.from({ length: 60 }, (_, i) => `Sentence number ${i} of the story.`).join(' ');

    it('shows the summary, else a shortened content_text, else the shortened text of content_html', async () => {
      const el = await fixture<GovNewsFeed>(
        html`<gov-news-feed>
          <script type="application/feed+json">
            ${feed([
              { id: '1', title: 'A', summary: 'The summary.', content_text: 'Not this.' },
              { id: '2', title: 'B', content_text: long },
              { id: '3', title: 'C', content_html: `<p>${long}</p><p>More.</p>` },
              { id: '4', title: 'D', content_html: '<p>First paragraph.</p><p>Second&nbsp;one &amp; more.</p>' },
            ])}
          </script>
        </gov-news-feed>`,
      );
      const [first, second, third, fourth] = summaries(el);
      expect(first).to.equal('The summary.');
      expect(second).to.match(/^Sentence number 0 of the story\. .* of the …$|^Sentence number 0 .*\w…$/);
      expect(second!.length).to.be.within(250, 281);
      expect(third).to.equal(second);
      expect(fourth).to.equal('First paragraph. Second one & more.');
    });

    it('show="full" renders the sanitized story below the dateline, headings under the item heading, URLs against the item', async () => {
      const el = await fixture<GovNewsFeed>(
        html`<gov-news-feed show="full" heading-level="3">
          <script type="application/feed+json">
            ${feed([
              {
                id: '1',
                title: 'Story',
                url: 'https://mission.example.org/vesti/2016/story.html',
                summary: 'Not shown in full mode.',
                date_published: '2016-11-23T10:00:00+01:00',
                content_html:
                  '<h1>Part</h1><p>See <a href="../photos/">photos</a> and <img src="img/1.jpg" alt="One">.</p><script>window.__pwned = 1</script>',
                _gov: { place: 'Brussels' },
              },
            ])}
          </script>
        </gov-news-feed>`,
      );
      await el.updateComplete;
      const content = one(el, '[part="content"]')!;
      expect(content.querySelector('h4')!.textContent).to.equal('Part');
      expect(content.querySelector('a')!.getAttribute('href')).to.equal('https://mission.example.org/vesti/photos/');
      expect(content.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(content.querySelector('img')!.getAttribute('src')).to.equal(
        'https://mission.example.org/vesti/2016/img/1.jpg',
      );
      expect(content.querySelector('script')).to.equal(null);
      expect(summaries(el)).to.deep.equal(['Brussels, 23 November 2016']);
      expect(clean(el.shadowRoot!.textContent)).not.to.contain('Not shown in full mode');
      await expect(el).to.be.accessible();
    });

    it('show="full" shows content_text in paragraphs when there is no HTML', async () => {
      const el = await fixture<GovNewsFeed>(
        html`<gov-news-feed show="full">
          <script type="application/feed+json">
            ${feed([{ id: '1', title: 'T', content_text: 'One.\n\nTwo.\nStill two.' }])}
          </script>
        </gov-news-feed>`,
      );
      expect(all(el, '[part="content"] p').map((p) => p.textContent)).to.deep.equal(['One.', 'Two.\nStill two.']);
    });

    it('switching show re-renders the same items in full', async () => {
      const el = await load(html`<gov-news-feed src=${demo + 'news.en.json'} limit="2"></gov-news-feed>`);
      expect(one(el, '[part="content"]')).to.equal(null);
      el.show = 'full';
      await el.updateComplete;
      expect(all(el, '[part="content"]')).to.have.length(2);
      expect(all(el, '[part="content"] ul li')).to.have.length(3);
    });
  });

  describe('images', () => {
    it('shows image (else banner_image) only with the images attribute: lazy, async, sized, alt from _gov.alt', async () => {
      const template = (images: boolean) =>
        html`<gov-news-feed ?images=${images}>
          <script type="application/feed+json">
            ${feed([
              {
                id: '1',
                title: 'A',
                content_text: 'a',
                image: '/demo/data/photos/tara-640.jpg',
                _gov: { alt: 'Tara mountain', width: 640, height: 427 },
              },
              {
                id: '2',
                title: 'B',
                content_text: 'b',
                banner_image: '/demo/data/photos/uvac-640.jpg',
                _gov: { width: 10, height: 10 },
              },
              { id: '3', title: 'C', content_text: 'c' },
            ])}
          </script>
        </gov-news-feed>`;
      const without = await fixture<GovNewsFeed>(template(false));
      expect(all(without, 'img')).to.have.length(0);
      const el = await fixture<GovNewsFeed>(template(true));
      const [first, second] = all(el, 'img[part="image"]') as HTMLImageElement[];
      expect(all(el, 'img')).to.have.length(2);
      expect(first!.src).to.equal(new URL('/demo/data/photos/tara-640.jpg', location.href).href);
      expect([
        first!.alt,
        first!.getAttribute('width'),
        first!.getAttribute('height'),
        first!.loading,
        first!.decoding,
      ]).to.deep.equal(['Tara mountain', '640', '427', 'lazy', 'async']);
      // The sizes in _gov describe `image`; a banner has none, and without _gov.alt it is decorative.
      expect(second!.src).to.contain('uvac-640.jpg');
      expect(second!.hasAttribute('width')).to.equal(false);
      expect(second!.getAttribute('alt')).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('uses _gov.srcset with automatic sizes', async () => {
      const el = await fixture<GovNewsFeed>(
        html`<gov-news-feed images>
          <script type="application/feed+json">
            ${feed([{ id: '1', title: 'A', content_text: 'a', image: '/demo/data/photos/tara.jpg', _gov: { alt: 'Tara', srcset: '/demo/data/photos/tara-640.jpg 640w, /demo/data/photos/tara.jpg 1600w' } }])}
          </script>
        </gov-news-feed>`,
      );
      const image = one(el, 'img')!;
      expect(image.getAttribute('srcset')).to.match(/tara-640\.jpg 640w, .*tara\.jpg 1600w$/);
      expect(image.getAttribute('sizes')).to.equal('auto, 100vw');
    });
  });

  describe('limit, tag and the archive link', () => {
    it('shows 10 items by default and `limit` items when set; a bad limit means 10', async () => {
      const many = feed(
        Array.from({ length: 14 }, (_, i) => ({ id: String(i), title: `Item ${i}`, content_text: 'x' })),
      );
      const byDefault = await fixture<GovNewsFeed>(
        html`<gov-news-feed
          ><script type="application/feed+json">
            ${many}
          </script></gov-news-feed
        >`,
      );
      expect(titles(byDefault)).to.have.length(10);
      const three = await fixture<GovNewsFeed>(
        html`<gov-news-feed limit="3"
          ><script type="application/feed+json">
            ${many}
          </script></gov-news-feed
        >`,
      );
      expect(titles(three)).to.deep.equal(['Item 0', 'Item 1', 'Item 2']);
      const bad = await fixture<GovNewsFeed>(
        html`<gov-news-feed limit="-4"
          ><script type="application/feed+json">
            ${many}
          </script></gov-news-feed
        >`,
      );
      expect(titles(bad)).to.have.length(10);
      three.limit = 5;
      await three.updateComplete;
      expect(titles(three)).to.have.length(5);
    });

    it('tag shows only items with that tag, whatever its case or script, and gov-load counts them', async () => {
      await setPage('sr-Cyrl');
      const el = await create(html`<gov-news-feed src=${demo + 'news.sr-Cyrl.json'} tag="kfor"></gov-news-feed>`);
      const event = (await oneEvent(el, 'gov-load')) as GovLoadEvent;
      expect(event.detail.count).to.equal(1);
      expect(titles(el)).to.deep.equal(['Редован састанак команданта Кфора и начелника Генералштаба Војске Србије']);
      el.tag = 'СРБИЈА И НАТО';
      await el.updateComplete;
      expect(titles(el)).to.have.length(2);
      el.tag = '';
      await el.updateComplete;
      expect(titles(el)).to.have.length(5);
    });

    it('more-href and more-label render the archive link below the list, in every state', async () => {
      await setPage('sr-Cyrl');
      const el = await load(
        html`<gov-news-feed
          src=${demo + 'news.sr-Cyrl.json'}
          limit="2"
          more-href="/arhiva/"
          more-label="Још вести"
        ></gov-news-feed>`,
      );
      const link = one(el, 'a[part="more-link"]') as HTMLAnchorElement;
      expect(link.href).to.equal(new URL('/arhiva/', location.href).href);
      expect(link.textContent!.trim()).to.equal('Још вести');
      expect(link.hasAttribute('rel')).to.equal(false);
      await setPage('sr-Cyrl', 'latn');
      await el.updateComplete;
      expect(one(el, 'a[part="more-link"]')!.textContent!.trim()).to.equal('Još vesti');
      const failed = await load(
        html`<gov-news-feed src=${respond({ status: 500 })} more-href="https://archive.example.org/"></gov-news-feed>`,
        'gov-error',
      );
      const external = one(failed, 'a[part="more-link"]')!;
      expect(external.textContent!.trim()).to.equal('Još vesti');
      expect(external.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('renders no archive link for a href outside the URL policy', async () => {
      const el = await fixture<GovNewsFeed>(
        html`<gov-news-feed more-href="javascript:alert(1)">
          <script type="application/feed+json">
            ${feed([{ id: '1', title: 'T', content_text: 'x' }])}
          </script>
        </gov-news-feed>`,
      );
      expect(one(el, '[part="more-link"]')).to.equal(null);
    });
  });

  describe('data formats', () => {
    it('reads inline JSON Feed without a request, resolving its URLs against the page', async () => {
      const requests: string[] = [];
      const observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((entry) => requests.push(entry.name)),
      );
      observer.observe({ type: 'resource' });
      const el = await fixture<GovNewsFeed>(
        html`<gov-news-feed>
          <script type="application/feed+json">
            ${feed([{ id: '1', title: 'Inline', url: 'news/1.html', content_text: 'x' }])}
          </script>
        </gov-news-feed>`,
      );
      expect((one(el, '[part="title-link"]') as HTMLAnchorElement).href).to.equal(
        new URL('news/1.html', document.baseURI).href,
      );
      observer.disconnect();
      expect(
        requests.filter(
          (name) => !name.includes('/tests/') && !name.includes('/node_modules/') && !name.includes('/src/'),
        ),
      ).to.deep.equal([]);
    });

    it('reads inline application/json too', async () => {
      const el = await fixture<GovNewsFeed>(
        html`<gov-news-feed>
          <script type="application/json">
            ${feed([{ id: '1', title: 'Plain JSON', content_text: 'x' }])}
          </script>
        </gov-news-feed>`,
      );
      expect(titles(el)).to.deep.equal(['Plain JSON']);
    });

    it('reads JSON Feed 1.0 (author), coerces numeric ids, and drops id-less items with one warning naming the element', async () => {
      let el!: GovNewsFeed;
      const warnings = await warningsDuring(async () => {
        el = await load(html`<gov-news-feed src=${fixtures + 'feed-1.0.json'}></gov-news-feed>`);
      });
      expect(titles(el)).to.deep.equal(['Numeric id', 'Second']);
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain('<gov-news-feed>')
        .and.contain('4 problem(s)')
        .and.contain('has no id')
        .and.contain('"not a date"');
      expect(clean(one(el, 'time')!.textContent)).to.equal('23 November 2016');
    });

    it('reads CuteNews RSS: CDATA titles, short stories, numeric guids, RFC 822 dates', async () => {
      await setPage('sr-Cyrl');
      let el!: GovNewsFeed;
      const warnings = await warningsDuring(async () => {
        el = await load(html`<gov-news-feed src=${fixtures + 'cutenews.rss'}></gov-news-feed>`);
      });
      expect(titles(el)).to.deep.equal([
        'Председник Владе Србије у седишту НАТО',
        'Састанак о цивилном планирању & сарадњи',
        'Вест без ИД-а',
      ]);
      expect(summaries(el)[0]).to.match(/^23\. новембар 2016\. – Председник Владе Републике Србије састао се данас/);
      expect(summaries(el)[1]).to.match(/^4\. новембар 2016\. – Стручњаци из Србије/);
      expect(warnings).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('reads CuteNews RSS written in windows-1251 and sent without a charset', async () => {
      // The RSS below, encoded in windows-1251 (CuteNews lets the admin choose the encoding).
      const base64 =
        'PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0id2luZG93cy0xMjUxIj8+Cjxyc3MgdmVyc2lvbj0iMi4wIj48Y2hhbm5lbD48dGl0bGU+wuXx8ug8L3RpdGxlPjxsYW5ndWFnZT5zcjwvbGFuZ3VhZ2U+CjxpdGVtPjx0aXRsZT48IVtDREFUQVvR4PHy4O3g6iDzIMHw6PHl6/NdXT48L3RpdGxlPjxkZXNjcmlwdGlvbj48IVtDREFUQVvK8ODy6uAg4uXx8i5dXT48L2Rlc2NyaXB0aW9uPjxndWlkIGlzUGVybWFMaW5rPSJmYWxzZSI+MTQ3OTkwNzgwMDwvZ3VpZD48cHViRGF0ZT5XZWQsIDIzIE5vdiAyMDE2IDE0OjMwOjAwICswMTAwPC9wdWJEYXRlPjwvaXRlbT4KPC9jaGFubmVsPjwvcnNzPg==';
      const el = await load(html`<gov-news-feed src=${respond({ type: 'text/xml', base64 })}></gov-news-feed>`);
      expect(titles(el)).to.deep.equal(['Састанак у Бриселу']);
      expect(summaries(el)).to.deep.equal(['23 November 2016 – Кратка вест.']);
    });

    it('reads CuteNews RSS in full: the short story sanitized', async () => {
      const el = await load(
        html`<gov-news-feed src=${fixtures + 'cutenews.rss'} show="full" limit="1"></gov-news-feed>`,
      );
      await el.updateComplete;
      const content = one(el, '[part="content"]')!;
      expect(content.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
      expect(content.querySelector('a')!.getAttribute('href')).to.equal(
        'http://www.nato.mfa.gov.rs/cirilica/vesti.php?id=1479907800',
      );
      expect(content.querySelector('a')!.hasAttribute('target')).to.equal(false);
    });

    it('reads WordPress RSS: content:encoded in full, media:content as the image, description as the summary', async () => {
      const el = await load(html`<gov-news-feed src=${fixtures + 'wordpress.rss'} images></gov-news-feed>`);
      expect(titles(el)).to.deep.equal(['Seminar on defence reform', 'Guid is the permalink']);
      expect(summaries(el)[0]).to.equal(
        '13 October 2016 – A two-day seminar on defence planning began in Belgrade today.',
      );
      expect(summaries(el)[1]).to.equal('1 October 2016 – Escaped & HTML');
      const image = one(el, 'img[part="image"]')!;
      expect(image.getAttribute('alt')).to.equal('Belgrade at dusk, the fortress hill on the left.');
      expect(image.getAttribute('width')).to.equal('640');
      el.show = 'full';
      await el.updateComplete;
      expect(one(el, '[part="content"] h3')!.textContent).to.equal('Seminar');
      expect(one(el, '[part="content"] a')!.getAttribute('href')).to.equal(
        'https://ministry.example.org/2016/10/13/seminar/programme.pdf',
      );
      await expect(el).to.be.accessible();
    });

    it('reads Atom: text constructs, xml:base, xml:lang, updated as the date when nothing was published', async () => {
      await setPage('sr-Cyrl');
      let el!: GovNewsFeed;
      await warningsDuring(async () => {
        el = await load(html`<gov-news-feed src=${fixtures + 'atom.xml'} show="full"></gov-news-feed>`);
      });
      await waitUntil(() => titles(el)[1] === 'Састанак у Београду', 'sr-Latn title not shown in Cyrillic');
      expect(titles(el)).to.deep.equal([
        'Председник Владе у седишту НАТО',
        'Састанак у Београду',
        'Plain <text> title',
        'Entry without id',
      ]);
      expect((one(el, '[part="title-link"]') as HTMLAnchorElement).href).to.equal(
        'https://mission.example.org/vesti/2016/11/predsednik.html',
      );
      expect(datelines(el)).to.deep.equal(['23. новембар 2016.', '21. новембар 2016.']);
      expect(all(el, '[part="content"] img')[0]!.getAttribute('src')).to.equal(
        'https://mission.example.org/vesti/2016/11/slika.jpg',
      );
      expect(all(el, '[part="content"]')[1]!.textContent).to.contain('Одржан је редован састанак.');
      expect(all(el, '[part="content"] a')[0]!.getAttribute('href')).to.equal(
        'https://mission.example.org/latinica/detalji.html',
      );
      await expect(el).to.be.accessible();
    });

    it('explains a document that is no feed', async () => {
      const el = await load(
        html`<gov-news-feed src=${respond({ type: 'text/xml', body: '<urlset><url/></urlset>' })}></gov-news-feed>`,
        'gov-error',
      );
      expect(clean(one(el, '[role="alert"]')!.textContent)).to.contain('does not hold content');
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('fits 320 CSS px without horizontal scrolling, with images, full text and long words', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<GovNewsFeed>(
        html`<gov-news-feed images show="full">
          <script type="application/feed+json">
            ${feed([
              {
                id: '1',
                title: 'A title with a verylongwordthatgoesonandonwithoutanybreakopportunityatall',
                url: 'https://example.org/1',
                image: '/demo/data/photos/tara-640.jpg',
                content_html: `<p>https://example.org/${'x'.repeat(200)}</p><table><tr>${'<td>cell content</td>'.repeat(12)}</tr></table>`,
                _gov: { alt: 'Tara', width: 640, height: 427 },
              },
            ])}
          </script>
        </gov-news-feed>`,
      );
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });

    it('binds only allowed URLs in everything it renders', async () => {
      const el = await load(
        html`<gov-news-feed src=${demo + 'news.en.json'} images show="full" more-href="/more"></gov-news-feed>`,
      );
      await el.updateComplete;
      const urls = boundUrls(el);
      expect(urls.length).to.be.greaterThan(5);
      expect(urls.filter((url) => !allowedUrl.test(url))).to.deep.equal([]);
    });
  });
});
