// Word lists that the Latin → Cyrillic direction consults. A bitmap keyed by a word's length and its first
// and last letters (case-folded) answers "certainly not listed" for almost every word in one load, so the
// common case slices no string and does no map lookup.

import { toLowerCode } from './letters.js';
import { toLatin } from './to-latin.js';

/** What a site can add with `addExceptions`. Every list extends the built-in one; nothing is removed. */
export interface TransliterationExceptions {
  /**
   * Word beginnings spelled in Cyrillic, e.g. `'инјекц'`, `'надживе'`, `'Танјуг'`. A Latin word that starts
   * with the stem's Latin spelling (in any case) takes the stem's Cyrillic letters, so the stem decides
   * whether each lj, nj, dž in it is one letter (љ њ џ) or two (лј нј дж); inflected forms follow because
   * only the beginning has to match. The longest matching stem wins; a later stem with the same Latin
   * spelling replaces the earlier one.
   */
  readonly stems?: Iterable<string>;
  /**
   * Words that stay in Latin script in Cyrillic text: brands, codes, foreign names without q/w/x/y
   * (`'Facebook'`, `'PDF'`, `'Renault'`). Matched as a whole word, as written or in all capitals.
   */
  readonly keepLatin?: Iterable<string>;
  /**
   * Whole words with a fixed Cyrillic form, typically abbreviations that Serbian adapts rather than
   * transliterates: `{ UNESCO: 'УНЕСКО' }`. Matched as written or in all capitals (giving the form in capitals).
   */
  readonly cyrillicForms?: Readonly<Record<string, string>>;
}

/** The lists every page starts with (exported for the tests, not part of the public entry point). */
export const BUILT_IN_EXCEPTIONS: Required<TransliterationExceptions> = {
  // Split digraphs (../shared/docs/transliteration.md §1.4: dnevnik.rs language columns, Pology, Ćirilizator
  // lists). Counter-examples such as оџак and надљудски are why these are stems, not prefix rules.
  stems: [
    // nj = н + ј: Latin in-, con-jugation, ion names, and proper names
    'инјекц', 'инјект', 'инјицир', 'инјури', 'конјуг', 'конјунк', 'неконјуг', 'неконјунк', 'субконјунк',
    'анјон', 'дианјон', 'моноанјон', 'полианјон', 'оксианјон', 'ванјезичк', 'ванјезичн', 'изванјезичк',
    'панјугосл', 'танјуг', 'бенјамин', 'кенјон', 'нетанјаху', 'пинјин', 'шенјанг', 'ссрнј',
    // lj = л + ј
    'даблју', 'метилјодид',
    // dž = д + ж: prefixes od-, nad-, pod-, pred- before ж, and feld-
    'оджал', 'оджар', 'оджив', 'оджубор', 'оджвак', 'наджанр', 'наджел', 'наджив', 'наджњ', 'наджрец', 'наджуп',
    'поджанр', 'поджаргон', 'поджел', 'поджећ', 'поджиг', 'поджњ', 'поджупан', 'преджелу', 'преджетвен',
    'предживот', 'фелджандарм',
  ],
  // Brands and codes that Serbian Cyrillic text writes in Latin (§1.6, §1.7): currency codes and file formats.
  keepLatin: [
    'Facebook', 'Google', 'iPhone', 'iPad', 'iOS', 'LinkedIn', 'Microsoft', 'COVID',
    'PDF', 'DOC', 'ODT', 'ZIP', 'JPG', 'JPEG', 'PNG', 'GIF', 'HTML', 'CSS', 'URL', 'RSS',
    'RSD', 'EUR', 'USD', 'CHF', 'GBP',
  ],
  // Pravopis adapts C to К in transliterated abbreviations (§1.7); mechanical mapping would give УНЕСЦО.
  cyrillicForms: { UNESCO: 'УНЕСКО', Unesco: 'Унеско' },
}; // prettier-ignore

/** A whole-word entry: the Cyrillic form, or KEEP_LATIN. */
export const KEEP_LATIN = '';
const wordEntries = new Map<string, string>();
/** Stems by lowercase Latin spelling, valued by lowercase Cyrillic spelling. */
const stemEntries = new Map<string, string>();

const wordFilter = new Uint8Array(1 << 16);
const stemFilter = new Uint8Array(1 << 16);

export let shortestStem = Infinity;
export let longestStem = 0;

/** 6 bits of length, 5 bits each of the case-folded first and last code unit. */
function filterSlot(length: number, first: number, last: number): number {
  return ((length & 0x3f) << 10) | ((toLowerCode(first) & 0x1f) << 5) | (toLowerCode(last) & 0x1f);
}

function slotOf(word: string): number {
  return filterSlot(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1));
}

/** False when no listed word has this length, first and last letter; true means "look it up". */
export function mayBeListedWord(length: number, first: number, last: number): boolean {
  return wordFilter[filterSlot(length, first, last)] !== 0;
}

/** The entry for a whole word: KEEP_LATIN, a Cyrillic form, or undefined. */
export function listedWord(word: string): string | undefined {
  return wordEntries.get(word);
}

/** False when no stem has this length, first and last letter (in any case). */
export function mayBeStem(length: number, first: number, last: number): boolean {
  return stemFilter[filterSlot(length, first, last)] !== 0;
}

/** The stem with this Latin spelling in any case, as lowercase Cyrillic, or undefined. */
export function stemFor(latin: string): string | undefined {
  return stemEntries.get(latin.toLowerCase());
}

const SERBIAN_CYRILLIC_WORD = /^[абвгдђежзијклљмнњопрстћуфхцчџшѐѝ]+$/;
const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;

/**
 * Extends the exception lists used by `toCyrillic` for the rest of the page's life. Throws a TypeError
 * naming the first entry that could never match, so that a typo in a site's configuration shows at once.
 */
export function addExceptions(exceptions: TransliterationExceptions): void {
  for (const stem of exceptions.stems ?? []) addStem(stem);
  for (const word of exceptions.keepLatin ?? []) addWord(word, KEEP_LATIN);
  for (const [word, form] of Object.entries(exceptions.cyrillicForms ?? {})) addWord(word, form);
}

function addStem(stem: string): void {
  const cyrillic = stem.toLowerCase();
  if (!SERBIAN_CYRILLIC_WORD.test(cyrillic)) {
    throw new TypeError(`Transliteration stem "${stem}" must be spelled in Serbian Cyrillic letters only.`);
  }
  const latin = toLatin(cyrillic);
  stemEntries.set(latin, cyrillic);
  stemFilter[slotOf(latin)] = 1;
  shortestStem = Math.min(shortestStem, latin.length);
  longestStem = Math.max(longestStem, latin.length);
}

function addWord(word: string, form: string): void {
  if (!LETTERS_ONLY.test(word)) {
    throw new TypeError(
      `Transliteration exception "${word}" must be a single word of letters: words are matched between spaces, digits and punctuation.`,
    );
  }
  wordEntries.set(word, form);
  // A headline in capitals must match too; an explicit entry in capitals is never overwritten.
  const capitals = word.toUpperCase();
  if (capitals !== word && !wordEntries.has(capitals)) wordEntries.set(capitals, form.toUpperCase());
  wordFilter[slotOf(word)] = 1;
  wordFilter[slotOf(capitals)] = 1;
}

addExceptions(BUILT_IN_EXCEPTIONS);
