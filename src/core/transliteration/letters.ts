// Letter tables shared by both directions. Tables are typed arrays indexed by UTF-16 code unit so that
// the hot loops do one bounds check and one load per character.

/** The 30 Serbian letter pairs in azbuka order, uppercase; Ѐ Ѝ carry the accents that tell сѐ from се. */
const LETTER_PAIRS: readonly (readonly [string, string])[] = [
  ['А', 'A'], ['Б', 'B'], ['В', 'V'], ['Г', 'G'], ['Д', 'D'], ['Ђ', 'Đ'], ['Е', 'E'], ['Ж', 'Ž'],
  ['З', 'Z'], ['И', 'I'], ['Ј', 'J'], ['К', 'K'], ['Л', 'L'], ['Љ', 'LJ'], ['М', 'M'], ['Н', 'N'],
  ['Њ', 'NJ'], ['О', 'O'], ['П', 'P'], ['Р', 'R'], ['С', 'S'], ['Т', 'T'], ['Ћ', 'Ć'], ['У', 'U'],
  ['Ф', 'F'], ['Х', 'H'], ['Ц', 'C'], ['Ч', 'Č'], ['Џ', 'DŽ'], ['Ш', 'Š'], ['Ѐ', 'È'], ['Ѝ', 'Ì'],
]; // prettier-ignore

/** Serbian Cyrillic letters and ѐ ѝ all live in U+0400–U+045F. */
export const CYRILLIC_BASE = 0x400;
export const CYRILLIC_SPAN = 0x60;

/**
 * Cyrillic → Latin, indexed by code unit − U+0400. First Latin code unit, 0 where the character is not a
 * Serbian letter (Ё, Ы, Ї… pass through). The second array holds the lowercase second letter of the
 * digraphs lj nj dž and 0 for single letters; uppercase Љ Њ Џ pick their second letter's case from context.
 */
export const C2L_FIRST = new Uint16Array(CYRILLIC_SPAN);
export const C2L_SECOND = new Uint16Array(CYRILLIC_SPAN);

/** Latin → Cyrillic for single letters (digraphs are handled by the converter), 0 = not a Serbian letter. */
export const L2C_SPAN = 0x180;
export const L2C = new Uint16Array(L2C_SPAN);

for (const [upperCyrillic, upperLatin] of LETTER_PAIRS) {
  for (const [cyrillic, latin] of [
    [upperCyrillic, upperLatin],
    [upperCyrillic.toLowerCase(), upperLatin.toLowerCase()],
  ]) {
    const index = cyrillic.charCodeAt(0) - CYRILLIC_BASE;
    C2L_FIRST[index] = latin.charCodeAt(0);
    if (latin.length === 2) C2L_SECOND[index] = latin.toLowerCase().charCodeAt(1);
    else L2C[latin.charCodeAt(0)] = cyrillic.charCodeAt(0);
  }
}
// Q W X Y are not Serbian letters: words containing them are foreign and stay Latin.
for (const letter of 'QWXYqwxy') L2C[letter.charCodeAt(0)] = 0;

export const ZERO_WIDTH_NON_JOINER = 0x200c;

/** The Cyrillic capital (Љ Њ Џ) that two Latin letters spell as a digraph (lj nj dž in any case), or 0. */
export function digraphLetter(first: number, second: number): number {
  switch (first) {
    case 0x6c: // l
    case 0x4c: // L
      return isJ(second) ? 0x409 : 0;
    case 0x6e: // n
    case 0x4e: // N
      return isJ(second) ? 0x40a : 0;
    case 0x64: // d
    case 0x44: // D
      return second === 0x17e || second === 0x17d ? 0x40f : 0; // ž Ž
    default:
      return 0;
  }
}

/** Cyrillic ј typed inside a Latin digraph (nј) is a common slip of a Cyrillic keyboard; it still joins. */
function isJ(code: number): boolean {
  return code === 0x6a || code === 0x4a || code === 0x458 || code === 0x408; // j J ј Ј
}

/** Letter case as a number: 0 = not a cased letter, 1 = upper (titlecase ǅ included), 2 = lower. */
export const NOT_CASED = 0;
export const UPPER = 1;
export const LOWER = 2;

/** Case and lowercase of every code unit below U+0530 (Latin, Greek, Cyrillic), the scripts that meet here. */
const TABLE_SPAN = 0x530;
const CASE_TABLE = new Uint8Array(TABLE_SPAN);
const LOWERCASE_TABLE = new Uint16Array(TABLE_SPAN);
for (let code = 0; code < TABLE_SPAN; code++) {
  CASE_TABLE[code] = computeCase(code);
  const lower = String.fromCharCode(code).toLowerCase();
  LOWERCASE_TABLE[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
}

function computeCase(code: number): number {
  const character = String.fromCharCode(code);
  if (character !== character.toLowerCase()) return UPPER;
  if (character !== character.toUpperCase()) return LOWER;
  return NOT_CASED;
}

export function letterCase(code: number): number {
  return code < TABLE_SPAN ? CASE_TABLE[code] : computeCase(code);
}

export function isCasedLetter(code: number): boolean {
  return letterCase(code) !== NOT_CASED;
}

/** Lowercase of a code unit; beyond the table only the dictionary's prefilter asks, and identity is good enough there. */
export function toLowerCode(code: number): number {
  return code < TABLE_SPAN ? LOWERCASE_TABLE[code] : code;
}

/** Characters that sit inside a word without being letters of their own: combining marks, soft hyphen, ZWNJ/ZWJ. */
export function isInvisibleJoiner(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || code === 0xad || code === 0x200c || code === 0x200d;
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isWhitespace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}
