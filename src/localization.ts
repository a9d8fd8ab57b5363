/**
 * The UI locale of every element, resolved from the page: `<html lang>` and the page-wide script
 * state, followed live (a MutationObserver on <html>), so a CMS or the script toggle changing
 * either re-renders every widget, including those on the page before the bundle loaded.
 */
import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';
import { translations } from './generated/translations.js';
import { loadConverter } from './page/content-script.js';
import { formattingLocale } from './core/formatting-locale.js';
import { resolveLocale, type Script } from './core/locale.js';
import { onDemand } from './page/on-demand.js';
import { readActiveScript, scriptAttribute } from './page/page-script.js';

/** A locale the widgets speak: the source language or one with an XLIFF file in xliff/. */
export type UiLocale = (typeof allLocales)[number];

// Each page needs at most one translation, so each is loaded when the page asks for it (the
// loaders are generated from xliff/ by `npm run localize`). Elements wait for it before their first
// render (GovElement), so no frame is ever in the wrong language.
const translationLoaders = Object.fromEntries(
  targetLocales.map((locale) => [locale, onDemand(`the ${locale} UI strings`, translations[locale])]),
);
const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => translationLoaders[locale]!(),
});

export { getLocale };

export interface PageLanguage {
  /** `<html lang>` as written, '' when absent. */
  lang: string;
  /** The script Serbian content is shown in; null when nobody chose and the page is not Serbian. */
  script: Script | null;
  locale: UiLocale;
  /** The locale `Intl` formats dates and names in: `locale`, or where Intl has no data for it, the nearest that has (rue → sr-Cyrl). */
  formats: string;
}

type Listener = (page: PageLanguage) => void;

const listeners = new Set<Listener>();
let current: PageLanguage | undefined;
let ready: Promise<void> = Promise.resolve();
/** The `<html lang>` last warned about: one warning per language, however often the page is read. */
let warnedLanguage: string | undefined;

function readPage(): PageLanguage {
  const root = document.documentElement;
  const lang = root.getAttribute('lang') ?? '';
  const script = readActiveScript(root);
  const { locale, supported } = resolveLocale(lang, script, allLocales, sourceLocale);
  if (warnedLanguage !== lang && (!supported || lang.trim() === '')) {
    warnedLanguage = lang;
    console.warn(
      lang.trim() === ''
        ? 'gov-widgets: the page has no <html lang>, so the widgets show English. Add one: <html lang="sr-Cyrl">, "sr-Latn" or "en".'
        : `gov-widgets: the page language "${lang}" has no translation; the widgets show English.`,
    );
  }
  return { lang, script, locale: locale as UiLocale, formats: formattingLocale(locale) };
}

function update(): void {
  const next = readPage();
  const changed =
    !current || next.lang !== current.lang || next.script !== current.script || next.locale !== current.locale;
  if (!changed) return;
  current = next;
  const page = next;
  ready = Promise.all([
    getLocale() === page.locale
      ? undefined
      : setLocale(page.locale).catch(() =>
          // The file's absence is on the console already (onDemand); this says what the reader sees.
          console.warn(`gov-widgets: the ${page.locale} UI strings did not load; the widgets show English.`),
        ),
    // While Latin is active, Cyrillic content is converted from the first frame, not a frame later.
    // Without the converter, content stays as written (the console names the missing file).
    page.script === 'latn' ? loadConverter('latn').catch(() => undefined) : undefined,
  ]).then(() => listeners.forEach((listener) => listener(page)));
}

let observer: MutationObserver | undefined;

function start(): void {
  if (observer) return;
  observer = new MutationObserver(update);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', scriptAttribute] });
  update();
}

/** The page's language state now (starts following the page on first use). */
export function pageLanguage(): PageLanguage {
  start();
  return current!;
}

/**
 * Resolves once the UI strings of the current page language are in place. It reads the page again
 * rather than waiting for the observer, so an element created right after a `lang` change renders
 * in the new language at once.
 */
export function localeReady(): Promise<void> {
  start();
  update();
  return ready;
}

/** Calls `listener` after each change of the page's language or script, once its strings are in place. */
export function onPageLanguageChange(listener: Listener): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
