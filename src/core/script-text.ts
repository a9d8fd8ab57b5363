/**
 * How one piece of Serbian text and one language tag look in a given script: the pure rules under
 * the script toggle's page conversion (the DOM work is in the toggle's page converter).
 */
import { converterLoaded, loadedConverter } from './content-script.js';
import { isSerbian, scriptOfTag, type Script } from './locale.js';
import { stripNoConvertMarkers } from './transliteration/protected-spans.js';

/**
 * Whether text written in `authored` can be shown in `shown` now: always in its own script, and in
 * the other once that direction's converter has loaded (content-script's loadConverter; the engine
 * is loaded on demand, and Latin → Cyrillic carries a dictionary).
 */
export function canShowInScript(authored: Script, shown: Script | null): boolean {
  return shown === null || shown === authored || converterLoaded(shown);
}

/**
 * `text`, written in `authored`, as shown while `shown` is active (null: as written). Converting
 * happens only across scripts; in its own script a text loses only its no-convert markers
 * (`-{…}-`), which are never shown. Unlike the widgets' textInScript (keyed by a content language),
 * text in its own script is never passed through the engine, so that showing a region as written is
 * exactly the revert of any switch. Until {@link canShowInScript} says so, text is shown as written.
 */
export function showInScript(text: string, authored: Script, shown: Script | null): string {
  const convert = shown === null || shown === authored ? undefined : loadedConverter(shown);
  return convert ? convert(text) : stripNoConvertMarkers(text);
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
