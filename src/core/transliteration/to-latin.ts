import {
  C2L_FIRST,
  isAsciiDigit,
  C2L_SECOND,
  CYRILLIC_BASE,
  CYRILLIC_SPAN,
  isInvisibleJoiner,
  isCasedLetter,
  letterCase,
  LOWER,
  NOT_CASED,
  UPPER,
} from './letters.js';
import { decodeOutput, outputBuffer } from './output.js';
import { isLiteralTrigger, literal, literalAt, startLiteralSearch } from './literal-text.js';
import { NO_CONVERT_OPEN, ProtectedSpan } from './protected-spans.js';

const markers = new ProtectedSpan();

/** Whether the text holds a Serbian Cyrillic letter: the 30 letters and ѐ ѝ, in either case. */
export function hasCyrillic(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const offset = text.charCodeAt(index) - CYRILLIC_BASE;
    if (offset >= 0 && offset < CYRILLIC_SPAN && C2L_FIRST[offset] !== 0) return true;
  }
  return false;
}

export function toLatin(text: string): string {
  if (!hasCyrillic(text) && !text.includes(NO_CONVERT_OPEN)) return text;
  const length = text.length;
  // Every Cyrillic letter becomes at most two Latin ones.
  const output = outputBuffer(2 * length);
  let written = 0;
  let sawSurrogate = false;
  markers.reset(text).seek(0);
  startLiteralSearch();
  let index = 0;
  for (;;) {
    const stop = Math.min(length, markers.start);
    // Where the last protected text ended: literal text starts at or after it.
    let from = index;
    for (; index < stop; index++) {
      const code = text.charCodeAt(index);
      const offset = code - CYRILLIC_BASE;
      const first = offset >= 0 && offset < CYRILLIC_SPAN ? C2L_FIRST[offset] : 0;
      if (first === 0) {
        if (code < 0x80 && isLiteralTrigger(code) && literalAt(text, index, from, stop)) {
          // The span may start before its trigger (the labels of a host): take back what was written for them.
          for (let at = literal.start; at < index; at++) written -= latinLength(text.charCodeAt(at));
          for (let at = literal.start; at < literal.end; at++) {
            const kept = text.charCodeAt(at);
            if ((kept & 0xf800) === 0xd800) sawSurrogate = true;
            output[written++] = kept;
          }
          from = literal.end;
          index = from - 1;
          continue;
        }
        if ((code & 0xf800) === 0xd800) sawSurrogate = true;
        output[written++] = code;
        continue;
      }
      if (code <= 0x425 && (code === 0x425 || code === 0x421 || code === 0x41c)) {
        const numeralEnd = endOfLookalikeNumeral(text, index, stop);
        if (numeralEnd > index) {
          for (; index < numeralEnd; index++) output[written++] = latinLookalike(text.charCodeAt(index));
          index--;
          continue;
        }
      }
      output[written++] = first;
      const second = C2L_SECOND[offset];
      if (second !== 0) {
        // Uppercase Љ Њ Џ sit below U+0430; their second letter follows the context (LJ or Lj).
        output[written++] = code < 0x430 && digraphInCapitals(text, index) ? toUpperLatin(second) : second;
      }
    }
    if (index >= length) break;
    for (let kept = markers.contentStart; kept < markers.contentEnd; kept++) {
      const code = text.charCodeAt(kept);
      if ((code & 0xf800) === 0xd800) sawSurrogate = true;
      output[written++] = code;
    }
    index = markers.end;
    markers.seek(index);
  }
  return decodeOutput(written, sawSurrogate);
}

/** How many code units toLatin writes for `code`: two for Љ Њ Џ, else one. */
function latinLength(code: number): number {
  const offset = code - CYRILLIC_BASE;
  return offset >= 0 && offset < CYRILLIC_SPAN && C2L_SECOND[offset] !== 0 ? 2 : 1;
}

const ROMAN_NUMERAL = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const LONGEST_NUMERAL = 16;

/** Cyrillic Х С М stand for the Roman X C M in a numeral typed on a Cyrillic keyboard. */
function latinLookalike(code: number): number {
  return code === 0x425 ? 0x58 : code === 0x421 ? 0x43 : code === 0x41c ? 0x4d : code;
}

function isRomanLetter(code: number): boolean {
  return (
    code === 0x49 || code === 0x56 || code === 0x58 || code === 0x4c || code === 0x43 || code === 0x44 || code === 0x4d
  );
}

/**
 * A Roman numeral typed with Cyrillic look-alikes (ХХ век, ХIХ век, ХVI) is written with Latin letters in both
 * scripts, not transliterated (ХХ → HH). Returns the end of such a numeral starting at `index` (a Cyrillic Х, С
 * or М), else -1. Only a word of two or more characters that holds a Cyrillic Х qualifies, and then only with
 * a Latin numeral letter in it or a second Х, so that abbreviations such as ХС stay letters.
 */
function endOfLookalikeNumeral(text: string, index: number, limit: number): number {
  let start = index;
  while (start > 0 && isRomanLetter(text.charCodeAt(start - 1))) start--;
  // Inside a word, or after a look-alike already judged as a letter.
  if (start > 0 && (letterCase(text.charCodeAt(start - 1)) !== NOT_CASED || isAsciiDigit(text.charCodeAt(start - 1)))) {
    return -1;
  }
  let end = index;
  let crosses = 0;
  let latin = start < index;
  // No valid numeral is longer (MMMMDCCCLXXXVIII): a longer run is letters, found without building a string.
  const reach = Math.min(limit, start + LONGEST_NUMERAL + 1);
  for (; end < reach; end++) {
    const code = text.charCodeAt(end);
    if (code === 0x425) crosses++;
    else if (isRomanLetter(code)) latin = true;
    else if (code !== 0x421 && code !== 0x41c) break;
  }
  if (end - start < 2 || end - start > LONGEST_NUMERAL || crosses === 0 || (!latin && crosses < 2)) return -1;
  if (end < text.length && (letterCase(text.charCodeAt(end)) !== NOT_CASED || isAsciiDigit(text.charCodeAt(end)))) {
    return -1;
  }
  let numeral = text.slice(start, index);
  for (let at = index; at < end; at++) numeral += String.fromCharCode(latinLookalike(text.charCodeAt(at)));
  return ROMAN_NUMERAL.test(numeral) ? end : -1;
}

function toUpperLatin(code: number): number {
  return code === 0x17e ? 0x17d : code - 0x20; // ž → Ž, j → J
}

/**
 * Whether an uppercase Љ Њ Џ at `index` is written LJ NJ DŽ (inside a word in capitals) rather than
 * Lj Nj Dž. The next letter decides (ЉУБЉАНА, Љубљана, Џбун), else the previous one (КОЊ); a letter
 * with no letter on either side is an initial or a letter on its own and follows the nearest word.
 */
function digraphInCapitals(text: string, index: number): boolean {
  const next = adjacentCase(text, index, 1);
  if (next !== NOT_CASED) return next === UPPER;
  const previous = adjacentCase(text, index, -1);
  if (previous !== NOT_CASED) return previous === UPPER;
  return isolatedLetterInCapitals(text, index);
}

function adjacentCase(text: string, index: number, step: 1 | -1): number {
  for (let at = index + step; at >= 0 && at < text.length; at += step) {
    const code = text.charCodeAt(at);
    if (!isInvisibleJoiner(code)) return letterCase(code);
  }
  return NOT_CASED;
}

/** How far to look for the word that decides an isolated letter; keeps the cost per letter bounded. */
const WORD_REACH = 64;

/**
 * An initial belongs to the name after it, so the following word decides: Џ. Р. Р. Толкин → Dž. R. R. Tolkin,
 * Џ. Р. Р. ТОЛКИН → DŽ. R. R. TOLKIN. Other initials are skipped; with no word after, the word before decides;
 * with none at all, the letter is written in title case (Lj. as an abbreviation).
 */
function isolatedLetterInCapitals(text: string, index: number): boolean {
  const following = nearestWordCase(text, index + 1, 1);
  if (following !== NOT_CASED) return following === UPPER;
  return nearestWordCase(text, index - 1, -1) === UPPER;
}

/** Case of the nearest word of two or more letters: UPPER if in capitals, LOWER if not, NOT_CASED if none is near. */
function nearestWordCase(text: string, from: number, step: 1 | -1): number {
  const limit = step === 1 ? Math.min(text.length, from + WORD_REACH) : Math.max(-1, from - WORD_REACH);
  let at = from;
  while (at !== limit) {
    if (!isCasedLetter(text.charCodeAt(at))) {
      at += step;
      continue;
    }
    let letters = 0;
    let capitals = true;
    for (; at !== limit; at += step) {
      const code = text.charCodeAt(at);
      const kind = letterCase(code);
      if (kind === NOT_CASED) {
        if (isInvisibleJoiner(code)) continue;
        break;
      }
      letters++;
      if (kind !== UPPER) capitals = false;
    }
    if (letters >= 2) return capitals ? UPPER : LOWER;
  }
  return NOT_CASED;
}
