import { expect } from '@open-wc/testing';
import { plainText, readJsonFeed } from '../../src/core/feed.js';
import { readIsoDate } from '../../src/core/iso-date.js';

const offsetOf = (value: string) => readIsoDate(value)?.offset;

describe('feed model: shared readers', () => {
  describe('readIsoDate (JSON Feed dates, in the news feed’s main file)', () => {
    it('reads RFC 3339 offsets, with or without a colon', () => {
      expect(offsetOf('2016-11-23T00:30:00+01:00')).to.equal(60);
      expect(offsetOf('2016-11-23T00:30-05:30')).to.equal(-330);
      expect(offsetOf('2016-11-23T00:30:00+0100')).to.equal(60);
      expect(offsetOf('2016-11-23T14:30:00.123Z')).to.equal(0);
    });

    it('keeps a date or time written without a zone as written, in no zone (never the reader’s)', () => {
      const bare = readIsoDate('2016-11-23')!;
      expect(bare.offset).to.equal(undefined);
      expect(bare.date.toISOString()).to.equal('2016-11-23T00:00:00.000Z');
      expect(readIsoDate('2016-11-23 10:00')!.date.toISOString()).to.equal('2016-11-23T10:00:00.000Z');
    });

    it('reads nothing that is not RFC 3339: other forms are for the full reader, never for Date', () => {
      for (const text of [
        'Wed, 23 Nov 2016 14:30:00 +0100',
        '08/02/2013',
        'next Tuesday',
        '2016-02-30',
        '2016-11-23T24:00',
      ])
        expect(readIsoDate(text), text).to.equal(undefined);
    });
  });

  describe('plainText', () => {
    it('keeps block boundaries as spaces and drops script text', () => {
      expect(plainText('<p>One</p><p>Two<br>Three</p><script>alert(1)</script>')).to.equal('One Two Three');
    });

    it('leaves text without markup as it is', () => {
      expect(plainText('  News of the day ')).to.equal('News of the day');
    });
  });

  it('gives each JSON Feed item the base of its content and the offset of its date', () => {
    const feed = readJsonFeed(
      {
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          { id: 1, url: 'news/a.html', content_html: '<img src="a.png">', date_published: '2016-11-23T00:30:00+01:00' },
          { id: 2, url: 'mailto:press@example.org', content_text: 'b' },
          { id: 3, content_text: 'c' },
        ],
      },
      'https://example.org/feeds/news.json',
    );
    expect(feed.items.map((item) => item.contentBaseUrl)).to.deep.equal([
      'https://example.org/feeds/news/a.html',
      'https://example.org/feeds/news.json',
      'https://example.org/feeds/news.json',
    ]);
    expect(feed.items[0]!.datePublishedOffset).to.equal(60);
  });
});
