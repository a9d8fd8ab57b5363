// The dateline a CMS wrote into an item's text, taken out by <gov-news-feed> (src/core/news-dateline.ts):
// the place into the dateline, the repeat out of summary, text and HTML alike, nothing else touched.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { importTs } from '../../scripts/lib/import-ts.mjs';

const { withoutDateline } = await importTs('src/core/news-dateline.ts');
const { mayOpenWithDateline } = await importTs('src/core/news.ts');

const item = (fields) => ({ id: '1', authors: [], tags: [], attachments: [], gov: {}, ...fields });
/** 23 November 2016, 14:30 in Brussels (UTC+1). */
const dated = { datePublished: new Date('2016-11-23T13:30:00Z'), datePublishedOffset: 60 };

describe('datelines in the story', () => {
  it('lifts the place and drops the dateline from every text of the item', () => {
    const lifted = withoutDateline(
      item({
        ...dated,
        summary: 'Brussels, 23 Nov 2016 – The Prime Minister met the Secretary General.',
        contentText: 'Brussels, 23 Nov 2016 – The Prime Minister met the Secretary General.\n\nMore.',
        contentHtml: '<p><b>Brussels, 23 Nov 2016 &ndash;</b> The Prime Minister <em>met</em> him.</p>',
      }),
    );
    assert.equal(lifted.gov.place, 'Brussels');
    assert.equal(lifted.summary, 'The Prime Minister met the Secretary General.');
    assert.equal(lifted.contentText, 'The Prime Minister met the Secretary General.\n\nMore.');
    assert.equal(lifted.contentHtml, '<p>The Prime Minister <em>met</em> him.</p>');
  });

  it('keeps _gov.place and still drops the repeat; reads the day in the zone the item was written in', () => {
    // 00:30 in Belgrade on the 24th is the 23rd in UTC: the dateline of the 24th is the item's own.
    const lifted = withoutDateline(
      item({
        datePublished: new Date('2016-11-23T23:30:00Z'),
        datePublishedOffset: 60,
        summary: 'БЕОГРАД, 24. новембра 2016. – Текст.',
        gov: { place: 'Београд' },
      }),
    );
    assert.equal(lifted.gov.place, 'Београд');
    assert.equal(lifted.summary, 'Текст.');
  });

  it('dates an undated item by a dateline with a year; leaves one without a year in the text', () => {
    const withYear = withoutDateline(item({ summary: 'Pristina/Belgrade, 21 Nov 2016 – Text.' }));
    assert.equal(withYear.datePublished.toISOString(), '2016-11-21T00:00:00.000Z');
    assert.equal(withYear.datePublishedOffset, undefined);
    assert.equal(withYear.gov.place, 'Pristina/Belgrade');
    const withoutYear = item({ summary: 'Brussels, 23 November – Text.' });
    assert.equal(withoutDateline(withoutYear), withoutYear);
  });

  it('leaves a dateline of another day, and text that is no dateline, as written', () => {
    const otherDay = item({ ...dated, summary: 'Niš, 14. septembar 2016. – Text.' });
    assert.equal(withoutDateline(otherDay), otherDay);
    const sentence = item({ ...dated, summary: 'Belgrade is 23 Nov 2016 – not a dateline.' });
    assert.equal(withoutDateline(sentence), sentence);
  });

  it('never changes an item whose texts open with no dateline (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (summary, html) => {
        fc.pre(!/^\s*[\p{Lu}\d]/u.test(summary) && !/^\s*(<[^>]*>\s*)*[\p{Lu}\d&]/u.test(html));
        const original = item({ ...dated, summary, contentHtml: html });
        assert.equal(withoutDateline(original), original);
      }),
    );
  });

  it('is looked for whenever an item may hold one: the main file’s cheap test misses no dateline (property)', () => {
    const places = ['Brussels', 'Pristina/Belgrade', 'Београд', 'Frankfurt am Main', 'BRUSSELS', 'Sremski Karlovci'];
    const dates = [
      '23 Nov 2016',
      '23 November 2016',
      'November 23, 2016',
      '23. новембра 2016. године',
      '23.11.2016.',
      'Wednesday, 23 November 2016',
    ];
    const wrappers = [
      ['', ''],
      ['<p>', ''],
      ['<p><b>', '</b>'],
      ['<div><p><strong>', ' </strong>'],
    ];
    const dashes = [' – ', ' &ndash; ', ' &#8211; ', '&nbsp;— ', ' - '];
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        fc.constantFrom(...dates),
        fc.constantFrom(...wrappers),
        fc.constantFrom(...dashes),
        fc.string({ maxLength: 60 }),
        (place, date, [open, close], dash, rest) => {
          const html = `${open}${place}, ${date}${close}${dash}The ${rest}`;
          const original = item({ ...dated, contentHtml: html });
          if (withoutDateline(original) !== original) assert.ok(mayOpenWithDateline(original), html);
          const text = item({ ...dated, summary: `${place}, ${date}${dash.replace(/&\S+;/, '–')}The ${rest}` });
          if (withoutDateline(text) !== text) assert.ok(mayOpenWithDateline(text), text.summary);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (summary) => {
        const original = item({ ...dated, summary });
        if (withoutDateline(original) !== original) assert.ok(mayOpenWithDateline(original), summary);
      }),
    );
  });
});
