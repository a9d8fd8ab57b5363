/**
 * How one piece of Serbian text and one language tag look in a given script: the pure rules under
 * the script toggle's page conversion (the DOM work is in the toggle's page converter).
 */
import { cyrillicEngineLoaded, textInScript } from './content-script.js';
import { isSerbian, scriptOfTag, type Script } from './locale.js';
import { stripNoConvertMarkers } from './transliteration/protected-spans.js';
import { toLatin } from './transliteration/to-latin.js';

/**
 * Whether text written in `authored` can be shown in `shown` now: all but Latin → Cyrillic, which
 * needs the engine's dictionary, loaded on demand (content-script's loadCyrillicEngine).
 */
export function canShowInScript(authored: Script, shown: Script | null): boolean {
  return shown !== 'cyrl' || authored === 'cyrl' || cyrillicEngineLoaded();
}

/**
 * `text`, written in `authored`, as shown while `shown` is active (null: as written). Converting
 * happens only across scripts; in its own script a text loses only its no-convert markers
 * (`-{…}-`), which are never shown. Unlike the widgets' textInScript (keyed by a content language),
 * text in its own script is never passed through the engine, so that showing a region as written is
 * exactly the revert of any switch. Until {@link canShowInScript} says so, Latin text asked for in
 * Cyrillic is shown as written.
 */
export function showInScript(text: string, authored: Script, shown: Script | null): string {
  if (shown === null || shown === authored || !canShowInScript(authored, shown)) return stripNoConvertMarkers(text);
  // textInScript holds the on-demand Cyrillic engine: content marked sr-Latn, shown in Cyrillic.
  return shown === 'latn' ? toLatin(text) : textInScript(text, 'sr-Latn', 'cyrl');
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
