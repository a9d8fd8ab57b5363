/**
 * The month names news is dated with on Serbian government sites: English, and Serbian in both
 * scripts, in the nominative ("новембар", "novembar") and the genitive a date takes ("23. новембра"),
 * in full and abbreviated ("Nov", "нов.", "sept."). Pure data and lookup: the dateline recognizer and
 * the feed date readers share it.
 */

const months: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'januara', 'јануар', 'јануара', 'јан'],
  ['february', 'feb', 'febr', 'februar', 'februara', 'фебруар', 'фебруара', 'феб', 'фебр'],
  ['march', 'mar', 'mart', 'marta', 'март', 'марта', 'мар'],
  ['april', 'apr', 'aprila', 'април', 'априла', 'апр'],
  ['may', 'maj', 'maja', 'мај', 'маја'],
  ['june', 'jun', 'juni', 'juna', 'јун', 'јуни', 'јуна'],
  ['july', 'jul', 'juli', 'jula', 'јул', 'јули', 'јула'],
  ['august', 'aug', 'avgust', 'avgusta', 'avg', 'август', 'августа', 'авг'],
  ['september', 'sep', 'sept', 'septembar', 'septembra', 'септембар', 'септембра', 'сеп', 'септ'],
  ['october', 'oct', 'oktobar', 'oktobra', 'okt', 'октобар', 'октобра', 'окт'],
  ['november', 'nov', 'novembar', 'novembra', 'новембар', 'новембра', 'нов'],
  ['december', 'dec', 'decembar', 'decembra', 'децембар', 'децембра', 'дец'],
];

const monthByName = new Map<string, number>(months.flatMap((names, index) => names.map((name) => [name, index + 1])));

/**
 * The month (1–12) a word names, in any case, with or without an abbreviation's full stop;
 * undefined for any other word.
 */
export function monthNumber(word: string): number | undefined {
  return monthByName.get(word.toLowerCase().replace(/\.$/, ''));
}
