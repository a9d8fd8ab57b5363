/**
 * The page-wide script state: which script Serbian text is shown in. It lives in the DOM (an
 * attribute on <html>), not in a module variable, so that every copy of the bundle on the page,
 * every element and the host page's own scripts see the same state.
 */
import { isSerbian, scriptOfTag, type Script } from './locale.js';

/** Set on <html> by the script toggle: `cyrl` or `latn`. Absent: nobody chose. */
export const scriptAttribute = 'data-gov-script';

/**
 * The script Serbian content is shown in: the toggle's choice, else the script of a Serbian page's
 * own `lang`, else null (no preference: content stays as written).
 */
export function readActiveScript(root: Element = document.documentElement): Script | null {
  const chosen = root.getAttribute(scriptAttribute);
  if (chosen === 'cyrl' || chosen === 'latn') return chosen;
  const lang = root.getAttribute('lang');
  return isSerbian(lang) ? scriptOfTag(lang!) : null;
}
