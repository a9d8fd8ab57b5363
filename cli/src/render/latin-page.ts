/**
 * The Latin copy of a page, made by the script toggle's own page converter
 * (src/components/script-toggle/page-converter.ts) run once over the page in jsdom: the same rules
 * as the toggle in the browser (each text by its nearest `lang`, `translate="no"`, code and
 * `<gov-script-toggle>` left alone, the readable attributes converted, URLs and e-mail addresses
 * kept, `<html lang>` retagged sr-Latn), so the Latin page reads exactly as the Cyrillic page
 * does after a click on "latinica". A page already in Latin stays as it is.
 */
import { attachRegion, detachRegion, type Region } from '../../../src/components/script-toggle/page-converter.js';
import { converterLoaded, loadConverter } from '../../../src/page/content-script.js';
import { followScript, scriptAttribute } from '../../../src/page/page-script.js';
import { canShowAuthoredText, showAuthoredText } from '../../../src/page/authored-text.js';
import { withPageGlobals } from './page-globals.js';

const runtime = { followScript, converterLoaded, loadConverter, canShowAuthoredText, showAuthoredText };

/** Shows `window`'s page in Latin, in place. */
export async function convertPageToLatin(window: Window): Promise<void> {
  await loadConverter('latn');
  const document = window.document;
  const root = document.documentElement;
  await withPageGlobals(window, () => {
    const title = document.head?.querySelector(':scope > title');
    const region: Region = {
      roots: [document.body, title].filter((node): node is HTMLElement => !!node),
      source: null,
    };
    // The page-wide choice a click on "latinica" makes; taken back after, as the copy *is* Latin (its
    // `<html lang="sr-Latn">` says so to the widgets).
    root.setAttribute(scriptAttribute, 'latn');
    try {
      attachRegion(region, runtime);
      detachRegion(region);
    } finally {
      root.removeAttribute(scriptAttribute);
    }
  });
}
