/**
 * Which UI locale a language tag means, among the locales the suite has translations for. Pure, so
 * that the rules are testable without a page. Serbian is Cyrillic unless the tag says Latin (`sr`,
 * `sr-RS`, `sr-Cyrl-RS` → sr-Cyrl; `sr-Latn`, `sr-Latn-RS` → sr-Latn), and the page-wide script
 * state of the script toggle overrides the tag's script for Serbian pages only. Any other language
 * matches its own translation by the longest common prefix of subtags (`hu-RS` → `hu`), and
 * `rsk` (ISO 639-3's own code for Pannonian Rusyn since 2022) is the Rusyn of the `rue` translation.
 * Also the script subtags of Serbian tags, for the script toggle.
 */

/** The two scripts of Serbian, as the script toggle and the `source` attribute name them. */
export type Script = 'cyrl' | 'latn';

export interface ResolvedLocale {
  /** One of the available locales, spelt as they are. */
  locale: string;
  /** False when the tag named a language the suite has no translation for (it then falls back to the source locale). */
  supported: boolean;
}

const subtags = (tag: string) => tag.trim().toLowerCase().replace(/_/g, '-').split('-');

/** Language subtags that name the language of a translation filed under another code. */
const languageAliases: Readonly<Record<string, string>> = { rsk: 'rue' };

export function isSerbian(tag: string | null | undefined): boolean {
  return !!tag && subtags(tag)[0] === 'sr';
}

/** The script a Serbian language tag names; Serbian without a script subtag is Cyrillic. */
export function scriptOfTag(tag: string): Script {
  return subtags(tag).includes('latn') ? 'latn' : 'cyrl';
}

/**
 * Whether two language tags name the same language as a reader sees it: equal in any case, or both
 * Serbian in the same script (`sr` and `sr-Cyrl-RS`; not `sr-Cyrl` and `sr-Latn`).
 */
export function sameLanguage(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  return isSerbian(a) && isSerbian(b) && scriptOfTag(a) === scriptOfTag(b);
}

export function resolveLocale(
  tag: string | null | undefined,
  activeScript: Script | null | undefined,
  available: readonly string[],
  sourceLocale: string,
): ResolvedLocale {
  if (!tag || tag.trim() === '') return { locale: sourceLocale, supported: true };
  const wanted = subtags(tag);
  wanted[0] = languageAliases[wanted[0]] ?? wanted[0];
  if (wanted[0] === 'sr') wanted.splice(1, wanted.length - 1, activeScript ?? scriptOfTag(tag));
  let best: { locale: string; length: number } | undefined;
  for (const locale of available) {
    const offered = subtags(locale);
    let length = 0;
    while (length < offered.length && offered[length] === wanted[length]) length++;
    // A locale matches when all its subtags lead the wanted tag (`hu` serves `hu-RS`, `sr-Cyrl` does not serve `sr-Latn`).
    if (length === offered.length && (!best || length > best.length)) best = { locale, length };
  }
  return best ? { locale: best.locale, supported: true } : { locale: sourceLocale, supported: false };
}

const SCRIPT_SUBTAG = /^[a-z]{4}$/i;

/**
 * A Serbian language tag naming `script`, keeping its other subtags: sr → sr-Latn, sr-RS →
 * sr-Latn-RS, sr-Cyrl-ME → sr-Latn-ME. Tags of other languages, and tags that already mean
 * `script` (plain `sr` means Cyrillic), come back unchanged.
 */
export function retagScript(tag: string, script: Script): string {
  if (!isSerbian(tag) || scriptOfTag(tag) === script) return tag;
  const subtags = tag.trim().split(/[-_]/);
  const name = script === 'latn' ? 'Latn' : 'Cyrl';
  if (subtags.length > 1 && SCRIPT_SUBTAG.test(subtags[1])) subtags[1] = name;
  else subtags.splice(1, 0, name);
  return subtags.join('-');
}

/** The script a Serbian tag names explicitly (sr-Latn, sr-Cyrl-RS), or null when it names none (sr, sr-RS). */
export function explicitScriptOfTag(tag: string): Script | null {
  const subtags = tag.trim().toLowerCase().split(/[-_]/);
  for (const subtag of subtags.slice(1)) {
    if (subtag === 'latn') return 'latn';
    if (subtag === 'cyrl') return 'cyrl';
  }
  return null;
}
