/**
 * The language of a story when the source does not say: Cyrillic text is Serbian Cyrillic (Russian
 * when it has Russian letters and none of Serbian's own), Latin text is Serbian Latin when it has
 * Serbian letters (č ć đ š ž) or reads like Serbian, English when it reads like English.
 */
const serbianLatinWords = new Set(
  'i u je na za se od da su sa koji koja ili kao sto što iz po ce će bio bila'.split(' '),
);
const englishWords = new Set('the and of to in is for on with that was at by from as are be this an'.split(' '));

export function detectLanguage(text: string): string | undefined {
  const cyrillic = text.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  if (cyrillic === 0 && latin === 0) return undefined;
  if (cyrillic >= latin) {
    const russianOnly = /[ыэъё]/i.test(text) && !/[ђћџљњј]/i.test(text);
    return russianOnly ? 'ru' : 'sr-Cyrl';
  }
  if (/[čćđšžČĆĐŠŽ]/.test(text)) return 'sr-Latn';
  let serbian = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (serbianLatinWords.has(word)) serbian++;
    if (englishWords.has(word)) english++;
  }
  if (serbian === english) return undefined;
  return serbian > english ? 'sr-Latn' : 'en';
}

/** The language most stories have, for the feed's `language`; undefined when none was found. */
export function mostCommon(languages: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const language of languages) if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
