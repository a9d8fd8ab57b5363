import { expect } from '@open-wc/testing';
import { readFeed, readXmlFeed } from '../../src/core/feed-xml.js';
import { FeedFormatError, type Feed } from '../../src/core/feed.js';
import { parseDocument, parseXml } from '../../src/page/load.js';

const fixtures = new URL('/tests/fixtures/news-feed/', location.href).href;

async function read(name: string): Promise<Feed> {
  const text = await (await fetch(fixtures + name)).text();
  return readFeed(parseDocument(text, { xml: parseXml }), fixtures + name);
}

const xml = (text: string) => {
  const parsed = parseDocument(text, { xml: parseXml });
  if (parsed.kind !== 'xml') throw new Error('not XML');
  return parsed.document;
};

describe('RSS and Atom readers (src/core/feed-xml.ts)', () => {
  describe('CuteNews RSS 2.0', () => {
    let feed: Feed;
    before(async () => {
      feed = await read('cutenews.rss');
    });

    it('reads the channel: title from CDATA, home page, self link, language; an empty description is none', () => {
      expect(feed.title).to.equal('Мисија Републике Србије при НАТО');
      expect(feed.homePageUrl).to.equal('http://www.nato.mfa.gov.rs/cirilica/index.php');
      expect(feed.feedUrl).to.equal('http://www.nato.mfa.gov.rs/rss.php');
      expect(feed.language).to.equal('sr');
      expect(feed.description).to.equal(undefined);
    });

    it('uses the numeric guid (isPermaLink="false") as id only, and <link> as the URL', () => {
      expect(feed.items.map((item) => item.id).slice(0, 2)).to.deep.equal(['1479907800', '1478257200']);
      expect(feed.items[0]!.url).to.equal('http://www.nato.mfa.gov.rs/cirilica/index.php');
    });

    it('keeps the short story (description in CDATA) as HTML to sanitize, with no separate summary', () => {
      expect(feed.items[0]!.contentHtml).to.contain('<p>Председник Владе');
      expect(feed.items[0]!.summary).to.equal(undefined);
      expect(feed.items[1]!.title).to.equal('Састанак о цивилном планирању & сарадњи');
    });

    it('reads RFC 822 dates with the offset they were written in', () => {
      const [first, second] = feed.items;
      expect(first!.datePublished!.toISOString()).to.equal('2016-11-23T13:30:00.000Z');
      expect(first!.datePublishedOffset).to.equal(60);
      expect(second!.datePublished!.toISOString()).to.equal('2016-11-03T23:30:00.000Z');
      expect(second!.datePublishedOffset).to.equal(60);
    });

    it('keeps the item without guid or link, with an id made of its content, and reports nothing', () => {
      expect(feed.items).to.have.length(3);
      expect(feed.items[2]!.title).to.equal('Вест без ИД-а');
      expect(feed.items[2]!.id).to.match(/^item-[0-9a-z]+$/);
      expect(feed.problems).to.deep.equal([]);
    });
  });

  describe('WordPress-style RSS 2.0 with modules', () => {
    let feed: Feed;
    before(async () => {
      feed = await read('wordpress.rss');
    });

    it('takes content:encoded as the story and the description as its summary', () => {
      const [item] = feed.items;
      expect(item!.contentHtml).to.contain('<strong>defence planning</strong>');
      expect(item!.summary).to.equal('A two-day seminar on defence planning began in Belgrade today.');
    });

    it('reads dc:creator, categories, media:content with its description as alt text, and other enclosures', () => {
      const [item] = feed.items;
      expect(item!.authors).to.deep.equal([{ name: 'Press Office' }]);
      expect(item!.tags).to.deep.equal(['Defence', 'Belgrade']);
      expect(item!.image).to.equal(new URL('/demo/data/photos/belgrade-confluence-640.jpg', location.href).href);
      expect(item!.gov).to.include({
        alt: 'Belgrade at dusk, the fortress hill on the left.',
        width: 640,
        height: 360,
      });
      expect(item!.attachments).to.deep.equal([
        {
          url: 'https://ministry.example.org/files/programme.pdf',
          mimeType: 'application/pdf',
          title: undefined,
          sizeInBytes: 12345,
        },
      ]);
    });

    it('treats a guid without isPermaLink as the permalink, reads dc:date and media:thumbnail', () => {
      const item = feed.items[1]!;
      expect(item.id).to.equal('https://ministry.example.org/2016/10/01/permalink/');
      expect(item.url).to.equal('https://ministry.example.org/2016/10/01/permalink/');
      expect(item.datePublishedOffset).to.equal(120);
      expect(item.contentHtml).to.equal('<p>Escaped &amp; HTML</p>');
      expect(item.image).to.match(/\/demo\/data\/photos\/tara-thumb\.jpg$/);
      expect(item.gov.alt).to.equal(undefined);
    });

    it('follows atom:link rel="next" for paging, and canonicalizes the language', () => {
      expect(feed.nextUrl).to.equal(fixtures + 'wordpress-2.rss');
      expect(feed.language).to.equal('en-GB');
    });
  });

  describe('Atom 1.0', () => {
    let feed: Feed;
    before(async () => {
      feed = await read('atom.xml');
    });

    it('reads the feed: html title decoded once, xml:lang, self and alternate links against xml:base', () => {
      expect(feed.title).to.equal('Вести &amp; догађаји'.replace('&amp;', '&'));
      expect(feed.language).to.equal('sr-Cyrl');
      expect(feed.feedUrl).to.equal('https://mission.example.org/feeds/atom.xml');
      expect(feed.homePageUrl).to.equal('https://mission.example.org/vesti/');
    });

    it('resolves entry links and content against the xml:base in scope', () => {
      const [first, second] = feed.items;
      expect(first!.url).to.equal('https://mission.example.org/vesti/2016/11/predsednik.html');
      expect(first!.contentBaseUrl).to.equal('https://mission.example.org/vesti/2016/11/');
      expect(second!.url).to.equal('https://mission.example.org/latinica/2016/11/sastanak.html');
      // An xml:base in scope is the base of the content, as RFC 4287 says, not the entry's link.
      expect(second!.contentBaseUrl).to.equal('https://mission.example.org/latinica/');
    });

    it('reads html, xhtml and text content, and text constructs as plain text', () => {
      const [first, second, third] = feed.items;
      expect(first!.contentHtml).to.equal('<p>Текст вести са <img src="slika.jpg" alt="Слика">.</p>');
      expect(first!.summary).to.equal('Састанак са генералним секретаром НАТО.');
      expect(second!.title).to.equal('Sastanak u Beogradu');
      expect(second!.contentHtml).to.contain('<strong');
      expect(second!.contentHtml).to.contain('redovan</strong> sastanak.');
      expect(third!.title).to.equal('Plain <text> title');
      expect(third!.contentText).to.equal('Only text content.\nSecond line.');
      expect(third!.contentHtml).to.equal(undefined);
    });

    it('dates an entry by published, else by updated, and survives a bad date', () => {
      const [first, second, third] = feed.items;
      expect(first!.datePublished!.toISOString()).to.equal('2016-11-22T23:30:00.000Z');
      expect(first!.datePublishedOffset).to.equal(60);
      expect(first!.dateModified!.toISOString()).to.equal('2016-11-24T09:00:00.000Z');
      expect(second!.datePublished!.toISOString()).to.equal('2016-11-21T15:00:00.000Z');
      expect(third!.datePublished).to.equal(undefined);
    });

    it('reads xml:lang per entry, categories by label, authors from the feed, images from enclosures and thumbnails', () => {
      const [first, second, third] = feed.items;
      expect(first!.language).to.equal('sr-Cyrl');
      expect(second!.language).to.equal('sr-Latn');
      expect(first!.tags).to.deep.equal(['НАТО']);
      expect(first!.authors).to.deep.equal([{ name: 'Мисија', url: undefined }]);
      expect(second!.image).to.equal('https://mission.example.org/slike/beograd.jpg');
      expect(third!.image).to.equal('https://mission.example.org/thumbs/3.jpg');
      expect(third!.gov).to.include({ width: 120, height: 80 });
    });

    it('keeps the entry without id (an id made of its content), and says why the third is undated', () => {
      expect(feed.items).to.have.length(4);
      expect(feed.items[3]!.contentText).to.equal('Kept: an id is made of its content.');
      expect(feed.problems).to.deep.equal(['item 3 is undated: "not a date" is not a date this reader knows']);
    });
  });

  describe('other XML', () => {
    it('reads RSS 1.0 (RDF) with items beside the channel', () => {
      const feed = readXmlFeed(
        xml(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://example.org/"><title>RDF</title><link>https://example.org/</link></channel>
          <item rdf:about="https://example.org/1"><title>One</title><link>https://example.org/1</link><dc:date>2016-11-23</dc:date></item>
        </rdf:RDF>`),
        'https://example.org/feed.rdf',
      );
      expect(feed.items.map((item) => [item.id, item.title, item.datePublished?.toISOString()])).to.deep.equal([
        ['https://example.org/1', 'One', '2016-11-23T00:00:00.000Z'],
      ]);
    });

    it('rejects XML that is no feed with a FeedFormatError; an RSS document without channel has no items', () => {
      expect(() => readXmlFeed(xml('<urlset><url/></urlset>'), fixtures)).to.throw(FeedFormatError, '<urlset>');
      expect(readXmlFeed(xml('<rss version="2.0"></rss>'), fixtures).items).to.deep.equal([]);
    });

    it('reads Atom in any namespace or none (drafts, 0.3), and RSS bare markup, dc:title and media:title', () => {
      const atom = readXmlFeed(
        xml(`<feed xmlns="http://purl.org/atom/ns#draft-ietf-atompub-format-08"><title>Draft</title>
          <entry><id>1</id><title>Entry</title><issued>2004-01-01T19:48:21Z</issued></entry></feed>`),
        fixtures,
      );
      expect([atom.title, atom.items[0]!.title, atom.items[0]!.datePublished?.toISOString()]).to.deep.equal([
        'Draft',
        'Entry',
        '2004-01-01T19:48:21.000Z',
      ]);
      const rss = readXmlFeed(
        xml(`<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel>
          <item><dc:title>DC title</dc:title><description><p>Bare <b>markup</b></p></description></item>
          <item><media:title>Media title</media:title><link>https://example.org/2</link></item>
        </channel></rss>`),
        fixtures,
      );
      expect(rss.items.map((item) => [item.title, item.contentHtml])).to.deep.equal([
        ['DC title', '<p>Bare <b>markup</b></p>'],
        ['Media title', undefined],
      ]);
    });

    it('applies each xml:base once, from the root down, relative ones included', () => {
      const feed = readXmlFeed(
        xml(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="news/">
          <link rel="next" href="page-2.xml"/>
          <entry xml:base="2016/"><id>1</id><link href="a.html"/><content type="html">x</content></entry>
        </feed>`),
        'https://example.org/feeds/atom.xml',
      );
      expect(feed.nextUrl).to.equal('https://example.org/feeds/news/page-2.xml');
      expect(feed.items[0]!.url).to.equal('https://example.org/feeds/news/2016/a.html');
      expect(feed.items[0]!.contentBaseUrl).to.equal('https://example.org/feeds/news/2016/');
    });

    it('applies the URL policy to every URL in the XML', () => {
      const feed = readXmlFeed(
        xml(`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
          <link>javascript:alert(1)</link><atom:link rel="next" href="javascript:alert(2)"/>
          <item><guid>javascript:alert(3)</guid><title>t</title>
            <media:content url="javascript:alert(4)" medium="image"/>
            <enclosure url="data:text/html,x" type="text/html"/></item>
        </channel></rss>`),
        fixtures,
      );
      expect(feed.homePageUrl).to.equal(undefined);
      expect(feed.nextUrl).to.equal(undefined);
      expect(feed.items[0]!.url).to.equal(undefined);
      expect(feed.items[0]!.image).to.equal(undefined);
      expect(feed.items[0]!.attachments).to.deep.equal([]);
    });
  });
});
