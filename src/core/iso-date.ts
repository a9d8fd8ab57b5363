/**
 * RFC 3339 and the ISO 8601 forms feeds write, read without `new Date(string)` (whose reading depends
 * on the browser and on the reader's time zone), keeping the offset a date was written with. Small on
 * purpose: every news page reads JSON Feed dates with it; feed-date.ts reads every other form.
 */

export interface WrittenDate {
  /** The instant. A date written without a zone is its wall-clock time read as if it were UTC. */
  date: Date;
  /**
   * The UTC offset, in minutes east, the date was written with (`+01:00` → 60): a story is shown on
   * the day of the place it was written. Undefined when the date names no zone: its wall clock is
   * then all there is, and it is shown as written.
   */
  offset?: number;
}

/** The date of fields as written, when they name a real moment; `offset` in minutes east, undefined for none. */
export function written(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  offset?: number,
): WrittenDate | undefined {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps the years 0–99 as they are. Fields out of range roll over
  // (30 February is 2 March): a day that does not come back as written is no day.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return undefined;
  if (hour > 23 || minute > 59 || second > 60 || Math.abs(offset ?? 0) >= 24 * 60) return undefined;
  // A leap second counts as :59.
  date.setUTCHours(hour, minute - (offset ?? 0), Math.min(second, 59));
  return Number.isNaN(date.getTime()) ? undefined : { date, offset };
}

// RFC 3339 as JSON Feed asks, and the ISO 8601 forms close to it: a space for the T, no seconds, no zone.
const rfc3339 =
  /^(\d{4})-(\d\d)-(\d\d)(?:[t ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?\s*(?:(z)|([+-])(\d\d):?([0-5]\d))?)?$/i;

/**
 * RFC 3339 (`2016-11-23T14:30:00+01:00`), also with a space for the `T`, without seconds or without a
 * zone. A time without a zone is a wall-clock time (offset undefined), and so is a bare date: the day
 * as written. Every other form is feed-date.ts's.
 */
export function readIsoDate(value: unknown): WrittenDate | undefined {
  const match = typeof value === 'string' ? rfc3339.exec(value.trim()) : null;
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, utc, sign, offsetHours, offsetMinutes] = match;
  const offset = utc
    ? 0
    : sign
      ? (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes))
      : undefined;
  return written(+year!, +month!, +day!, +(hour ?? 0), +(minute ?? 0), +(second ?? 0), offset);
}
