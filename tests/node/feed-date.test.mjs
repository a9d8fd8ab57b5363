// The feed date reader (src/core/feed-date.ts): every form feeds write, read to the same instant and the
// offset it was written with; a numeric date of unknown order, or any text it cannot vouch for, unread
// with a reason. Never `new Date(string)`. Shared by <gov-news-feed>, the XML readers and the CLI.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { importTs } from '../../scripts/lib/import-ts.mjs';

const { readFeedDate, readIsoDate, numericDateOrder } = await importTs('src/core/feed-date.ts');

/** The reading as `ISO instant offset`, or the problem. */
const read = (text, language) => {
  const reading = readFeedDate(text, language);
  if (!reading) return reading;
  if ('problem' in reading) return `problem: ${reading.problem}`;
  return `${reading.date.toISOString()} ${reading.offset ?? 'floating'}`;
};

const pad = (value, length = 2) => String(Math.abs(value)).padStart(length, '0');
const zone = (offset) => `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}${pad(offset % 60)}`;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Month names as the platform's CLDR data writes them (an oracle independent of month-names.ts). */
const monthNames = (locale, month) =>
  new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2016, month - 1, 1)));

/** A moment with the wall clock and offset it is written with. */
const moment = fc.record({
  year: fc.integer({ min: 1950, max: 2049 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
  offset: fc.integer({ min: -14 * 60, max: 14 * 60 }),
});
const instant = ({ year, month, day, hour, minute, second, offset }) =>
  new Date(Date.UTC(year, month - 1, day, hour, minute - offset, second)).toISOString();

describe('feed dates: RFC 3339 and ISO 8601', () => {
  it('reads RFC 3339 with its offset, and the ISO forms feeds write', () => {
    assert.equal(read('2016-11-23T14:30:00+01:00'), '2016-11-23T13:30:00.000Z 60');
    assert.equal(read('2016-11-23T00:30:00.123-05:30'), '2016-11-23T06:00:00.000Z -330');
    assert.equal(read('2016-11-23t14:30:00z'), '2016-11-23T14:30:00.000Z 0');
    assert.equal(read('2016-11-23 14:30'), '2016-11-23T14:30:00.000Z floating', 'space, no seconds, no zone');
    assert.equal(read('2016-11-23'), '2016-11-23T00:00:00.000Z floating', 'a bare date is the day as written');
    assert.equal(read('2004-07-08 23:56:58 -00:20'), '2004-07-09T00:16:58.000Z -20');
    assert.equal(read('20161123T1430Z'), '2016-11-23T14:30:00.000Z 0', 'basic form');
    assert.equal(read('2016-11-23 14:30:00 UTC'), '2016-11-23T14:30:00.000Z 0');
    assert.equal(read('2003-012-31T10:14:55+00:00'), '2003-12-31T10:14:55.000Z 0', "Google's three-digit month");
    assert.equal(read('2016-12-31T23:59:60Z'), '2016-12-31T23:59:59.000Z 0', 'a leap second');
  });

  it('reads no date that is not one', () => {
    for (const text of [
      '2003-12-31T25:14:55Z',
      '2003-12-31T10:61:55Z',
      '2003-12-31T10:14:61Z',
      '2015-02-29',
      '2016-13-01',
      '9999-12-31T23:59:59-99:99',
      '2013-01-28T11:30:00-06:00Textra',
      '2013-01-27-01',
      '2013-xx-27',
      '22013',
      '013',
    ])
      assert.match(read(text), /^problem: /, text);
    assert.match(read('2003-12'), /names no day/);
    assert.match(read('2003'), /names no day/);
  });

  it('reads every RFC 3339 date to its instant and offset (property)', () => {
    fc.assert(
      fc.property(moment, fc.boolean(), (when, colon) => {
        const { year, month, day, hour, minute, second, offset } = when;
        const written = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${
          offset === 0 ? 'Z' : zone(offset).replace(/(\d\d)$/, colon ? ':$1' : '$1')
        }`;
        const reading = readIsoDate(written);
        assert.equal(reading.date.toISOString(), instant(when), written);
        assert.equal(reading.offset, offset);
      }),
    );
  });
});

describe('feed dates: RFC 822 and its obsolete forms', () => {
  it('reads the zones RFC 822 names, military ones as UTC (RFC 5322 4.3), and the unambiguous others', () => {
    assert.equal(read('Wed, 23 Nov 2016 14:30:00 +0100'), '2016-11-23T13:30:00.000Z 60');
    assert.equal(read('Wed, 23 Nov 2016 14:30:00 GMT'), '2016-11-23T14:30:00.000Z 0');
    assert.equal(read('Sat, 07 Sep 2002 00:00:01 UT'), '2002-09-07T00:00:01.000Z 0');
    assert.equal(read('23 Nov 2016 14:30 EST'), '2016-11-23T19:30:00.000Z -300');
    assert.equal(read('23 Nov 2016 14:30 PDT'), '2016-11-23T21:30:00.000Z -420');
    assert.equal(read('23 Nov 2016 14:30 CET'), '2016-11-23T13:30:00.000Z 60');
    assert.equal(read('Thu, 30 Apr 2015 08:57:00 MEST'), '2015-04-30T06:57:00.000Z 120');
    assert.equal(read('23 Nov 2016 14:30 Z'), '2016-11-23T14:30:00.000Z 0');
    assert.equal(read('23 Nov 2016 14:30 A'), '2016-11-23T14:30:00.000Z 0', 'military A is -0000');
    assert.equal(read('Wed, 19 Feb 2012 22:40:00 GMT-01:01'), '2012-02-19T23:41:00.000Z -61');
    assert.equal(read('23 Nov 2016 14:30 GMT+1'), '2016-11-23T13:30:00.000Z 60');
    assert.equal(read('Wed, 19 Aug 2009 18:28:00 Etc/GMT'), '2009-08-19T18:28:00.000Z 0');
    assert.equal(read('23 Jul 2016 14:30 Europe/Belgrade'), '2016-07-23T12:30:00.000Z 120', 'IANA zone, summer time');
    assert.equal(read('23 Nov 2016 14:30 Europe/Belgrade'), '2016-11-23T13:30:00.000Z 60');
  });

  it('reads a vague zone name as the wall clock it gives, never shifted by a guess', () => {
    assert.equal(read('Mon, 26 January 2004 16:31:00 PT'), '2004-01-26T16:31:00.000Z floating');
    assert.equal(read('23 Nov 2016 14:30 IST'), '2016-11-23T14:30:00.000Z floating');
    assert.match(read('23 Nov 2016 14:30 XYZ'), /^problem: /, 'an unknown zone');
  });

  it('reads the obsolete and sloppy forms real feeds write', () => {
    assert.equal(read('Thu, 01 Jan 04 19:48:21 GMT'), '2004-01-01T19:48:21.000Z 0', 'two-digit year');
    assert.equal(read('Thu, 01 Jan 99 19:48:21 GMT'), '1999-01-01T19:48:21.000Z 0');
    assert.equal(read('Sat, 01 Jan 116 00:00:00 GMT'), '2016-01-01T00:00:00.000Z 0', 'three-digit year');
    assert.equal(read('Thu,  5 Apr 2012 10:00:00 GMT'), '2012-04-05T10:00:00.000Z 0');
    assert.equal(read('Fri,24 Nov 2023 18:28:36 -0000'), '2023-11-24T18:28:36.000Z 0');
    assert.equal(read('Mon, 13 Feb, 2012 06:28:00 UTC'), '2012-02-13T06:28:00.000Z 0');
    assert.equal(read('Thu, 01 Jan 2004 00:00 GMT'), '2004-01-01T00:00:00.000Z 0');
    assert.equal(read('Thu, 01 Jan 2004'), '2004-01-01T00:00:00.000Z floating');
    assert.equal(read('Wed, 23 Nov 2016 14:30:00 +0100 (CET)'), '2016-11-23T13:30:00.000Z 60', 'a comment');
    assert.equal(read('23 November 2016 14:30:00 +0100'), '2016-11-23T13:30:00.000Z 60', 'long month name');
    assert.equal(read('Thu Aug 30 2012 17:26:16 +0200'), '2012-08-30T15:26:16.000Z 120', 'month before day');
    assert.equal(
      read('Wed Nov 23 2016 14:30:00 GMT+0100 (Central European Standard Time)'),
      '2016-11-23T13:30:00.000Z 60',
      "JavaScript's Date.toString()",
    );
    assert.equal(read('Sun Jan  4 16:29:06 2004'), '2004-01-04T16:29:06.000Z floating', 'asctime');
    assert.equal(read('Sun Jul 15 01:16:00 +0000 2012'), '2012-07-15T01:16:00.000Z 0');
    assert.equal(read('Fri, 2006/09/15 08:19:53 EDT'), '2006-09-15T12:19:53.000Z -240');
    assert.equal(read('23-Nov-2016'), '2016-11-23T00:00:00.000Z floating');
    assert.equal(read('03 Apr 02 1500 GMT'), '2002-04-03T15:00:00.000Z 0', 'RSS 0.91’s own example: no colon');
    assert.equal(read('Seg, 24 Set 2018 19:42:40 -0300'), '2018-09-24T22:42:40.000Z -180', 'localized by the CMS');
  });

  it('reads the month names of the portal’s other languages and of CMSs that localize RSS dates', () => {
    assert.equal(read('23. studenoga 2016. u 10:00'), '2016-11-23T10:00:00.000Z floating', 'Croatian');
    assert.equal(read('2016. november 23.'), '2016-11-23T00:00:00.000Z floating', 'Hungarian, year first');
    assert.equal(read('23. novembra 2016'), '2016-11-23T00:00:00.000Z floating', 'Slovak');
    assert.equal(read('23 noiembrie 2016'), '2016-11-23T00:00:00.000Z floating', 'Romanian');
    assert.equal(read('Mi, 23. Nov. 2016 14:30:00 +0100'), '2016-11-23T13:30:00.000Z 60', 'German');
    assert.equal(read('23 février 2016'), '2016-02-23T00:00:00.000Z floating', 'French');
  });

  it('reads no RFC 822 date that is not one', () => {
    for (const text of [
      'Sun, 16 Dec 2012 1:2:3:4 GMT',
      'Sun, 16 zzz 2012 11:47:32 GMT',
      'Sun, Dec x 2012 11:47:32 GMT',
      'Sun, 16 Dec zz 11:47:32 GMT',
      'Sun, 16 Dec 2012 11:47:32 +zz:00',
      'Sun, 16 Dec 2012 11:47:32 +00:zz',
      'Sun, 99 Jun 2009 12:00:00 GMT',
      'Sun, 31 Dec 9999 23:59:59 -9999',
      '23 November',
      'next Tuesday',
    ])
      assert.match(read(text), /^problem: /, text);
  });

  it('reads every RFC 822 date to its instant and offset, with or without weekday and seconds (property)', () => {
    fc.assert(
      fc.property(moment, fc.boolean(), fc.boolean(), fc.boolean(), (when, weekday, seconds, shortYear) => {
        const { year, month, day, hour, minute, offset } = when;
        const written =
          `${weekday ? `${weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]}, ` : ''}` +
          `${day} ${months[month - 1]} ${shortYear ? pad(year % 100) : year} ` +
          `${pad(hour)}:${pad(minute)}${seconds ? `:${pad(when.second)}` : ''} ${zone(offset)}`;
        const expected = instant({ ...when, second: seconds ? when.second : 0 });
        assert.equal(read(written), `${expected} ${offset}`, written);
      }),
    );
  });
});

describe('feed dates: month names and numeric dates', () => {
  it('reads English and Serbian month names, in both scripts, with the time as written', () => {
    assert.equal(read('23. новембар 2016.'), '2016-11-23T00:00:00.000Z floating');
    assert.equal(read('Среда, 23. новембра 2016. године у 14:30'), '2016-11-23T14:30:00.000Z floating');
    assert.equal(read('23. novembra 2016. u 14.30 h'), '2016-11-23T14:30:00.000Z floating');
    assert.equal(read('November 23, 2016 2:30 pm'), '2016-11-23T14:30:00.000Z floating');
    assert.equal(read('November 23rd, 2016 at 2:30 p.m. EST'), '2016-11-23T19:30:00.000Z -300');
    assert.equal(read('23 Nov 2016, 12:05 am'), '2016-11-23T00:05:00.000Z floating');
  });

  it('reads dotted and year-first numeric dates, which have one order only', () => {
    assert.equal(read('23.11.2016'), '2016-11-23T00:00:00.000Z floating');
    assert.equal(read('08.02.2013. 14:30'), '2013-02-08T14:30:00.000Z floating');
    assert.equal(read('2016/11/23 14:30 CET'), '2016-11-23T13:30:00.000Z 60');
    assert.equal(read('2016. 11. 23.'), '2016-11-23T00:00:00.000Z floating', 'Hungarian');
    assert.equal(read('13/02/2013'), '2013-02-13T00:00:00.000Z floating', 'a day over 12 says the order');
    assert.equal(
      read('02/13/2013', 'sr'),
      '2013-02-13T00:00:00.000Z floating',
      'the date says it, whatever the language',
    );
    assert.equal(read('05/05/2013'), '2013-05-05T00:00:00.000Z floating', 'either order gives the same day');
  });

  it('reads an ambiguous numeric date only in the order the feed’s language says', () => {
    assert.equal(read('08/02/2013', 'sr-Latn'), '2013-02-08T00:00:00.000Z floating');
    assert.equal(read('08-02-2013 14:30', 'de'), '2013-02-08T14:30:00.000Z floating');
    assert.equal(read('08/02/13', 'en-GB'), '2013-02-08T00:00:00.000Z floating');
    assert.equal(read('08/02/2013', 'en-US'), '2013-08-02T00:00:00.000Z floating');
    for (const language of [undefined, 'en', 'en-CA', 'hu', 'sv', 'zh']) {
      assert.match(read('08/02/2013', language), /may be day\/month or month\/day/, String(language));
    }
  });

  it('says which languages decide the order', () => {
    assert.equal(numericDateOrder('sr-Cyrl-RS'), 'dmy');
    assert.equal(numericDateOrder('hr'), 'dmy');
    assert.equal(numericDateOrder('sk'), 'dmy');
    assert.equal(numericDateOrder('ro'), 'dmy');
    assert.equal(numericDateOrder('rue'), 'dmy');
    assert.equal(numericDateOrder('en-RS'), 'dmy');
    assert.equal(numericDateOrder('en-us'), 'mdy');
    assert.equal(numericDateOrder('en'), undefined);
    assert.equal(numericDateOrder('hu'), undefined);
    assert.equal(numericDateOrder(undefined), undefined);
  });

  it('reads every generated Serbian and English month-name date as written (property)', () => {
    fc.assert(
      fc.property(moment, fc.integer({ min: 0, max: 3 }), (when, form) => {
        const { year, month, day, hour, minute } = when;
        const written = [
          `${day}. ${monthNames('sr-Cyrl', month)} ${year}. у ${hour}:${pad(minute)}`,
          `${day}. ${monthNames('sr-Latn', month)} ${year}. ${hour}.${pad(minute)}`,
          `${months[month - 1]} ${day}, ${year} ${((hour + 11) % 12) + 1}:${pad(minute)} ${hour < 12 ? 'am' : 'pm'}`,
          `${day} ${months[month - 1]} ${year} ${pad(hour)}:${pad(minute)}`,
        ][form];
        assert.equal(read(written), `${instant({ ...when, second: 0, offset: 0 })} floating`, written);
      }),
    );
  });

  it('never throws, and gives a real date, a reason, or nothing for blank text (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^[\d\s:./,+-]{0,30}$/),
          fc.stringMatching(/^[A-Za-z]{0,4},? \d{1,3} [A-Za-z]{3} \d{1,4} \d{1,2}:\d{1,2}(:\d{1,2})? [A-Z+\d:-]{0,6}$/),
        ),
        fc.constantFrom(undefined, 'sr', 'en-US'),
        (text, language) => {
          const reading = readFeedDate(text, language);
          if (reading === undefined) assert.equal(text.trim(), '');
          else if ('problem' in reading) assert.equal(typeof reading.problem, 'string');
          else assert.ok(Number.isFinite(reading.date.getTime()), text);
        },
      ),
    );
  });
});
