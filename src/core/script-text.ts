/**
 * How one piece of Serbian text and one language tag look in a given script: the pure rules under
 * the script toggle's page conversion (the DOM work is in the toggle's page converter).
 */
import { isSerbian, scriptOfTag, type Script } from './locale.js';
import { stripNoConvertMarkers, toCyrillic, toLatin } from './transliterate.js';

/**
 * `text`, written in `authored`, as shown while `shown` is active (null: as written). Converting
 * happens only across scripts; in its own script a text loses only its no-convert markers
 * (`-{…}-`), which are never shown. Unlike the widgets' textInScript (keyed by a content language),
 * text in its own script is never passed through the engine, so that showing a region as written is
 * exactly the revert of any switch.
 */
export function showInScript(text: string, authored: Script, shown: Script | null): string {
  if (shown === null || shown === authored) return stripNoConvertMarkers(text);
  return shown === 'latn' ? toLatin(text) : toCyrillic(text);
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
