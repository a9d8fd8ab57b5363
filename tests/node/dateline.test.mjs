// The dateline recognizer is shared by <gov-news-feed> and the publishing tool: it must run in plain
// Node, lift every dateline shape Serbian government CMSs write, and never take text that is not one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { importTs } from '../../scripts/lib/import-ts.mjs';

const { readDateline, liftDateline, liftDatelineFromHtml, sameDay } = await importTs('src/core/dateline.ts');

const english = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const latinGenitive = [
  'januara',
  'februara',
  'marta',
  'aprila',
  'maja',
  'juna',
  'jula',
  'avgusta',
  'septembra',
  'oktobra',
  'novembra',
  'decembra',
];
const latinNominative = [
  'januar',
  'februar',
  'mart',
  'april',
  'maj',
  'jun',
  'jul',
  'avgust',
  'septembar',
  'oktobar',
  'novembar',
  'decembar',
];
const cyrillicGenitive = [
  'јануара',
  'фебруара',
  'марта',
  'априла',
  'маја',
  'јуна',
  'јула',
  'августа',
  'септембра',
  'октобра',
  'новембра',
  'децембра',
];
const cyrillicNominative = [
  'јануар',
  'фебруар',
  'март',
  'април',
  'мај',
  'јун',
  'јул',
  'август',
  'септембар',
  'октобар',
  'новембар',
  'децембар',
];

/** Every way a CMS writes the date of a dateline. */
const dateFormats = [
  ({ day, month, year }) => `${day} ${english[month - 1]} ${year}`,
  ({ day, month, year }) => `${day} ${english[month - 1].slice(0, 3)} ${year}`,
  ({ day, month, year }) => `${english[month - 1]} ${day}, ${year}`,
  ({ day, month, year }) => `${day}. ${latinGenitive[month - 1]} ${year}.`,
  ({ day, month, year }) => `${day}. ${latinNominative[month - 1]} ${year}. godine`,
  ({ day, month, year }) => `${day}. ${cyrillicGenitive[month - 1]} ${year}. године`,
  ({ day, month, year }) => `${day}. ${cyrillicNominative[month - 1]} ${year}.`,
  ({ day, month, year }) => `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}.`,
];
const places = [
  'Brussels',
  'Pristina/Belgrade',
  'Београд',
  'Novi Sad',
  'Нови Сад',
  'BRUSSELS',
  'Frankfurt am Main',
  'New York',
  'Sremski Karlovci',
  'Ženeva',
];
const dashes = [' – ', ' — ', ' - ', ' &ndash; '.replace('&ndash;', '–'), '\u00a0– '];

const calendarDay = fc.record({
  year: fc.integer({ min: 1990, max: 2040 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
});
/** Story text: starts with a capital, as a lead sentence does, and may hold anything after it. */
const sentence = fc
  .tuple(fc.constantFrom('The', 'Prime', 'Министар', 'Ministar', 'NATO'), fc.string())
  .map(([first, rest]) => `${first} ${rest}`);

describe('dateline recognizer', () => {
  it('reads the datelines of the seed site and its Serbian pages', () => {
    assert.deepEqual(liftDateline('Brussels, 23 Nov 2016 – Prime Minister Vučić met'), {
      place: 'Brussels',
      date: { day: 23, month: 11, year: 2016 },
      rest: 'Prime Minister Vučić met',
    });
    assert.equal(liftDateline('Pristina/Belgrade, 21 Nov 2016 – The').place, 'Pristina/Belgrade');
    assert.equal(liftDateline('Београд, 13. октобар 2016. – Министар').rest, 'Министар');
    assert.equal(liftDateline('Beograd, 13. oktobra 2016. godine - Ministar').place, 'Beograd');
    assert.equal(liftDateline('Brussels, Wednesday, 23 November 2016 — The').place, 'Brussels');
    assert.equal(liftDateline('Monday, 5 June 2017 – The').place, undefined);
    assert.deepEqual(readDateline('13.10.2016. – text').date, { day: 13, month: 10, year: 2016 });
  });

  it('never takes text that is not a dateline', () => {
    for (const text of [
      'Belgrade is 23 Nov 2016 – no',
      'Belgrade said 23 Nov 2016 – that',
      'On 23 November 2016 – the day',
      'U Beogradu 23. novembra 2016. – održan',
      'Novi Sad, 31. 02. 2016. – no such day',
      'Brussels, 23 Nov 2016 and more – text',
      'Brussels, 2016-11-23 – text',
      'Brussels, 08/02/2013 – a slash date has no known order',
      '23 Nov 2016-ish is not a dash',
    ]) {
      assert.equal(readDateline(text), undefined, text);
    }
  });

  it('lifts a dateline only when its day is the item’s (one day of zone slack), or when the item has no date', () => {
    const text = 'Brussels, 23 Nov 2016 – The';
    assert.ok(liftDateline(text, { year: 2016, month: 11, day: 23 }));
    assert.ok(liftDateline(text, { year: 2016, month: 11, day: 24 }));
    assert.equal(liftDateline(text, { year: 2016, month: 12, day: 23 }), undefined);
    assert.equal(liftDateline(text, { year: 2015, month: 11, day: 23 }), undefined);
    assert.ok(liftDateline(text));
    assert.ok(
      sameDay({ month: 12, day: 31 }, { year: 2017, month: 1, day: 1 }),
      'a dateline without a year, across New Year',
    );
  });

  it('lifts every generated dateline and leaves the story as written', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        calendarDay,
        fc.constantFrom(...dateFormats),
        fc.constantFrom(...dashes),
        fc.constantFrom(', ', ' '),
        sentence,
        (place, day, format, dash, comma, story) => {
          const lifted = liftDateline(`${place}${comma}${format(day)}${dash}${story}`, day);
          assert.ok(lifted, `${place}${comma}${format(day)}${dash}`);
          assert.equal(lifted.place, place);
          assert.deepEqual(lifted.date, { ...day });
          assert.equal(lifted.rest, story);
        },
      ),
    );
  });

  it('leaves text that does not start with a capital or a digit alone', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!/^\s*[\p{Lu}\d]/u.test(text));
        assert.equal(readDateline(text), undefined);
      }),
    );
  });

  it('lifts a dateline out of a story’s HTML, keeping its paragraphs and markup', () => {
    const day = { year: 2016, month: 11, day: 23 };
    assert.equal(
      liftDatelineFromHtml('<p><b>Brussels,&nbsp;23 Nov 2016 &ndash;</b> The Prime Minister <b>met</b></p>', day).rest,
      '<p>The Prime Minister <b>met</b></p>',
    );
    assert.equal(liftDatelineFromHtml('<p><strong>Brussels, 23 Nov 2016 – </strong>The</p>', day).rest, '<p>The</p>');
    assert.equal(
      liftDatelineFromHtml('<div><p>Brussels, 23 Nov 2016 &#8211; <b>The</b> x</p></div>', day).rest,
      '<div><p><b>The</b> x</p></div>',
    );
    assert.equal(liftDatelineFromHtml('<p><b>Brussels, 23 Nov 2016 – The</b> x</p>', day).rest, '<p><b>The</b> x</p>');
    assert.equal(
      liftDatelineFromHtml('<p><img src="x.jpg">Brussels, 23 Nov 2016 – The</p>', day),
      undefined,
      'an image first: not a lead',
    );
    assert.equal(liftDatelineFromHtml('<p><a href="/x">Brussels, 23 Nov 2016 – The</a></p>', day), undefined);
  });

  it('lifts from HTML whatever the wrapping, and removes nothing but the dateline’s text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        calendarDay,
        fc.constantFrom(...dateFormats),
        fc.constantFrom(['<p>', ' '], ['<p><b>', '</b> '], ['<p><strong>', ' </strong>'], ['<div><p>', '&nbsp;']),
        fc.stringMatching(/^[A-Z][a-z ,.]{0,40}$/),
        (place, day, format, [open, close], story) => {
          const html = `${open}${place}, ${format(day)} &ndash;${close}${story}</p>`;
          const lifted = liftDatelineFromHtml(html, day);
          assert.ok(lifted, html);
          assert.equal(lifted.place, place);
          assert.equal(lifted.rest.replace(/<[^>]*>/g, ''), story);
        },
      ),
    );
  });
});
