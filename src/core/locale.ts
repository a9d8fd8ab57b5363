/**
 * Which UI locale a language tag means. Pure, so that the rules are testable without a page.
 * Serbian is Cyrillic unless the tag says Latin (`sr`, `sr-RS`, `sr-Cyrl-RS` → sr-Cyrl;
 * `sr-Latn`, `sr-Latn-RS` → sr-Latn), and the page-wide script state of the script toggle
 * overrides the tag's script for Serbian pages only.
 */
export const uiLocales = ['en', 'sr-Cyrl', 'sr-Latn'] as const;
export type UiLocale = (typeof uiLocales)[number];

/** The two scripts of Serbian, as the script toggle and the `source` attribute name them. */
export type Script = 'cyrl' | 'latn';

export interface ResolvedLocale {
  locale: UiLocale;
  /** False when the tag named a language the suite has no translation for (it then falls back to English). */
  supported: boolean;
}

const subtags = (tag: string) => tag.trim().toLowerCase().replace(/_/g, '-').split('-');

export function isSerbian(tag: string | null | undefined): boolean {
  return !!tag && subtags(tag)[0] === 'sr';
}

/** The script a Serbian language tag names; Serbian without a script subtag is Cyrillic. */
export function scriptOfTag(tag: string): Script {
  return subtags(tag).includes('latn') ? 'latn' : 'cyrl';
}

export function resolveLocale(tag: string | null | undefined, activeScript?: Script | null): ResolvedLocale {
  const language = tag ? subtags(tag)[0] : '';
  if (language === 'sr') {
    const script = activeScript ?? scriptOfTag(tag!);
    return { locale: script === 'latn' ? 'sr-Latn' : 'sr-Cyrl', supported: true };
  }
  if (language === 'en') return { locale: 'en', supported: true };
  return { locale: 'en', supported: language === '' };
}
