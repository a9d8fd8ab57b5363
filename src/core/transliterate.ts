/**
 * Serbian Cyrillic ⇄ Latin transliteration: pure functions on strings, no DOM, no dependencies.
 *
 * - `toLatin` is total and deterministic: the 30-letter map, ѐ ѝ → è ì, and LJ/Lj NJ/Nj DŽ/Dž chosen from
 *   the neighbouring letters. Everything else (Latin, digits, other Cyrillic letters, emoji) passes.
 * - `toCyrillic` needs judgement: split digraphs (injekcija → инјекција), foreign words, Roman numerals,
 *   addresses, units and abbreviations. See docs/transliteration.md for every rule and why.
 * - Text between `-{` and `}-` is shown as written in both directions, without the markers. Always convert
 *   from the source text: a converted text has lost its markers, so converting it again is not the same.
 */
export { toLatin, hasCyrillic } from './transliteration/to-latin.js';
export { toCyrillic, hasLatin } from './transliteration/to-cyrillic.js';
export { addExceptions, type TransliterationExceptions } from './transliteration/exceptions.js';
export { NO_CONVERT_OPEN, NO_CONVERT_CLOSE, stripNoConvertMarkers } from './transliteration/protected-spans.js';
