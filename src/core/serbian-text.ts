/**
 * Whether text reads as Serbian Cyrillic, for pages that do not say their language (no `<html lang>`,
 * common on old CMS pages): mostly Cyrillic letters, and almost none of the letters only Russian,
 * Ukrainian, Belarusian, Bulgarian or Macedonian write. Pure, so that it runs anywhere.
 */
const cyrillicLetter = /[\u0400-\u04FF]/;
const latinLetter = /[A-Za-z\u00C0-\u024F]/;
/** ё ъ ы э щ і ї є ґ ў ѓ ќ ѕ, in either case: not in the Serbian alphabet. */
const notSerbian = /[ЁЪЫЭЩІЇЄҐЎЃЌЅёъыэщіїєґўѓќѕ]/;

/** At least this many letters must have been read before the text counts as Serbian. */
const enoughLetters = 20;

export function looksSerbianCyrillic(text: string): boolean {
  let cyrillic = 0;
  let latin = 0;
  let foreign = 0;
  for (const character of text) {
    if (cyrillicLetter.test(character)) {
      cyrillic++;
      if (notSerbian.test(character)) foreign++;
    } else if (latinLetter.test(character)) latin++;
  }
  return cyrillic >= enoughLetters && cyrillic > latin && foreign * 100 < cyrillic;
}
