/**
 * Which script a piece of Serbian content is shown in. The rule every widget follows: Cyrillic
 * text is shown in Latin while Latin is active (Cyrillic is the lossless source); text marked
 * `sr-Latn` is shown in Cyrillic while Cyrillic is active; anything else — English, other
 * languages, Latin text not marked sr-Latn — is shown exactly as written.
 *
 * The two halves of the transliteration engine are loaded when first needed rather than with every
 * widget: most pages never convert anything (Cyrillic content on a Cyrillic page), and Latin →
 * Cyrillic carries a dictionary.
 */
import { isSerbian, scriptOfTag, type Script } from '../core/locale.js';
import { onDemand } from './on-demand.js';
import { stripNoConvertMarkers } from '../core/transliteration/protected-spans.js';

type Converter = (text: string) => string;

const converters: Partial<Record<Script, Converter>> = {};

const engines = {
  latn: onDemand('the Cyrillic → Latin converter', () =>
    import('../core/transliteration/to-latin.js').then((engine) => engine.toLatin),
  ),
  cyrl: onDemand('the Latin → Cyrillic converter', () =>
    import('../core/transliteration/to-cyrillic.js').then((engine) => engine.toCyrillic),
  ),
} satisfies Record<Script, () => Promise<Converter>>;

/**
 * Loads the converter into `script` once; resolves when {@link textInScript} can use it. After a
 * failure (the file missing or offline) the next call tries again.
 */
export function loadConverter(script: Script): Promise<void> {
  return engines[script]().then((convert) => {
    converters[script] = convert;
  });
}

export function converterLoaded(script: Script): boolean {
  return converters[script] !== undefined;
}

/** The converter into `script` once loaded (see {@link loadConverter}), for code that converts many texts in a row. */
export function loadedConverter(script: Script): Converter | undefined {
  return converters[script];
}

/** Which converter showing content of this language in the active script needs, if any. */
export function converterNeeded(contentLang: string | undefined, script: Script | null): Script | null {
  if (!script || !isSerbian(contentLang)) return null;
  if (script === 'latn') return 'latn';
  return scriptOfTag(contentLang!) === 'latn' ? 'cyrl' : null;
}

/** A cheap test for Cyrillic letters, without loading the engine. */
export function hasCyrillicLetters(text: string): boolean {
  return /[\u0400-\u045F]/.test(text);
}

/**
 * The text as shown. Serbian content may carry the author's no-convert markers (`-{Microsoft}-`);
 * they never reach the reader. Until its converter has loaded (see {@link loadConverter}), content
 * is shown as written.
 */
export function textInScript(text: string, contentLang: string | undefined, script: Script | null): string {
  if (!text || !isSerbian(contentLang)) return text;
  const needed = converterNeeded(contentLang, script);
  const convert = needed && converters[needed];
  return convert ? convert(text) : stripNoConvertMarkers(text);
}

/**
 * The `lang` to put on content after {@link textInScript}: converted Serbian is tagged with the
 * script it is now in, so screen readers and hyphenation see the truth.
 */
export function langInScript(contentLang: string | undefined, script: Script | null): string | undefined {
  const needed = converterNeeded(contentLang, script);
  if (!needed || !converters[needed]) return contentLang;
  return needed === 'latn' ? 'sr-Latn' : 'sr-Cyrl';
}
