/**
 * What a news list shows of an item, apart from rendering: its short text and its date as written.
 */
import { plainText, type FeedItem } from './feed.js';

/** About three lines of a news list: long enough for the lead sentence, short enough to scan. */
export const shortTextLength = 280;

/**
 * `text` cut at the last word boundary within `max` characters, with an ellipsis; whitespace
 * (line breaks of content_text) collapsed to single spaces.
 */
export function shorten(text: string, max = shortTextLength): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= max) return collapsed;
  // A word that ends right at the limit is whole.
  const boundary = /[\s,.;:!?]/.test(collapsed[max]!) ? max : collapsed.lastIndexOf(' ', max);
  // A word longer than half the space (a URL, a German compound) is cut where it stands.
  let shortened = collapsed.slice(0, boundary > max / 2 ? boundary : max);
  if (/[\uD800-\uDBFF]$/.test(shortened)) shortened = shortened.slice(0, -1);
  return `${shortened.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The item's text: its summary, else its plain text, else the text of its HTML; undefined when it has none. */
export function itemText(item: FeedItem): string | undefined {
  return item.summary ?? item.contentText ?? plainText(item.contentHtml);
}

/**
 * The date as written in the feed, as a Date whose UTC fields are the wall-clock fields of the
 * place it was written: format it with `timeZone: 'UTC'`.
 */
export function writtenDate(date: Date, offsetMinutes = 0): Date {
  const written = new Date(date.getTime() + offsetMinutes * 60_000);
  // At the edge of the Date range a shift can fall off it; the instant itself is the next best thing.
  return Number.isNaN(written.getTime()) ? date : written;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The dateline's date in a formatting locale (the page's): "23 November 2016" (English in the
 * day-month-year order of European English, not the US order), "23. новембар 2016.",
 * "2016. november 23.", "23. studenoga 2016.".
 */
export function formatNewsDate(date: Date, offset: number | undefined, locale: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format.format(writtenDate(date, offset));
}

const twoDigits = (value: number) => String(Math.abs(value)).padStart(2, '0');

/**
 * A valid `<time datetime>` for the date, in the zone it was written in: `2016-11-23T14:30:00+01:00`.
 * A date written without a zone (offset undefined) stays without one, never in the reader's:
 * `2016-11-23T14:30:00`, or `2016-11-23` when it names no time.
 */
export function dateTimeAttribute(date: Date, offsetMinutes?: number): string {
  const written = writtenDate(date, offsetMinutes).toISOString().slice(0, 19);
  if (offsetMinutes === undefined) return written.replace(/T00:00:00$/, '');
  if (offsetMinutes === 0) return `${written}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${written}${sign}${twoDigits(Math.trunc(offsetMinutes / 60))}:${twoDigits(offsetMinutes % 60)}`;
}

/**
 * Whether an item's text may open with a dateline ("Brussels, 23 Nov 2016 – …"): a digit early on and
 * a dash soon after it, in the text with its tags and entities blurred. True for every dateline
 * dateline.ts reads (and for some other texts): then its reader is loaded to look.
 */
export const mayOpenWithDateline = (item: FeedItem): boolean =>
  [item.summary, item.contentText, item.contentHtml].some(
    (text) =>
      text !== undefined &&
      /^\D{0,250}?\d[^]{0,60}?[–—―-]/.test(
        text
          .slice(0, 1000)
          .replace(/<[^>]*>|&[^;\s]{1,9};/g, (markup) => (markup[0] === '&' ? '-' : ' '))
          .replace(/\s+/g, ' '),
      ),
  );
