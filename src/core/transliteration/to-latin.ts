import {
  C2L_FIRST,
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
import { NO_CONVERT_OPEN, ProtectedSpan } from './protected-spans.js';

const spans = new ProtectedSpan();

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
  spans.reset(text).seek(0);
  let index = 0;
  for (;;) {
    const stop = Math.min(length, spans.start);
    for (; index < stop; index++) {
      const code = text.charCodeAt(index);
      const offset = code - CYRILLIC_BASE;
      const first = offset >= 0 && offset < CYRILLIC_SPAN ? C2L_FIRST[offset] : 0;
      if (first === 0) {
        if ((code & 0xf800) === 0xd800) sawSurrogate = true;
        output[written++] = code;
        continue;
      }
      output[written++] = first;
      const second = C2L_SECOND[offset];
      if (second !== 0) {
        // Uppercase Љ Њ Џ sit below U+0430; their second letter follows the context (LJ or Lj).
        output[written++] = code < 0x430 && digraphInCapitals(text, index) ? toUpperLatin(second) : second;
      }
    }
    if (index >= length) break;
    for (let kept = spans.contentStart; kept < spans.contentEnd; kept++) {
      const code = text.charCodeAt(kept);
      if ((code & 0xf800) === 0xd800) sawSurrogate = true;
      output[written++] = code;
    }
    index = spans.end;
    spans.seek(index);
  }
  return decodeOutput(written, sawSurrogate);
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
