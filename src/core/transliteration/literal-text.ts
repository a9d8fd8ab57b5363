// Literal text that neither direction converts: its letters are an identity rather than words. URLs, e-mail
// addresses, host names, URI schemes, file paths and @handles: an address that is Latin stays Latin in Cyrillic
// text and a Cyrillic one (an IDN such as пример.срб) stays Cyrillic in Latin text, since transliterated it would
// be a different address. Shared by both converters, so the toggle, the widgets and the CLI agree.

import { isAsciiDigit, isCasedLetter } from './letters.js';

/**
 * Top-level domains that make `name.tld` a host name rather than two words and a stray dot (`d.o.o.`,
 * `Sl.glasnik`, `Beograd.Novi`): common Latin ones and Cyrillic ones.
 */
const TOP_LEVEL_DOMAINS = new Set(
  (
    'rs com org net gov edu int eu info io me ba hr mk si de at ch uk fr it ru us biz co tv app dev online ' +
    // Cyrillic IDN domains, and the Latin ones spelled in Cyrillic (мфа.гов.рс), which are addresses too
    'срб рф бг бел укр мкд мон қаз рус орг ком онлайн сайт рс нет гов еду инт еу инфо ио ме ба хр мк си де ат ук ' +
    'фр ит ру ус биз тв'
  ).split(' '),
);

/** URI schemes that are written without `//` (`mailto:`, `tel:`); protected with the address after them. */
const SCHEMES = new Set(
  'mailto tel sms mms callto fax geo urn data sip sips xmpp magnet news webcal tg viber skype javascript http https ftp file'.split(
    ' ',
  ),
);
/** Schemes protected even with nothing after the colon: no Serbian word or label is spelled like them (unlike `tel:`). */
const SCHEMES_ON_THEIR_OWN = new Set('mailto callto javascript http https ftp file urn xmpp webcal magnet'.split(' '));

/**
 * Literal text is found where the converters' scan meets one of these characters (`:` of a scheme or a drive,
 * `@`, `.` of a host name, `/` of a path), so that text without them costs nothing. The span may start
 * before that character (the local part of an e-mail address, the first labels of a host): the converter
 * then takes back what it wrote since the last space and writes it again around the span.
 */
export function isLiteralTrigger(code: number): boolean {
  return code === 0x3a || code === 0x40 || code === 0x2e || code === 0x2f;
}

/** The span {@link literalAt} found: [start, end). */
export const literal = { start: 0, end: 0 };

/**
 * A run of host-name characters that is no host name gives the same answer at each of its dots; it is judged
 * once, so that a run of a million dots costs a million steps, not a million squared. Where the run ended and
 * where the search had to start from (see {@link startLiteralSearch}).
 */
let rejectedUntil = -1;
let rejectedFrom = -1;

/** Called by a converter before it scans a new text. */
export function startLiteralSearch(): void {
  rejectedUntil = rejectedFrom = -1;
}

/**
 * Whether the trigger character at `at` belongs to literal text that starts at or after `from` (the last space
 * or span end) and ends by `limit`; the span is left in {@link literal}.
 */
export function literalAt(text: string, at: number, from: number, limit: number): boolean {
  let found: boolean;
  switch (text.charCodeAt(at)) {
    case 0x3a: // :
      found = schemeAt(text, at, from) || driveAt(text, at, from);
      break;
    case 0x40: // @
      found = emailAt(text, at, from) || handleAt(text, at, from);
      break;
    case 0x2e: // .
      found = hostAt(text, at, from);
      break;
    default: // /
      found = pathAt(text, at, from);
  }
  if (found && literal.end > limit) literal.end = limit;
  return found;
}

/** `scheme://…` (any scheme), or a known scheme without slashes: `mailto:ime@mfa.gov.rs`, `tel:+381…`, `mailto:`. */
function schemeAt(text: string, colon: number, from: number): boolean {
  if (text.startsWith('//', colon + 1)) {
    let start = colon;
    while (start > from && isSchemeCharacter(text.charCodeAt(start - 1))) start--;
    while (start < colon && !isAsciiLetter(text.charCodeAt(start))) start++;
    return start < colon && found(start, endOfUrl(text, colon + 3));
  }
  let start = colon;
  while (start > from && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === colon || continuesWord(text, start)) return false;
  const name = text.slice(start, colon);
  const lower = name.toLowerCase();
  // URIs write schemes in lowercase; `Tel:` or `Data:` in a sentence is a label.
  if ((name !== lower && name !== name.toUpperCase()) || !SCHEMES.has(lower)) return false;
  if (colon + 1 < text.length && !endsUrl(text.charCodeAt(colon + 1))) return found(start, endOfUrl(text, colon + 1));
  return SCHEMES_ON_THEIR_OWN.has(lower) && found(start, colon + 1);
}

/** A Windows path: `C:\Windows`, `D:/podaci`. */
function driveAt(text: string, colon: number, from: number): boolean {
  const start = colon - 1;
  if (start < from || !isAsciiLetter(text.charCodeAt(start)) || continuesWord(text, start)) return false;
  const slash = text.charCodeAt(colon + 1);
  if (slash !== 0x5c && slash !== 0x2f) return false;
  return isPathCharacter(text.charCodeAt(colon + 2)) && found(start, endOfUrl(text, colon + 2));
}

/** `ime.prezime@mfa.gov.rs`, `инфо@мфа.гов.рс`: a local part, then a host name of two or more labels. */
function emailAt(text: string, at: number, from: number): boolean {
  let start = at;
  while (start > from && isEmailLocalCharacter(text.charCodeAt(start - 1))) start--;
  while (start < at && text.charCodeAt(start) === 0x2e) start++;
  if (start === at) return false;
  const end = endOfHostName(text, at + 1, endOfHostRun(text, at + 1));
  return isHostName(text, at + 1, end) && found(start, end);
}

/** A handle at the start of a word: `@mfa_srbija`, `@vlada.srbije` (ASCII, as the networks allow). */
function handleAt(text: string, at: number, from: number): boolean {
  if (at > from && continuesWord(text, at)) return false;
  let end = at + 1;
  while (end < text.length && isHandleCharacter(text.charCodeAt(end))) end++;
  while (end > at + 1 && text.charCodeAt(end - 1) === 0x2e) end--;
  return end > at + 1 && found(at, end);
}

/** `www.` and any host name, or a host name whose last label is a known top-level domain; with its path or port. */
function hostAt(text: string, dot: number, from: number): boolean {
  if (!isWordCharacter(text.charCodeAt(dot + 1))) return false;
  if (dot < rejectedUntil && from === rejectedFrom) return false;
  let start = dot;
  while (start > from && isHostCharacter(text.charCodeAt(start - 1))) start--;
  // Dots and hyphens before the first label (`…www`) are not part of it, and a dot among them starts nothing.
  while (!isWordCharacter(text.charCodeAt(start))) start++;
  if (start > dot) return false;
  const run = endOfHostRun(text, start);
  const end = endOfHostName(text, start, run);
  const isWww = end - start > 4 && text.slice(start, start + 4).toLowerCase() === 'www.';
  if (
    // The host of an e-mail address or of a URL belongs to that span.
    (start > 0 && (text.charCodeAt(start - 1) === 0x40 || text.charCodeAt(start - 1) === 0x2f)) ||
    // A top-level domain is made of letters: numbers (1.500.000) are rejected before any string is made.
    !isCasedLetter(text.charCodeAt(end - 1)) ||
    (!isWww && !(isHostName(text, start, end) && TOP_LEVEL_DOMAINS.has(lastLabel(text, end))))
  ) {
    rejectedUntil = run;
    rejectedFrom = from;
    return false;
  }
  const next = text.charCodeAt(end);
  const withPath = next === 0x2f || (next === 0x3a && isAsciiDigit(text.charCodeAt(end + 1)));
  return found(start, withPath ? endOfUrl(text, end) : end);
}

/** An absolute or explicitly relative path at the start of a word: `/etc/passwd`, `./config`, `../a`, `~/docs`, `//cdn…`. */
function pathAt(text: string, slash: number, from: number): boolean {
  let start = slash;
  while (start > from && (text.charCodeAt(start - 1) === 0x2e || text.charCodeAt(start - 1) === 0x7e)) start--;
  const prefix = text.slice(start, slash);
  if (prefix !== '' && prefix !== '.' && prefix !== '..' && prefix !== '~') return false;
  if (start > 0 && (isWordCharacter(text.charCodeAt(start - 1)) || isPathPunctuation(text.charCodeAt(start - 1)))) {
    return false;
  }
  let next = slash + 1;
  if (text.charCodeAt(next) === 0x2f && prefix === '') next++;
  return isPathCharacter(text.charCodeAt(next)) && found(start, endOfUrl(text, next));
}

function found(start: number, end: number): true {
  literal.start = start;
  literal.end = end;
  return true;
}

function endOfHostRun(text: string, from: number): number {
  let end = from;
  while (end < text.length && isHostCharacter(text.charCodeAt(end))) end++;
  return end;
}

/**
 * End of the host name in the run of host-name characters [from, run): without a final dot or hyphen (the end of
 * a sentence) and without a case ending after the top-level domain, which never holds a hyphen (mfa.gov.rs-u).
 */
function endOfHostName(text: string, from: number, run: number): number {
  let end = run;
  while (end > from && (text.charCodeAt(end - 1) === 0x2e || text.charCodeAt(end - 1) === 0x2d)) end--;
  let lastDot = end - 1;
  while (lastDot > from && text.charCodeAt(lastDot) !== 0x2e) lastDot--;
  const hyphen = lastDot > from ? text.indexOf('-', lastDot) : -1;
  return hyphen >= 0 && hyphen < end ? hyphen : end;
}

/** At least two non-empty labels, the last of two or more letters. */
function isHostName(text: string, start: number, end: number): boolean {
  let dots = 0;
  let label = 0;
  let letters = true;
  for (let at = start; at < end; at++) {
    if (text.charCodeAt(at) === 0x2e) {
      if (label === 0) return false;
      dots++;
      label = 0;
      letters = true;
    } else {
      label++;
      letters &&= isCasedLetter(text.charCodeAt(at));
    }
  }
  return dots > 0 && label >= 2 && letters;
}

/** The top-level label of a host name that ends at `end`. */
function lastLabel(text: string, end: number): string {
  return text.slice(text.lastIndexOf('.', end - 1) + 1, end).toLowerCase();
}

/** A URL runs to the next space or to a character that cannot appear unescaped in one (quotes, angle brackets). */
function endOfUrl(text: string, from: number): number {
  let end = from;
  while (end < text.length && !endsUrl(text.charCodeAt(end))) end++;
  return end;
}

function endsUrl(code: number): boolean {
  switch (code) {
    case 0x22: // "
    case 0x3c: // <
    case 0x3e: // >
    case 0xab: // «
    case 0xbb: // »
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
      return true;
    default:
      return code <= 0x20 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
  }
}

/** Whether the character before `at` is part of the same word (a letter or a digit): then `at` starts nothing. */
function continuesWord(text: string, at: number): boolean {
  return at > 0 && isWordCharacter(text.charCodeAt(at - 1));
}

function isWordCharacter(code: number): boolean {
  return isCasedLetter(code) || isAsciiDigit(code);
}

/** Characters that glue a slash to what precedes it in `m/s`, `1/2`, `a_b/c`, `x-y/z`: then it starts no path. */
function isPathPunctuation(code: number): boolean {
  return code === 0x2f || code === 0x5c || code === 0x5f || code === 0x2d || code === 0x25;
}

function isPathCharacter(code: number): boolean {
  return isWordCharacter(code) || code === 0x2e || code === 0x5f || code === 0x7e || code === 0x2d;
}

/** Letters of any script (IDNs), digits, hyphens and dots. */
function isHostCharacter(code: number): boolean {
  return isWordCharacter(code) || code === 0x2d || code === 0x2e;
}

function isEmailLocalCharacter(code: number): boolean {
  return isHostCharacter(code) || code === 0x5f || code === 0x25 || code === 0x2b; // _ % +
}

function isHandleCharacter(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code) || code === 0x5f || code === 0x2e;
}

function isSchemeCharacter(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code) || code === 0x2b || code === 0x2d || code === 0x2e;
}

function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}
