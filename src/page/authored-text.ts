/**
 * How one piece of Serbian text and one language tag look in a given script: the rules under the
 * script toggle's page conversion (the DOM work is in the toggle's page converter). The text rules
 * use the converters loaded so far; the tag rules are pure and live in locale.ts, where the page
 * converter takes them from.
 */
import { converterLoaded, loadedConverter } from './content-script.js';
import type { Script } from '../core/locale.js';
import { stripNoConvertMarkers } from '../core/transliteration/protected-spans.js';

export { explicitScriptOfTag, retagScript } from '../core/locale.js';

/**
 * Whether text written in `authored` can be shown in `shown` now: always in its own script, and in
 * the other once that direction's converter has loaded (content-script's loadConverter; the engine
 * is loaded on demand, and Latin → Cyrillic carries a dictionary).
 */
export function canShowAuthoredText(authored: Script, shown: Script | null): boolean {
  return shown === null || shown === authored || converterLoaded(shown);
}

/**
 * `text`, written in `authored`, as shown while `shown` is active (null: as written). Converting
 * happens only across scripts; in its own script a text loses only its no-convert markers
 * (`-{…}-`), which are never shown. Unlike the widgets' textInScript (keyed by a content language),
 * text in its own script is never passed through the engine, so that showing a region as written is
 * exactly the revert of any switch. Until {@link canShowAuthoredText} says so, text is shown as written.
 */
export function showAuthoredText(text: string, authored: Script, shown: Script | null): string {
  const convert = shown === null || shown === authored ? undefined : loadedConverter(shown);
  return convert ? convert(text) : stripNoConvertMarkers(text);
}
