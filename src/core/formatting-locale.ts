/**
 * How each UI locale formats what `Intl` formats (dates, day names, country and language names)
 * and which plural form a count takes. Pure, so that the rules are testable without a page.
 *
 * The browser's `Intl` has no data for some UI locales, and then silently formats in the browser's
 * own default locale (a Rusyn page in a Polish browser would get Polish month names and Polish
 * plural rules). Such a locale names the locale that formats for it instead.
 */

/** UI locales the browser's Intl has no data for, and the nearest locale that has. */
export const formattingFallbacks: Readonly<Record<string, string>> = {
  // Pannonian Rusyn: neither `rue` nor `rsk` is in CLDR. Its readers in Vojvodina read Serbian
  // Cyrillic every day, and Serbian dates have the Rusyn shape ("23. новембар 2016.": day with a
  // dot, the month in words, the year with a dot; Ruske slovo writes "25. новембер 2016."); the
  // month names differ by a vowel or a letter (новембар/новембер, јун/юний). MediaWiki falls back
  // from rsk to Serbian Cyrillic too. Ukrainian, the other candidate, would give
  // "23 листопада 2016 р.": month names Pannonian Rusyn does not use.
  rue: 'sr-Cyrl',
};

const supportedByIntl = (locale: string) => Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;

/** The locale to hand to `Intl` for text in `locale`: itself when Intl knows it, else its fallback. */
export function formattingLocale(locale: string, supported: (locale: string) => boolean = supportedByIntl): string {
  const fallback = formattingFallbacks[locale];
  return fallback && !supported(locale) ? fallback : locale;
}

/** The plural forms the messages are written in (see README, "Languages"). */
export type PluralCategory = 'one' | 'few' | 'other';

/** Plural rules chosen for UI locales whose rules Intl does not know. */
const ownPluralRules: Readonly<Record<string, (count: number) => PluralCategory>> = {
  // Pannonian Rusyn puts every count above one in the nominative plural ("два роки", "пейц
  // годзини", "70 роки", "28 Керестури" in Ruske slovo; MediaWiki's rsk messages have two forms):
  // the singular for one, one plural form for everything else.
  rue: (count) => (count === 1 ? 'one' : 'other'),
};

/**
 * The plural form `count` takes in `locale`: Intl's category for the locale (or the rule above),
 * as one of the three forms the messages have. Whole counts never fall in the other CLDR
 * categories in the suite's languages (Slovak `many` is for fractions only); a language that needs
 * `many` or `two` for whole numbers (Polish, Slovenian) writes that form in its `other` message.
 */
export function pluralCategory(locale: string, count: number): PluralCategory {
  const own = ownPluralRules[locale];
  if (own) return own(count);
  // Not cached: a count is announced once per "show more" press.
  const category = new Intl.PluralRules(formattingLocale(locale)).select(count);
  return category === 'one' || category === 'few' ? category : 'other';
}
