/**
 * Which script a piece of Serbian content is shown in. The rule every widget follows: Cyrillic
 * text is shown in Latin while Latin is active (Cyrillic is the lossless source); text marked
 * `sr-Latn` is shown in Cyrillic while Cyrillic is active; anything else — English, other
 * languages, Latin text not marked sr-Latn — is shown exactly as written.
 */
import { isSerbian, scriptOfTag, type Script } from './locale.js';
import { stripNoConvertMarkers, toCyrillic, toLatin } from './transliterate.js';

/**
 * Serbian content may carry the author's no-convert markers (`-{Microsoft}-`); they never reach the
 * reader, whether or not the text is converted.
 */
export function textInScript(text: string, contentLang: string | undefined, script: Script | null): string {
  if (!text || !isSerbian(contentLang)) return text;
  if (script === 'latn') return toLatin(text);
  if (script === 'cyrl' && scriptOfTag(contentLang!) === 'latn') return toCyrillic(text);
  return stripNoConvertMarkers(text);
}

/**
 * The `lang` to put on content after {@link textInScript}: converted Serbian is tagged with the
 * script it is now in, so screen readers and hyphenation see the truth.
 */
export function langInScript(contentLang: string | undefined, script: Script | null): string | undefined {
  if (!contentLang || !script || !isSerbian(contentLang)) return contentLang;
  return script === 'latn' ? 'sr-Latn' : 'sr-Cyrl';
}
