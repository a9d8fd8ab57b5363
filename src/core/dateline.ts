/**
 * The dateline a CMS already wrote at the start of a story ("Brussels, 23 Nov 2016 – Prime Minister…",
 * "Pristina/Belgrade, 21 Nov 2016 – …", "Београд, 13. октобар 2016. – …"). A widget that shows its own
 * dateline lifts the place out of the text and drops the repeat; the publishing tool writes the place
 * into `_gov.place`. One recognizer for both, pure (no DOM), so the element and the CLI agree.
 *
 * It is strict on purpose: a dateline is a place (capitalized words, optional), a date with a day
 * and a month, and a dash. "Belgrade is …" or "On 23 November 2016 the Minister …" is never taken.
 */
import { monthNumber } from './month-names.js';

/** A calendar day as written: month 1–12, year when the dateline names one. */
export interface CalendarDay {
  year?: number;
  month: number;
  day: number;
}

export interface Dateline {
  /** The place as written ("Pristina/Belgrade"), without the comma; undefined for a dateline that is only a date. */
  place?: string;
  date: CalendarDay;
  /** How many characters of the text the dateline takes, with its dash and the spaces after it. */
  length: number;
}

// A place word starts with a capital ("Brussels", "BRUSSELS", "Нови", "Sremski", "St.", "O'Neill");
// between them only short lowercase joining words ("Frankfurt am Main", "Novi Sad", "Stratford-upon-Avon").
const placeWord = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const joiningWord = String.raw`(?:am|an|de|del|der|di|do|en|la|le|na|nad|od|on|pri|sur|u|upon|von)`;
const place = String.raw`${placeWord}(?:(?:\s+|\s*/\s*)(?:${joiningWord}\s+)?${placeWord}){0,4}`;
const weekdayNames = [
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  ['ponedeljak', 'utorak', 'sreda', 'četvrtak', 'petak', 'subota', 'nedelja'],
  ['понедељак', 'уторак', 'среда', 'четвртак', 'петак', 'субота', 'недеља'],
].flat();
const capitalized = (word: string) => word[0]!.toUpperCase() + word.slice(1);
const weekday = `(?:(?:${weekdayNames.flatMap((name) => [name, capitalized(name)]).join('|')})\\.?,?\\s+)?`;
const day = String.raw`(\d{1,2})(?:st|nd|rd|th|\.)?`;
const monthWord = String.raw`(\p{L}{3,9}\.?)`;
const year = String.raw`(\d{4})\.?(?:\s*(?:године|godine|год\.|god\.))?`;
const dash = String.raw`\s*[–—―-]{1,2}(?:\s+|$)`;

// Day month year ("23 Nov 2016", "13. октобра 2016. године"), month day year ("November 23, 2016"),
// day.month.year ("13.10.2016."; dots only: a slash date's order depends on the country), or a day
// and month alone ("23 November").
const dayMonthYear = String.raw`${day}\s*${monthWord},?(?:\s+${year})?`;
const monthDayYear = String.raw`${monthWord}\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+${year})?`;
const numeric = String.raw`(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\.?`;

const pattern = new RegExp(
  String.raw`^\s*(?:(${place})\s*,?\s+)?${weekday}(?:${numeric}|${dayMonthYear}|${monthDayYear})${dash}`,
  'u',
);

/** "Monday, 5 June 2017 –" has no place: its first word is a weekday. */
const weekdays = new Set(weekdayNames);
/** "On 23 November 2016 – …", "U Beogradu …": a sentence that starts with a preposition is not a dateline. */
const sentenceStart =
  /^(a|after|an|at|before|by|do|for|from|in|na|od|on|po|posle|pre|since|the|u|until|za|до|за|на|од|по|после|пре|у)$/i;

function validDay(date: CalendarDay): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  const longest = new Date(Date.UTC(date.year ?? 2000, date.month, 0)).getUTCDate();
  return date.day <= longest;
}

/** The dateline at the very start of `text`, or undefined when the text does not start with one. */
export function readDateline(text: string): Dateline | undefined {
  const match = pattern.exec(text.slice(0, 200));
  if (!match) return undefined;
  const [whole, placeText, numDay, numMonth, numYear, dmyDay, dmyMonth, dmyYear, mdyMonth, mdyDay, mdyYear] = match;
  let date: CalendarDay | undefined;
  if (numDay) date = { day: Number(numDay), month: Number(numMonth), year: Number(numYear) };
  else {
    const month = monthNumber((dmyMonth ?? mdyMonth)!);
    const yearText = dmyYear ?? mdyYear;
    if (month) date = { day: Number(dmyDay ?? mdyDay), month, year: yearText ? Number(yearText) : undefined };
  }
  if (!date || !validDay(date)) return undefined;
  const place = placeText?.trim();
  if (place && sentenceStart.test(place.split(/[\s/]/)[0]!)) return undefined;
  return {
    place: place && !weekdays.has(place.toLowerCase()) ? place : undefined,
    date,
    length: whole.length,
  };
}

const dayNumber = ({ year, month, day }: Required<CalendarDay>) => Date.UTC(year, month - 1, day) / 86_400_000;

/**
 * Whether a dateline's date is the item's own: the same day, or one day off (the feed's time
 * stamp and the dateline's place need not share a time zone). A dateline without a year matches on
 * day and month. With no item date, a dateline stands alone and always matches.
 */
export function sameDay(dateline: CalendarDay, item: Required<CalendarDay> | undefined): boolean {
  if (!item) return true;
  const year = dateline.year ?? item.year;
  const candidates = dateline.year === undefined ? [year - 1, year, year + 1] : [year];
  return candidates.some((candidate) => Math.abs(dayNumber({ ...dateline, year: candidate }) - dayNumber(item)) <= 1);
}

export interface LiftedDateline {
  place?: string;
  date: CalendarDay;
  /** The text (or HTML) without the dateline. */
  rest: string;
}

/** `text` without its leading dateline, when it has one whose day is the item's (see {@link sameDay}). */
export function liftDateline(text: string, itemDay?: Required<CalendarDay>): LiftedDateline | undefined {
  const dateline = readDateline(text);
  if (!dateline || !sameDay(dateline.date, itemDay)) return undefined;
  return { place: dateline.place, date: dateline.date, rest: text.slice(dateline.length) };
}

// HTML: the dateline may sit inside the story's first paragraph and be wrapped in <b>/<strong>, with
// entities for its dash or spaces ("Brussels,&nbsp;23 Nov 2016 &ndash; …").
const namedEntities: Record<string, string> = {
  amp: '&',
  apos: "'",
  gt: '>',
  lt: '<',
  mdash: '—',
  nbsp: ' ',
  ndash: '–',
  quot: '"',
  rsquo: '’',
};
const entity = /^&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/i;
const tag = /^<\/?([a-z][a-z\d]*)\b[^>]*>/i;
/** Elements a story's opening may be wrapped in; anything else (an image, a link, a table) ends the search. */
const wrapper = /^(p|div|span|b|strong|em|i|font|section|article)$/i;
const emptyWrappers = /<(b|strong|em|i|span|font)\b[^>]*>\s*<\/\1\s*>/gi;
const openWrapperAtEnd = /<(b|strong|em|i|span|font)\b[^>]*>$/i;

/**
 * {@link liftDateline} for a story's HTML: the dateline is read from the text of its opening, across
 * wrapper tags and entities, and removed from the HTML with the tags around it kept (and emptied
 * inline wrappers dropped): `<p><b>Brussels, 23 Nov 2016 –</b> The …</p>` becomes `<p>The …</p>`.
 * The HTML stays untrusted: this only removes text, it sanitizes nothing.
 */
export function liftDatelineFromHtml(html: string, itemDay?: Required<CalendarDay>): LiftedDateline | undefined {
  let text = '';
  /** For each character of `text`, where it starts in `html`. */
  const starts: number[] = [];
  let position = 0;
  while (position < html.length && text.length < 200) {
    const rest = html.slice(position, position + 300);
    const tagMatch = tag.exec(rest);
    if (tagMatch) {
      if (!wrapper.test(tagMatch[1]!)) break;
      position += tagMatch[0].length;
      continue;
    }
    const entityMatch = rest.startsWith('&') ? entity.exec(rest) : null;
    if (entityMatch) {
      const [whole, decimal, hex, name] = entityMatch;
      const code = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : undefined;
      const decoded =
        code !== undefined ? (code <= 0x10ffff ? String.fromCodePoint(code) : '') : namedEntities[name!.toLowerCase()];
      if (decoded === undefined) break;
      text += decoded;
      for (let unit = 0; unit < decoded.length; unit++) starts.push(position);
      position += whole.length;
      continue;
    }
    if (rest.startsWith('<')) break;
    text += html[position];
    starts.push(position);
    position++;
  }
  const dateline = readDateline(text);
  if (!dateline || !sameDay(dateline.date, itemDay)) return undefined;
  const cut = dateline.length < starts.length ? starts[dateline.length]! : position;
  // Keep every tag of the removed stretch (so paragraphs stay balanced), drop its text and the
  // inline wrappers it leaves empty: `<b>Brussels, 23 Nov 2016 – </b>The …`.
  let kept = (
    html
      .slice(0, cut)
      .match(/<[^>]*>/g)
      ?.join('') ?? ''
  ).replace(emptyWrappers, '');
  let after = html.slice(cut);
  for (let open = openWrapperAtEnd.exec(kept); open; open = openWrapperAtEnd.exec(kept)) {
    const close = new RegExp(String.raw`^\s*</${open[1]}\s*>`, 'i').exec(after);
    if (!close) break;
    kept = kept.slice(0, open.index);
    after = after.slice(close[0].length);
  }
  return { place: dateline.place, date: dateline.date, rest: kept + after.replace(/^\s+/, '') };
}
