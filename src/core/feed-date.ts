/**
 * The dates feeds are written with, read without guessing: RFC 3339 and ISO 8601 (also with a space
 * for the `T`, without seconds, in the basic form), W3C-DTF (`dc:date`), RFC 822/2822 with every zone
 * it names and its obsolete forms (two-digit years, military zones, comments, no weekday, long month
 * names), and dates written with English or Serbian month names (`23. новембар 2016.`, `November 23,
 * 2016 2:30 pm`). A numeric date whose order cannot be told (`08/02/2013`) is read day-first or
 * month-first only when the feed's language says which; otherwise it stays unread, with a reason.
 *
 * Nothing is handed to `new Date(string)`, whose reading depends on the browser and the reader's time
 * zone. Pure: no DOM, no globals; the element, the XML readers and the CLI share it.
 */
import { readIsoDate, written, type WrittenDate } from './iso-date.js';
import { monthNumber } from './month-names.js';

export { readIsoDate, type WrittenDate };

/** What {@link readFeedDate} made of a date: the date, or why it could not be read. */
export type DateReading = WrittenDate | { problem: string };

/** `Z`, `+01:00`, `+0100`, `-08`: minutes east; undefined when it is none of them. */
function numericOffset(zone: string): number | undefined {
  const match = /^([+-])(\d\d):?(\d\d)?$|^z$/i.exec(zone);
  const minutes = Number(match?.[3] ?? 0);
  if (!match || minutes > 59) return undefined;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2] ?? 0) * 60 + minutes);
}

// The ISO 8601 forms beyond RFC 3339: the basic form (20161123T1430Z), one-digit fields, a named
// zone (2016-11-23 14:30:00 UTC), Google's old three-digit month (2003-012-31).
const isoDate =
  /^(\d{4})(?:-(\d{1,3})-(\d{1,2})|(\d{2})(\d{2}))(?:(?:t|\s+)(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(z|[+-]\d{2}(?::?\d{2})?|utc|gmt|ut)?)?$/i;

function readIso(text: string): WrittenDate | undefined {
  const match = isoDate.exec(text);
  if (!match) return undefined;
  const [, year, month, day, basicMonth, basicDay, hour, minute, second, zone] = match;
  const offset = zone === undefined ? undefined : /^[ug]/i.test(zone) ? 0 : numericOffset(zone);
  if (zone !== undefined && offset === undefined) return undefined;
  return written(
    +year!,
    +(month ?? basicMonth)!,
    +(day ?? basicDay)!,
    +(hour ?? 0),
    +(minute ?? 0),
    +(second ?? 0),
    offset,
  );
}

/**
 * Zone names and their offsets in minutes: RFC 822's own (UT, GMT and the four US zones with their
 * daylight forms), and the abbreviations feeds write that mean one offset only. Names that mean
 * several (IST: India, Ireland or Israel; ET, PT: standard or daylight time?) are not here: a date
 * with one stays unread rather than shifted by hours.
 */
const zoneNames: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  west: 60,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  mez: 60,
  mesz: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  ast: -240,
  adt: -180,
  nst: -210,
  ndt: -150,
  aest: 600,
  aedt: 660,
  acst: 570,
  acdt: 630,
  awst: 480,
  nzst: 720,
  nzdt: 780,
  jst: 540,
  kst: 540,
  hkt: 480,
  sgt: 480,
  wat: 60,
  cat: 120,
  eat: 180,
  sast: 120,
};

/**
 * Month names feeds write in the other languages of Serbian government sites (Croatian, Hungarian,
 * Slovak, Romanian) and in the languages whose CMSs most often localize RSS dates (German, French,
 * Spanish, Portuguese, Italian: `Seg, 24 Set 2018 19:42:40 -0300`), full and abbreviated, for the
 * feed dates only (the dateline recognizer keeps to English and Serbian). Each list is one month.
 */
const otherMonths = new Map<string, number>(
  [
    'siječanj siječnja sij januári janvier janv enero ene gennaio gen janeiro ianuarie ian jänner',
    'veljača veljače velj február februári februára février févr fevr febrero fevereiro fev febbraio februarie',
    'ožujak ožujka ožu március márc marec marca mars märz mär marzo março martie',
    'travanj travnja tra április ápr apríl apríla avril avr abril abr aprile aprilie',
    'svibanj svibnja svi május máj mája mai mayo maggio mag',
    'lipanj lipnja lip június jún júna juin junio junho giugno giu iunie',
    'srpanj srpnja srp július júl júla juillet juil julio julho luglio lug iulie',
    'kolovoz kolovoza kol augusztus augusta août aout agosto ago',
    'rujan rujna ruj szeptember szept septembra septembre septiembre setembro set settembre septembrie',
    'listopad listopada lis október októbra octobre octubre outubro out ottobre ott octombrie oktober',
    'studeni studenoga studenog stu novembre noviembre novembro noiembrie',
    'prosinac prosinca pro december decembra décembre déc diciembre dic dezembro dez dicembre decembrie dezember',
  ].flatMap((names, index) => names.split(' ').map((name) => [name, index + 1] as const)),
);

/** Weekday names (English; Serbian in both scripts), full and abbreviated: read past, never checked. */
const weekdays = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
    'ponedeljak utorak sreda četvrtak petak subota nedelja pon uto sre čet pet sub ned',
    'понедељак уторак среда четвртак петак субота недеља пон уто сре чет пет суб нед',
  ]
    .join(' ')
    .split(' '),
);

/** Words that may stand between the parts of a date: ordinals, "године", "of". */
const fillers = new Set(['st', 'nd', 'rd', 'th', 'godine', 'god', 'године', 'год', 'of']);
/** Words before a time ("u 14:30", "at 2 pm") and after it ("14.30 h", "14.30 č."). */
const beforeTime = new Set(['u', 'у', 'at', 'um', 'à']);
const afterTime = new Set(['h', 'č', 'ч', 'časova', 'часова', 'uhr']);
/**
 * Zone names that do not say which offset they mean (ET, PT: standard or daylight time? IST: India,
 * Ireland or Israel?): the time is read as written, without an offset, rather than shifted by a guess.
 */
const vagueZones = new Set(['et', 'ct', 'mt', 'pt', 'at', 'ist']);

/** The offset of an IANA zone ("Europe/Belgrade", "Etc/GMT") at a wall-clock time, from the platform's zone data. */
function ianaOffset(zone: string, wallClock: number): number | undefined {
  try {
    const offsetAt = (instant: number) => {
      const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(instant)
        .find((part) => part.type === 'timeZoneName')!.value;
      return name === 'GMT' ? 0 : numericOffset(name.slice(3))!;
    };
    // The offset at the instant the wall clock would be in UTC, then at the instant that gives.
    return offsetAt(wallClock - offsetAt(wallClock) * 60_000);
  } catch {
    return undefined;
  }
}

interface DateParts {
  day?: number;
  month?: number;
  year?: number;
  hour?: number;
  minute?: number;
  second?: number;
  meridiem?: 'am' | 'pm';
  offset?: number;
  zone?: string;
}

// A time (14:30, 14:30:00.5, and the Serbian 14.30), an offset (+0100, -01:00, +1 after GMT), a number,
// a word (with a slash: Etc/GMT), a comment in parentheses (RFC 822), separators, anything else.
const token =
  /(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,]\d+)?)?|\.(\d{2})(?![.\d]))|([+-])(\d{1,2}(?::?\d{2})?)(?!\d)|(\d+)|([\p{L}\p{M}]+(?:\/[\p{L}\p{M}_+-]+)*)|\([^)]*\)|(?:[\s,./–]|-(?!\d))+|(.)/gu;

/**
 * Reads the parts of a date written with words and separators into `parts`; false at anything that
 * is no part of a date, or a part given twice. `numbers` says whether day and year may still come.
 */
function readParts(text: string, parts: DateParts, numbers: boolean): boolean {
  for (const match of text
    .toLowerCase()
    .replace(/\b([ap])\.m\./g, '$1m')
    .matchAll(token)) {
    const [, hour, minute, second, dottedMinute, sign, signed, number, word, other] = match;
    if (other !== undefined) return false;
    if (hour !== undefined) {
      if (parts.hour !== undefined) return false;
      Object.assign(parts, { hour: +hour, minute: +(minute ?? dottedMinute!), second: +(second ?? 0) });
    } else if (sign !== undefined && parts.hour !== undefined) {
      // An offset follows the time (a sign before it is a separator: "23-Nov-2016").
      if (parts.offset !== undefined && parts.zone !== 'gmt' && parts.zone !== 'utc' && parts.zone !== 'ut')
        return false;
      const offset = numericOffset(sign + signed!.replace(/^(\d)(?!\d)/, '0$1'));
      if (offset === undefined) return false;
      parts.offset = offset;
    } else if (number !== undefined || signed !== undefined) {
      const value = number ?? signed!.replace(/\D/g, '');
      if (!numbers) return false;
      if (value.length <= 2 && parts.day === undefined) parts.day = +value;
      else if (value.length <= 4 && parts.year === undefined)
        // RFC 5322 4.3: a two-digit year is 19xx from 50 on, 20xx below; a three-digit one adds 1900.
        parts.year = value.length === 4 ? +value : +value + (value.length === 3 || +value >= 50 ? 1900 : 2000);
      else if (/^([01]\d|2[0-3])[0-5]\d$/.test(value) && parts.hour === undefined)
        // A time without its colon, after the year ("03 Apr 02 1500 GMT", RSS 0.91's own example).
        Object.assign(parts, { hour: +value.slice(0, 2), minute: +value.slice(2), second: 0 });
      else return false;
    } else if (word !== undefined) {
      if (!readWord(word, parts)) return false;
    }
  }
  return true;
}

function readWord(word: string, parts: DateParts): boolean {
  const month = monthNumber(word) ?? otherMonths.get(word.replace(/\.$/, ''));
  if (month !== undefined && parts.month === undefined) parts.month = month;
  else if (weekdays.has(word) || fillers.has(word)) return true;
  else if (parts.hour === undefined ? beforeTime.has(word) : afterTime.has(word)) return true;
  else if (word === 'am' || word === 'pm') parts.meridiem = word;
  else if (parts.zone === undefined && vagueZones.has(word)) parts.zone = word;
  else if (parts.offset === undefined && word in zoneNames) {
    parts.offset = zoneNames[word];
    parts.zone = word;
  } else if (parts.offset === undefined && parts.hour !== undefined && /^[a-ik-y]$/.test(word)) {
    // RFC 822's military zones: RFC 5322 4.3 says their signs were given wrongly, so they tell only
    // that the time is UTC-based (-0000).
    parts.offset = 0;
    parts.zone = word;
  } else if (parts.offset === undefined && word.includes('/')) {
    parts.zone = word;
    parts.offset = NaN; // resolved once the wall clock is known
  } else return false;
  return true;
}

/** A date from its parts, once it has a day, a month and a year. */
function fromParts(parts: DateParts): WrittenDate | undefined {
  const { day, month, year, minute, second, meridiem, zone } = parts;
  let { hour, offset } = parts;
  if (day === undefined || month === undefined || year === undefined) return undefined;
  if (meridiem) {
    if (hour === undefined || hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (Number.isNaN(offset)) {
    const wall = written(year, month, day, hour, minute, second);
    offset = wall && ianaOffset(zone!.replace(/^etc\/(gmt|utc|uct)$/, 'UTC'), wall.date.getTime());
    if (offset === undefined) return undefined;
  }
  return written(year, month, day, hour, minute, second, offset);
}

/** Primary language subtags whose numeric dates are day–month–year in every country that speaks them (CLDR). */
const dayFirstLanguages = new Set(
  'sr hr bs cnr sl mk bg sq ro sk cs pl uk ru be rue de fr it es pt nl el tr da nb nn no fi et lv is ga cy ca gl eu mt lb'.split(
    ' ',
  ),
);
/** English writes month–day–year in the United States and the places that follow its usage. */
const monthFirstRegions = new Set(['US', 'PH', 'AS', 'GU', 'MP', 'PR', 'UM', 'VI']);
/** English regions that write numeric dates year first or both ways. */
const unclearRegions = new Set(['CA', 'ZA']);

/**
 * Which comes first in an ambiguous numeric date (`08/02/2013`) of a feed in `language`: `dmy` for
 * the languages of {@link dayFirstLanguages} and for English of a region outside the United States
 * (`en-GB`, `en-IE`, `en-RS`...), `mdy` for American English (`en-US`), undefined when the language
 * does not say: none, English without a region, or a language that writes dates year first (hu, sv,
 * lt, zh, ja...).
 */
export function numericDateOrder(language: string | undefined): 'dmy' | 'mdy' | undefined {
  const [primary, ...subtags] = (language ?? '').toLowerCase().split(/[-_]/);
  if (primary !== 'en') return dayFirstLanguages.has(primary!) ? 'dmy' : undefined;
  const region = subtags.find((subtag) => /^([a-z]{2}|\d{3})$/.test(subtag))?.toUpperCase();
  if (!region || unclearRegions.has(region)) return undefined;
  return monthFirstRegions.has(region) ? 'mdy' : 'dmy';
}

// Numeric dates: 23.11.2016 (dots: day first in every language that writes them), 08/02/2013 and
// 08-02-2013 (order by language), 2016/11/23 and 2016. 11. 23. (year first), then a time and zone.
const numericDate = /^(\d{1,4})([./-])\s?(\d{1,2})\2\s?(\d{1,4})\.?(?=$|[\s,])(.*)$/s;

function readNumeric(text: string, language: string | undefined): DateReading | undefined {
  const match = numericDate.exec(text);
  if (!match) return undefined;
  const [, first, separator, second, last, rest] = match;
  const parts: DateParts = {};
  if (!readParts(rest!, parts, false)) return undefined;
  const a = Number(first);
  const b = Number(second);
  if (first!.length === 4) {
    // Year first: 2016/11/23 is never year–day–month.
    if (last!.length !== 2 && last!.length !== 1) return undefined;
    return fromParts({ ...parts, year: a, month: b, day: Number(last) }) ?? { problem: `"${text}" is not a date` };
  }
  if (first!.length > 2 || (last!.length !== 2 && last!.length !== 4)) return undefined;
  const year = last!.length === 4 ? Number(last) : Number(last) + (Number(last) >= 50 ? 1900 : 2000);
  let order: 'dmy' | 'mdy' | undefined;
  if (separator === '.' || (a > 12 && b <= 12) || a === b) order = 'dmy';
  else if (b > 12 && a <= 12) order = 'mdy';
  else order = numericDateOrder(language);
  if (!order)
    return {
      problem: `"${text}" may be day/month or month/day, and the feed's language${language ? ` (${language})` : ''} does not say which`,
    };
  const [day, month] = order === 'dmy' ? [a, b] : [b, a];
  return fromParts({ ...parts, year, month, day }) ?? { problem: `"${text}" is not a date` };
}

/**
 * Reads a feed's date in any of the forms of this module. `language` is the feed's (or the item's)
 * language: it decides ambiguous numeric dates. Undefined for no text at all; `{ problem }` for a
 * text that is no date this reader can vouch for (never a date made up).
 */
export function readFeedDate(value: unknown, language?: string): DateReading | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  const iso = readIsoDate(text) ?? readIso(text);
  if (iso) return iso;
  if (/^\d{4}(-\d{2})?$/.test(text)) return { problem: `"${text}" names no day` };
  // A weekday before a numeric date: "Fri, 2006/09/15 08:19:53 EDT".
  const numeric = readNumeric(
    text.replace(/^([\p{L}]+)\.?,?\s*(?=\d)/u, (whole, word: string) =>
      weekdays.has(word.toLowerCase()) ? '' : whole,
    ),
    language,
  );
  if (numeric) return numeric;
  const parts: DateParts = {};
  // RFC 822's day of the week ends with a comma, in whatever language a CMS wrote it ("Seg,", "Sre,").
  const withoutWeekday = text.replace(/^[\p{L}]{2,12}\.?,\s*(?=\d)/u, '');
  return (
    (readParts(withoutWeekday, parts, true) && fromParts(parts)) || {
      problem: `"${text}" is not a date this reader knows`,
    }
  );
}
