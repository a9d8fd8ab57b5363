/** Time zones by name (IANA), for sources that store bare Unix times (CuteNews). */
import { CliError } from './command.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      throw new CliError(`"${timeZone}" is not a time zone. Use an IANA name such as Europe/Belgrade or UTC.`, 2);
    }
    formatters.set(timeZone, found);
  }
  return found;
}

/** Throws a usage error when `timeZone` is not a time zone this Node knows. */
export function checkTimeZone(timeZone: string): void {
  formatter(timeZone);
}

/** The offset from UTC, in minutes east, of `timeZone` at `date` (daylight saving included). */
export function offsetInZone(date: Date, timeZone: string): number {
  const name = formatter(timeZone)
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The zone this machine runs in, the default for CuteNews times. */
export const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
