// The news feed's dateline date (src/core/news.ts formatNewsDate), in Node as in the element: the day
// as written in the feed's own zone, in the page's formatting locale, European day-month order in English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from '../../scripts/lib/import-ts.mjs';

const { formatNewsDate } = await importTs('src/core/news.ts');

const late = new Date(Date.UTC(2016, 10, 22, 23, 30)); // 23 Nov 2016, 00:30 in Brussels (+01:00)

test('the day as written where the feed was written, not where it is read', () => {
  assert.equal(formatNewsDate(late, 60, 'en'), '23 November 2016');
  assert.equal(formatNewsDate(late, 0, 'en'), '22 November 2016');
  assert.equal(formatNewsDate(late, undefined, 'en'), '22 November 2016', 'no zone: the date as given');
  assert.equal(formatNewsDate(late, -600, 'en'), '22 November 2016');
});

test("each formatting locale's own order and words", () => {
  assert.equal(formatNewsDate(late, 60, 'sr-Cyrl'), '23. новембар 2016.');
  assert.equal(formatNewsDate(late, 60, 'sr-Latn'), '23. novembar 2016.');
  assert.equal(formatNewsDate(late, 60, 'hu'), '2016. november 23.');
  assert.equal(formatNewsDate(late, 60, 'en-US'), 'November 23, 2016', 'only plain en is read as European English');
});
