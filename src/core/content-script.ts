/**
 * Which script a piece of Serbian content is shown in. The rule every widget follows: Cyrillic
 * text is shown in Latin while Latin is active (Cyrillic is the lossless source); text marked
 * `sr-Latn` is shown in Cyrillic while Cyrillic is active; anything else — English, other
 * languages, Latin text not marked sr-Latn — is shown exactly as written.
 *
 * Latin → Cyrillic needs the engine's dictionary, the larger half of it, and most pages never
 * need it (their content is Cyrillic), so it is loaded on first use rather than with every widget.
 */
import { isSerbian, scriptOfTag, type Script } from './locale.js';
import { stripNoConvertMarkers } from './transliteration/protected-spans.js';
import { toLatin } from './transliteration/to-latin.js';

let toCyrillic: ((text: string) => string) | undefined;
let cyrillicEngine: Promise<void> | undefined;

/** Loads the Latin → Cyrillic engine once; resolves when {@link textInScript} can use it. */
export function loadCyrillicEngine(): Promise<void> {
  cyrillicEngine ??= import('./transliteration/to-cyrillic.js').then((engine) => {
    toCyrillic = engine.toCyrillic;
  });
  return cyrillicEngine;
}

export function cyrillicEngineLoaded(): boolean {
  return toCyrillic !== undefined;
}

/** Whether showing content of this language in this script needs the Latin → Cyrillic engine. */
export function needsCyrillicEngine(contentLang: string | undefined, script: Script | null): boolean {
  return script === 'cyrl' && isSerbian(contentLang) && scriptOfTag(contentLang!) === 'latn';
}

/**
 * Serbian content may carry the author's no-convert markers (`-{Microsoft}-`); they never reach the
 * reader, whether or not the text is converted. Until the Latin → Cyrillic engine has loaded,
 * sr-Latn text is shown as written (see {@link loadCyrillicEngine}).
 */
export function textInScript(text: string, contentLang: string | undefined, script: Script | null): string {
  if (!text || !isSerbian(contentLang)) return text;
  if (script === 'latn') return toLatin(text);
  if (toCyrillic && needsCyrillicEngine(contentLang, script)) return toCyrillic(text);
  return stripNoConvertMarkers(text);
}

/**
 * The `lang` to put on content after {@link textInScript}: converted Serbian is tagged with the
 * script it is now in, so screen readers and hyphenation see the truth.
 */
export function langInScript(contentLang: string | undefined, script: Script | null): string | undefined {
  if (!contentLang || !script || !isSerbian(contentLang)) return contentLang;
  if (needsCyrillicEngine(contentLang, script) && !toCyrillic) return contentLang;
  return script === 'latn' ? 'sr-Latn' : 'sr-Cyrl';
}
