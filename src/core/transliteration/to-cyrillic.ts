// Latin → Cyrillic. Unlike the other direction this needs context: protected spans (addresses, paths, markers)
// are copied, and each word is classified (foreign, listed, Roman numeral, unit symbol, code) before its letters
// are mapped and its digraphs joined.

import {
  C2L_SECOND,
  CYRILLIC_BASE,
  digraphLetter,
  isAsciiDigit,
  isCasedLetter,
  isWhitespace,
  L2C,
  L2C_SPAN,
  letterCase,
  UPPER,
  ZERO_WIDTH_NON_JOINER,
} from './letters.js';
import {
  KEEP_LATIN,
  listedWord,
  longestStem,
  mayBeListedWord,
  mayBeStem,
  shortestStem,
  stemFor,
} from './exceptions.js';
import { decodeOutput, growOutputBuffer, inputUnits, outputBuffer } from './output.js';
import { isLiteralTrigger, literal, literalAt, startLiteralSearch } from './literal-text.js';
import { NO_CONVERT_OPEN, ProtectedSpan } from './protected-spans.js';

// What each code unit below U+0250 is to this direction, as bits, so that a word is classified with one
// table load per letter: OR-ed over a word they say "has any", AND-ed they say "all are".
const SERBIAN = 1;
const FOREIGN = 2;
/** Ǆ ǅ ǆ Ǉ ǈ ǉ Ǌ ǋ ǌ, Ð ð and decomposed č ć š ž è ì: rewritten before conversion. */
const REWRITE = 4;
const ROMAN_CAPITAL = 8;
const ROMAN_LOWERCASE = 16;
// A digraph is an l or n followed by j, or a d followed by ž: each second bit is its first bit shifted once.
const L_OR_N = 32;
const J = 64;
const D = 128;
const Z_CARON = 256;
// Bits of the other word characters.
const CYRILLIC = 512;
const NON_JOINER = 1024;
const ACCENT = 2048;
const SOFT_HYPHEN = 4096;

const LATIN_SPAN = 0x250;
const LATIN_INFO = new Uint16Array(LATIN_SPAN);
for (let code = 0x41; code < LATIN_SPAN; code++) {
  if (code < L2C_SPAN && L2C[code] !== 0) LATIN_INFO[code] = SERBIAN;
  else if ((code >= 0x1c4 && code <= 0x1cc) || code === 0xd0 || code === 0xf0) LATIN_INFO[code] = REWRITE;
  else if (isCasedLetter(code)) LATIN_INFO[code] = FOREIGN;
}
for (const [letters, bit] of [['IVXLCDM', ROMAN_CAPITAL], ['iv', ROMAN_LOWERCASE], ['lnLN', L_OR_N], ['jJ', J],
  ['dD', D], ['žŽ', Z_CARON]] as const) {
  for (const letter of letters) LATIN_INFO[letter.charCodeAt(0)] |= bit;
} // prettier-ignore

const INPUT_FORMS: Readonly<Partial<Record<number, string>>> = {
  0x1c4: 'DŽ', 0x1c5: 'Dž', 0x1c6: 'dž', 0x1c7: 'LJ', 0x1c8: 'Lj', 0x1c9: 'lj', 0x1ca: 'NJ', 0x1cb: 'Nj', 0x1cc: 'nj',
  0xd0: 'Đ', 0xf0: 'đ',
}; // prettier-ignore

/** The accents of Serbian prosody (grave, acute, circumflex, macron, double grave, inverted breve) stay on their letter. */
const SERBIAN_ACCENTS = new Set([0x300, 0x301, 0x302, 0x304, 0x30f, 0x311]);

/** Unit symbols kept in Latin after a number (24 m/s, 30 l/m², 5 kWh), as Serbian Cyrillic typesetting does. */
const UNITS = new Set(
  'm km cm mm dm g kg mg t l ml dl h min ms kW kWh MW MWh GW GWh V kV mV mA Hz kHz MHz GHz dB Pa hPa kPa MPa mbar kB KB MB GB TB'.split(
    ' ',
  ),
);
/** `s` is the preposition "with" far more often than seconds; it stays Latin only in a compound such as m/s. */
const UNITS_AFTER_SLASH = new Set([...UNITS, 's']);
const ROMAN_NUMERAL = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Lowercase numerals used to number list items; vi is the pronoun "you" and is left out. */
const LOWERCASE_ROMAN_NUMERALS = new Set(['ii', 'iii', 'iv', 'vii', 'viii']);
/** Capitals that are Roman numerals and Serbian words at once: МИ "we", ВИ "you", ЛИ (question particle). */
const AMBIGUOUS_NUMERALS = new Set(['MI', 'VI', 'LI']);
/** Valid numerals that are practically never used as such: ДИВ "giant". */
const NEVER_NUMERALS = new Set(['DIV']);
/**
 * Serbian case and derivation endings written after a hyphen on a word kept in Latin (Facebook-u, XIV-og,
 * B92-a). After such a word any other hyphenated part belongs to the foreign compound (Wi-Fi) and stays Latin.
 */
const SERBIAN_ENDINGS = new Set(
  (
    'a e i o u om em oj og eg oga ega ome emu ih im ima ama ov ova ove ovi ovo ovu ovom ovog ovoj ovih ovim ovima ' +
    'ev eva eve evi evo evu evom evog evoj evih evim evima in ina ine ini inu inom inog inoj inih inim ' +
    'ski ska ske sko sku skog skom skoj skih skim skima ovski ovska ovsko ja ju je jem jom ji jev jevi jeva jima ' +
    'ac ca cu ce ci cem cima ovac ovca ovci ovcu ovce ovcem ovcima ka ke ki ku kom ovka ovke ovki ovku ovkom'
  ).split(' '),
);

// State of the conversion in progress. Conversions are synchronous and never nested, so module-level
// variables serve as the converter's registers and no object is allocated per word.
const spans = new ProtectedSpan();
/** The input, for slicing words out of it, and its code units, for reading it. */
let text = '';
let units = inputUnits('');
let output = outputBuffer(0);
let written = 0;
let sawSurrogate = false;
/** End of the last unit symbol kept in Latin, so that the `s` of `m/s` follows it. */
let lastUnitEnd = -1;
/** End of the last word kept in Latin, so that a hyphenated part after it is judged with it. */
let lastLatinWordEnd = -1;

// Facts about the word just scanned by scanWord: where it ends and the OR and AND of its letters' bits.
let wordEnd = 0;
let wordAny = 0;
let wordAll = 0;
let hasDigraph = false;

/** A cheap test: does the text hold a letter that toCyrillic maps (a Serbian Latin letter or a pasted look-alike)? */
export function hasLatin(input: string): boolean {
  for (let index = 0; index < input.length; index++) {
    const code = input.charCodeAt(index);
    if (code < LATIN_SPAN && (LATIN_INFO[code] & (SERBIAN | REWRITE)) !== 0) return true;
  }
  return false;
}

export function toCyrillic(input: string): string {
  if (!hasLatin(input) && !input.includes(NO_CONVERT_OPEN)) return input;
  text = input;
  units = inputUnits(input);
  const length = input.length;
  // Output is never longer than the input except for a few dictionary forms, which grow the buffer themselves.
  output = outputBuffer(length);
  written = 0;
  sawSurrogate = false;
  lastUnitEnd = lastLatinWordEnd = -1;
  spans.reset(input).seek(0);
  startLiteralSearch();
  // Words are converted as they come. Literal text (an address, a path) never holds a space: when one turns up,
  // the output written since the last space is discarded and that stretch is converted again around it.
  let chunkStart = 0;
  let chunkOutputStart = 0;
  let at = 0;
  while (at < length) {
    if (at === spans.start) {
      copy(spans.contentStart, spans.contentEnd);
      at = chunkStart = spans.end;
      chunkOutputStart = written;
      spans.seek(at);
      continue;
    }
    const code = units[at];
    if (startsWord(code)) {
      at = convertWord(at, Math.min(length, spans.start));
    } else if (isLiteralTrigger(code) && literalAt(text, at, chunkStart, Math.min(length, spans.start))) {
      const { start, end } = literal;
      written = chunkOutputStart;
      convertSegment(chunkStart, start);
      copy(start, end);
      at = chunkStart = end;
      chunkOutputStart = written;
    } else {
      if (isWhitespace(code)) {
        chunkStart = at + 1;
        chunkOutputStart = written + 1;
      } else if ((code & 0xf800) === 0xd800) {
        sawSurrogate = true;
      }
      output[written++] = code;
      at++;
    }
  }
  text = '';
  return decodeOutput(written, sawSurrogate);
}

function copy(start: number, end: number): void {
  const source = units;
  const out = output;
  let position = written;
  for (let at = start; at < end; at++) {
    const code = source[at];
    if ((code & 0xf800) === 0xd800) sawSurrogate = true;
    out[position++] = code;
  }
  written = position;
}

function convertSegment(start: number, end: number): void {
  let at = start;
  while (at < end) {
    const code = units[at];
    if (startsWord(code)) {
      at = convertWord(at, end);
    } else {
      if ((code & 0xf800) === 0xd800) sawSurrogate = true;
      output[written++] = code;
      at++;
    }
  }
}

function ensureCapacity(length: number): void {
  if (length > output.length) output = growOutputBuffer(written, length);
}

function startsWord(code: number): boolean {
  if (code < LATIN_SPAN) return LATIN_INFO[code] !== 0;
  return (code >= 0x400 && code <= 0x52f && isCasedLetter(code)) || (code >= 0x1e00 && code <= 0x1eff);
}

/** Reads the word at `start` (it starts with a letter) and records what it is made of. */
function scanWord(source: Uint16Array, start: number, limit: number): void {
  let any = 0;
  let all = ROMAN_CAPITAL | ROMAN_LOWERCASE;
  let previous = 0;
  let digraph = false;
  let at = start;
  for (; at < limit; at++) {
    const code = source[at];
    let info: number;
    if (code < LATIN_SPAN && code !== 0xad) {
      info = LATIN_INFO[code];
      if (info === 0) break;
      if (((previous << 1) & info & (J | Z_CARON)) !== 0) digraph = true;
    } else {
      info = otherWordCharacter(source, at, limit);
      if (info === 0) break;
    }
    any |= info;
    all &= info;
    previous = info;
  }
  wordEnd = at;
  wordAny = any;
  wordAll = all;
  hasDigraph = digraph;
}

/** Bits of a word character other than a Latin letter, 0 if it ends the word. */
function otherWordCharacter(source: Uint16Array, at: number, limit: number): number {
  const code = source[at];
  if (code >= 0x300 && code <= 0x36f) {
    if (composesWith(source[at - 1], code)) return REWRITE;
    return SERBIAN_ACCENTS.has(code) ? ACCENT : FOREIGN;
  }
  // Between two letters these belong to the word; as they are not j or ž, they also keep a digraph from joining
  // (a soft hyphen marks a hyphenation point, and Pravopis never hyphenates inside a digraph).
  if (code === ZERO_WIDTH_NON_JOINER || code === 0xad) {
    if (at + 1 >= limit || !startsWord(source[at + 1])) return 0;
    return code === 0xad ? SOFT_HYPHEN : NON_JOINER;
  }
  // Cyrillic letters inside a Latin word are homoglyphs (Кfor) and pass through.
  if (code >= 0x400 && code <= 0x52f) return isCasedLetter(code) ? CYRILLIC : 0;
  return code >= 0x1e00 && code <= 0x1eff ? FOREIGN : 0;
}

/** Decomposed Serbian letters: c s z + caron, c + acute, e i + grave (ѐ ѝ). */
function composesWith(letter: number, mark: number): boolean {
  const lower = letter | 0x20;
  if (mark === 0x30c) return lower === 0x63 || lower === 0x73 || lower === 0x7a;
  if (mark === 0x301) return lower === 0x63;
  if (mark === 0x300) return lower === 0x65 || lower === 0x69;
  return false;
}

/** Converts the word at `start` and returns where it ends. */
function convertWord(start: number, limit: number): number {
  scanWord(units, start, limit);
  const end = wordEnd;
  if ((wordAny & (SERBIAN | FOREIGN | REWRITE)) === 0) {
    copy(start, end); // Cyrillic already
    return end;
  }
  // Letters glued to digits: a house number (15a → 15а) converts; formulas, codes and glued units stay.
  if (isAsciiDigit(units[end]) && end < limit) return keepLatin(start, endOfAlphanumeric(end, limit));
  if (isCodePart(start, end, limit)) return keepLatin(start, end);
  if ((wordAny & FOREIGN) !== 0) return keepLatin(start, end);
  if (start > 0 && units[start - 1] === 0x2d && start - 1 === lastLatinWordEnd) {
    // The part after a hyphen on a word kept in Latin: a Serbian ending converts, a foreign part (Wi-Fi) stays.
    const part = text.slice(start, end);
    if (!SERBIAN_ENDINGS.has(part)) return keepLatin(start, end);
  }
  if ((wordAny & REWRITE) === 0) {
    if (start > 0 && isAsciiDigit(units[start - 1])) {
      if (end - start > 1 || isUnitAfterNumber(start, end)) return keepLatin(start, end);
      writeWord(units, text, start, end);
      return end;
    }
    const entry =
      (wordAny & SOFT_HYPHEN) !== 0
        ? listedWord(text.slice(start, end).replaceAll('\u00ad', ''))
        : mayBeListedWord(end - start, units[start], units[end - 1])
          ? listedWord(text.slice(start, end))
          : undefined;
    if (entry === KEEP_LATIN || (entry === undefined && staysLatin(start, end))) return keepLatin(start, end);
    if (entry !== undefined) writeForm(entry, end);
    else writeWord(units, text, start, end);
    return end;
  }
  // Pasted digraph code points, Ð and decomposed letters are rewritten first; the rewritten word is classified
  // again, but a word that stays Latin is copied as the author wrote it.
  const rewritten = rewriteInputForms(start, end);
  const rewrittenUnits = Uint16Array.from(rewritten, (character) => character.charCodeAt(0));
  scanWord(rewrittenUnits, 0, rewrittenUnits.length);
  const entry = (wordAny & FOREIGN) !== 0 ? KEEP_LATIN : listedWord(rewritten);
  if (entry === KEEP_LATIN) return keepLatin(start, end);
  if (entry !== undefined) writeForm(entry, end);
  else {
    // A stem can split a digraph that was one code point (ǆ → дж), so this is the one word that can grow.
    ensureCapacity(written + rewritten.length + text.length - end);
    writeWord(rewrittenUnits, rewritten, 0, rewritten.length);
  }
  return end;
}

/** Copies a word that stays in Latin script and returns its end. */
function keepLatin(start: number, end: number): number {
  copy(start, end);
  lastLatinWordEnd = end;
  return end;
}

/**
 * Capitals joined to digits by a hyphen are a code, a plate or a model: `ABC-123`, `E-75`, `F-16`, `123-AB`.
 * (A word in lowercase is not: `Kovid-19`, `5-og`.)
 */
function isCodePart(start: number, end: number, limit: number): boolean {
  const digitAfter = units[end] === 0x2d && end + 1 < limit && isAsciiDigit(units[end + 1]);
  const digitBefore = start >= 2 && units[start - 1] === 0x2d && isAsciiDigit(units[start - 2]);
  if (!digitAfter && !digitBefore) return false;
  for (let at = start; at < end; at++) if (letterCase(units[at]) !== UPPER) return false;
  return true;
}

function endOfAlphanumeric(from: number, limit: number): number {
  let at = from;
  while (at < limit) {
    const code = units[at];
    if (!isAsciiDigit(code) && !startsWord(code) && !(code >= 0x300 && code <= 0x36f)) break;
    at++;
  }
  return at;
}

function rewriteInputForms(start: number, end: number): string {
  let rewritten = '';
  for (let at = start; at < end; at++) {
    const code = units[at];
    const form = INPUT_FORMS[code];
    if (form !== undefined) rewritten += form;
    else if (code >= 0x300 && code <= 0x36f && composesWith(units[at - 1], code)) {
      rewritten = rewritten.slice(0, -1) + (text[at - 1] + text[at]).normalize('NFC');
    } else rewritten += text[at];
  }
  return rewritten;
}

function writeForm(form: string, end: number): void {
  ensureCapacity(written + form.length + text.length - end);
  for (let index = 0; index < form.length; index++) output[written++] = form.charCodeAt(index);
}

/**
 * Maps the letters of a word, joining lj nj dž unless a stem or a zero-width non-joiner splits them.
 * `source` holds the word's code units, `spelling` the same text as a string (for stem lookups).
 */
function writeWord(source: Uint16Array, spelling: string, start: number, end: number): void {
  let at = start;
  if (hasDigraph && (wordAny & (NON_JOINER | SOFT_HYPHEN)) === 0) {
    for (let length = Math.min(end - start, longestStem); length >= shortestStem; length--) {
      if (!mayBeStem(length, source[start], source[start + length - 1])) continue;
      const stem = stemFor(spelling.slice(start, start + length));
      if (stem === undefined) continue;
      at = writeStem(stem, source, start);
      break;
    }
  }
  const out = output;
  let position = written;
  for (; at < end; at++) {
    const code = source[at];
    const cyrillic = code < L2C_SPAN ? L2C[code] : 0;
    if (cyrillic === 0) {
      // Homoglyph Cyrillic letters and accents pass; the non-joiner has done its work and is dropped.
      if (code !== ZERO_WIDTH_NON_JOINER) out[position++] = code;
      continue;
    }
    const digraph = at + 1 < end ? digraphLetter(code, source[at + 1]) : 0;
    if (digraph !== 0) {
      // The first letter sets the case: LJ and Lj → Љ, lJ → љ.
      out[position++] = code < 0x61 ? digraph : digraph + 0x50;
      at++;
    } else {
      out[position++] = cyrillic;
    }
  }
  written = position;
}

/** Writes a stem's Cyrillic letters in the case of the Latin letters they replace; returns the end of those. */
function writeStem(stem: string, source: Uint16Array, start: number): number {
  let at = start;
  for (let index = 0; index < stem.length; index++) {
    const lower = stem.charCodeAt(index);
    const upper = lower >= 0x450 ? lower - 0x50 : lower - 0x20;
    output[written++] = letterCase(source[at]) === UPPER ? upper : lower;
    at += C2L_SECOND[lower - CYRILLIC_BASE] !== 0 ? 2 : 1;
  }
  return at;
}

/** Unit symbols after a number, Roman numerals and list numbering stay in Latin script. */
function staysLatin(start: number, end: number): boolean {
  if (end - start <= 4 && isUnitAfterNumber(start, end)) return true;
  if ((wordAll & ROMAN_CAPITAL) !== 0) {
    if (end - start === 1) return units[start] === 0x49 && isRegnalNumberOne(start);
    const word = text.slice(start, end);
    return ROMAN_NUMERAL.test(word) && !NEVER_NUMERALS.has(word) && !(AMBIGUOUS_NUMERALS.has(word) && readsAsWord(end));
  }
  return (wordAll & ROMAN_LOWERCASE) !== 0 && LOWERCASE_ROMAN_NUMERALS.has(text.slice(start, end));
}

/**
 * A capital I after a capitalised name, with only a space between, is a regnal number (Petar I, Aleksandar I
 * Karađorđević); the conjunction is written i inside a sentence and follows punctuation when it starts one.
 */
function isRegnalNumberOne(start: number): boolean {
  let at = start - 1;
  if (at < 0 || !isSpace(units[at])) return false;
  while (at > 0 && isSpace(units[at])) at--;
  let length = 0;
  for (; at >= 0 && isCasedLetter(units[at]); at--) {
    if (length > 0 && letterCase(units[at + 1]) === UPPER) return false;
    length++;
  }
  return length >= 2 && letterCase(units[at + 1]) === UPPER;
}

/**
 * MI, VI, LI read as words when the next word on the line is in capitals too (MI SMO, DA LI JE); they stay
 * numerals before a dot (VI. ZAVRŠNE ODREDBE), at the end of a line (ČLAN VI) and in mixed case (Karlo VI).
 */
function readsAsWord(end: number): boolean {
  if (units[end] === 0x2e) return false;
  const reach = Math.min(text.length, end + 32);
  let at = end;
  for (; at < reach && !isCasedLetter(units[at]); at++) {
    if (units[at] === 0x0a || units[at] === 0x0d) return false;
  }
  const start = at;
  let capitals = true;
  for (; at < text.length && isCasedLetter(units[at]); at++) {
    if (letterCase(units[at]) !== UPPER) capitals = false;
  }
  return at - start >= 2 && capitals && !ROMAN_NUMERAL.test(text.slice(start, at));
}

function isUnitAfterNumber(start: number, end: number): boolean {
  if (start === 0) return false;
  const before = units[start - 1];
  if (before === 0xb0) return end - start === 1 && (units[start] === 0x43 || units[start] === 0x46); // °C °F
  if (before === 0x2f) return start - 1 === lastUnitEnd && keepUnit(UNITS_AFTER_SLASH, start, end); // m/s
  const numberEnd = isSpace(before) ? start - 2 : start - 1;
  return numberEnd >= 0 && isAsciiDigit(units[numberEnd]) && keepUnit(UNITS, start, end);
}

function keepUnit(symbols: ReadonlySet<string>, start: number, end: number): boolean {
  if (!symbols.has(text.slice(start, end))) return false;
  lastUnitEnd = end;
  return true;
}

/** Spaces that may separate a number from its unit or a name from its numeral. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009;
}
