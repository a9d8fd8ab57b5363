import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedFormatError, readJsonFeed, type FeedItem } from '../../src/core/feed.js';
import { readFeed } from '../../src/core/feed-xml.js';
import { dateTimeAttribute, itemText, shorten, shortTextLength, writtenDate } from '../../src/core/news.js';

const base = 'https://example.org/feeds/news.json';
const item = (fields: Partial<FeedItem>): FeedItem => ({
  id: '1',
  authors: [],
  tags: [],
  attachments: [],
  gov: {},
  ...fields,
});

describe('news text and dates (src/core/news.ts)', () => {
  describe('shorten', () => {
    it('leaves short text alone, with whitespace collapsed', () => {
      expect(shorten('One\n\ntwo   three')).to.equal('One two three');
    });

    it('cuts long text at a word boundary with an ellipsis, dropping trailing punctuation', () => {
      const text = 'Word, '.repeat(100);
      const short = shorten(text, 40);
      expect(short).to.equal('Word, Word, Word, Word, Word, Word, Word…');
    });

    it('cuts a very long word where it stands, never inside a surrogate pair', () => {
      expect(shorten('x'.repeat(50), 20)).to.equal(`${'x'.repeat(20)}…`);
      expect(shorten(`${'x'.repeat(19)}😀😀😀😀`, 20)).to.equal(`${'x'.repeat(19)}…`);
    });

    it('never returns more than the limit plus the ellipsis, and always a prefix of the words (property)', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 800 }), fc.integer({ min: 10, max: 400 }), (text, max) => {
          const collapsed = text.replace(/\s+/g, ' ').trim();
          const short = shorten(text, max);
          expect(short.length).to.be.at.most(max + 1);
          if (short.endsWith('…') && collapsed.length > max) {
            expect(collapsed.startsWith(short.slice(0, -1))).to.equal(true);
          } else {
            expect(short).to.equal(collapsed);
          }
        }),
      );
    });
  });

  describe('itemText', () => {
    it('prefers the summary, then content_text, then the text of content_html', () => {
      expect(itemText(item({ summary: 'S', contentText: 'T', contentHtml: '<p>H</p>' }))).to.equal('S');
      expect(itemText(item({ contentText: 'T', contentHtml: '<p>H</p>' }))).to.equal('T');
      expect(itemText(item({ contentHtml: '<p>First</p><p>Second &amp; third</p><script>x()</script>' }))).to.equal(
        'First Second & third',
      );
      expect(itemText(item({}))).to.equal(undefined);
    });

    it(`gives about ${shortTextLength} characters of a long story once shortened`, () => {
      const short = shorten(itemText(item({ contentHtml: `<p>${'Story text. '.repeat(100)}</p>` }))!);
      expect(short.length).to.be.within(shortTextLength - 20, shortTextLength + 1);
    });
  });

  describe('dates as written', () => {
    it('keeps the calendar day of the place a story was written', () => {
      const date = new Date('2016-11-23T00:30:00+01:00');
      expect(date.getUTCDate()).to.equal(22);
      expect(writtenDate(date, 60).getUTCDate()).to.equal(23);
      expect(dateTimeAttribute(date, 60)).to.equal('2016-11-23T00:30:00+01:00');
      expect(dateTimeAttribute(date, -330)).to.equal('2016-11-22T18:00:00-05:30');
      expect(dateTimeAttribute(date, 0)).to.equal('2016-11-22T23:30:00Z');
    });

    it('writes a date without a zone without one, and a bare date as a date', () => {
      expect(dateTimeAttribute(new Date('2016-11-23T14:30:00Z'))).to.equal('2016-11-23T14:30:00');
      expect(dateTimeAttribute(new Date('2016-11-23T00:00:00Z'))).to.equal('2016-11-23');
    });

    it('stays a valid date at the edge of the Date range', () => {
      const last = new Date(8.64e15);
      expect(writtenDate(last, 60).getTime()).to.equal(last.getTime());
    });
  });
});

describe('feed readers: properties (fast-check)', () => {
  it('throw nothing but FeedFormatError for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          readFeed({ kind: 'json', value }, base);
        } catch (error) {
          expect(error).to.be.instanceOf(FeedFormatError);
        }
      }),
    );
  });

  it('read any items of a JSON Feed without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 20 }), fc.jsonValue(), (items, extension) => {
        const feed = readJsonFeed({ version: 'https://jsonfeed.org/version/1.1', items, _gov: extension }, base);
        expect(feed.items.length + feed.problems.length).to.equal(items.length);
      }),
    );
  });

  it('keep items with distinct ids in feed order, whatever else they hold', () => {
    const field = fc.option(fc.oneof(fc.string(), fc.jsonValue()), { nil: undefined });
    const arbitraryItem = fc.record({
      title: field,
      url: field,
      summary: field,
      content_html: field,
      date_published: field,
      tags: field,
      image: field,
      _gov: field,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.oneof(
            fc.string({ minLength: 1 }).filter((id) => id.trim() !== ''),
            fc.integer(),
          ),
          {
            maxLength: 15,
            selector: (id) => String(id).trim(),
          },
        ),
        fc.array(arbitraryItem, { minLength: 15, maxLength: 15 }),
        (ids, fields) => {
          const items = ids.map((id, index) => ({ ...fields[index], id }));
          const feed = readJsonFeed({ version: 'https://jsonfeed.org/version/1', items }, base);
          expect(feed.items.map((read) => read.id)).to.deep.equal(ids.map((id) => String(id).trim()));
        },
      ),
    );
  });

  it('read any text in RSS elements without throwing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: fc.string(),
            link: fc.string(),
            description: fc.string(),
            pubDate: fc.string(),
            guid: fc.string(),
          }),
          { maxLength: 5 },
        ),
        (entries) => {
          const document = document_();
          const channel = document.documentElement.appendChild(document.createElement('channel'));
          for (const entry of entries) {
            const element = channel.appendChild(document.createElement('item'));
            for (const [name, value] of Object.entries(entry))
              element.appendChild(document.createElement(name)).textContent = value;
          }
          const feed = readFeed({ kind: 'xml', document }, base);
          const dropped = feed.problems.filter((problem) => !problem.includes('undated'));
          expect(feed.items.length + dropped.length).to.equal(entries.length);
        },
      ),
    );
  });
});

function document_(): XMLDocument {
  return document.implementation.createDocument(null, 'rss');
}
