import { expect } from '@open-wc/testing';
import { parseDate, plainText, readJsonFeed, writtenOffset } from '../../src/core/feed.js';

const offsetOf = (value: string) => writtenOffset(value, parseDate(value));

describe('feed model: shared readers', () => {
  describe('writtenOffset', () => {
    it('reads numeric offsets in RFC 3339 and RFC 822 form', () => {
      expect(offsetOf('2016-11-23T00:30:00+01:00')).to.equal(60);
      expect(offsetOf('2016-11-23T00:30-05:30')).to.equal(-330);
      expect(offsetOf('Wed, 23 Nov 2016 14:30:00 +0100')).to.equal(60);
      expect(offsetOf('2016-11-23T14:30:00.123Z')).to.equal(0);
    });

    it('reads named zones', () => {
      expect(offsetOf('Wed, 23 Nov 2016 14:30:00 GMT')).to.equal(0);
      expect(offsetOf('Sat, 07 Sep 2002 00:00:01 UT')).to.equal(0);
      expect(offsetOf('23 Nov 2016 14:30 EST')).to.equal(-300);
      expect(offsetOf('23 Nov 2016 14:30 PDT')).to.equal(-420);
    });

    it('treats a bare date as UTC and a time without zone as local, as Date does', () => {
      expect(offsetOf('2016-11-23')).to.equal(0);
      const local = parseDate('2016-11-23T10:00')!;
      expect(writtenOffset('2016-11-23T10:00', local)).to.equal(-local.getTimezoneOffset());
    });

    it('gives nothing for a date that did not parse', () => {
      expect(offsetOf('next Tuesday')).to.equal(undefined);
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
