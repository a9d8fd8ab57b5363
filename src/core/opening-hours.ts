/**
 * Opening hours: schema.org's day and time values read leniently, grouped the way people read
 * them ("Mon–Fri 09:00–17:00", "Sat 09:00–13:00"), and day names localized through Intl.
 */

/** Monday is 0, Sunday 6: the ISO week every European government office lists. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface OpeningInterval {
  /** "09:00" */
  opens: string;
  /** "17:00"; earlier than `opens` when the interval runs past midnight. */
  closes: string;
}

/** One OpeningHoursSpecification: the same hours on each of `days`, or closed when `interval` is absent. */
export interface OpeningHoursRule {
  days: Weekday[];
  interval?: OpeningInterval;
}

/** Consecutive days with the same hours; `intervals` is empty for days marked closed. */
export interface OpeningHoursRow {
  from: Weekday;
  to: Weekday;
  intervals: OpeningInterval[];
}

const dayNames = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const dayCodes = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/**
 * A schema.org DayOfWeek as data writes it: "Monday", "https://schema.org/Monday",
 * "http://schema.org/Monday", "schema:Monday", or the short "Mo" of `openingHours`.
 */
export function readWeekday(value: string): Weekday | undefined {
  const name = value
    .trim()
    .replace(/^(https?:\/\/schema\.org\/|schema:)/i, '')
    .toLowerCase();
  const index = name.length === 2 ? dayCodes.indexOf(name) : dayNames.indexOf(name);
  return index < 0 ? undefined : (index as Weekday);
}

/** "9:00", "09:00" or "09:00:00" (with or without a zone) as "09:00"; undefined for anything else. */
export function readTime(value: string): string | undefined {
  const match = /^(\d{1,2}):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!match || Number(match[1]) > 24) return undefined;
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}

/**
 * Reads schema.org's text form `openingHours` ("Mo-Fr 09:00-17:00", "Sa 09:00-13:00",
 * "Mo,We 08:00-12:00 13:00-16:00"); undefined when the text does not follow it.
 */
export function readOpeningHoursText(text: string): OpeningHoursRule[] | undefined {
  const match = /^\s*([A-Za-z]{2}(?:\s*[-,]\s*[A-Za-z]{2})*)\s+(.+?)\s*$/.exec(text);
  if (!match) return undefined;
  const days: Weekday[] = [];
  for (const part of match[1].split(/\s*,\s*/)) {
    const [first, last = first] = part.split(/\s*-\s*/).map(readWeekday);
    if (first === undefined || last === undefined) return undefined;
    for (let day = first; ; day = ((day + 1) % 7) as Weekday) {
      days.push(day);
      if (day === last) break;
    }
  }
  const rules: OpeningHoursRule[] = [];
  for (const range of match[2].split(/[\s,]+/)) {
    const [opens, closes] = range.split('-').map(readTime);
    if (!opens || !closes) return undefined;
    rules.push({ days, interval: { opens, closes } });
  }
  return rules;
}

/**
 * Groups rules into rows of consecutive days (Monday first) with equal hours. Days no rule
 * mentions are left out; days marked closed become rows without intervals. Hours on closed days
 * (opens = closes = 00:00 also means closed, as schema.org advises) win over the mark.
 */
export function groupOpeningHours(rules: readonly OpeningHoursRule[]): OpeningHoursRow[] {
  const byDay = new Map<Weekday, OpeningInterval[]>();
  for (const { days, interval } of rules) {
    for (const day of days) {
      const intervals = byDay.get(day) ?? [];
      const isOpen = interval && !(interval.opens === '00:00' && interval.closes === '00:00');
      if (isOpen && !intervals.some((known) => known.opens === interval.opens && known.closes === interval.closes)) {
        intervals.push(interval);
      }
      byDay.set(day, intervals);
    }
  }
  const signature = (intervals: OpeningInterval[]) =>
    intervals.map(({ opens, closes }) => `${opens}-${closes}`).join(',');
  const rows: OpeningHoursRow[] = [];
  for (let day = 0 as Weekday; day < 7; day++) {
    const intervals = byDay.get(day)?.sort((a, b) => a.opens.localeCompare(b.opens));
    if (!intervals) continue;
    const last = rows.at(-1);
    if (last && last.to === day - 1 && signature(last.intervals) === signature(intervals)) last.to = day;
    else rows.push({ from: day, to: day, intervals });
  }
  return rows;
}

// 1 January 2024 was a Monday.
const dateOf = (day: Weekday) => new Date(Date.UTC(2024, 0, 1 + day));

/** "Mon–Fri", "пон–пет", "sub" in `locale`; `long` gives full names ("Monday–Friday"). */
export function formatDays(
  row: Pick<OpeningHoursRow, 'from' | 'to'>,
  locale: string,
  width: 'short' | 'long' = 'short',
): string {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  const first = format.format(dateOf(row.from));
  return row.from === row.to ? first : `${first}–${format.format(dateOf(row.to))}`;
}

/** "09:00–17:00", or "08:00–12:00, 13:00–16:00" for a day with a break. */
export function formatIntervals(intervals: readonly OpeningInterval[]): string {
  return intervals.map(({ opens, closes }) => `${opens}–${closes}`).join(', ');
}
