/**
 * The page-wide script state: which script Serbian text is shown in. It lives in the DOM (an
 * attribute on <html>), not in a module variable, so that every copy of the bundle on the page,
 * every element and the host page's own scripts see the same state.
 *
 * A switch through {@link setScript} fires `gov-script-change` on document first (cancelable: a
 * page can refuse it), then sets the attribute, stores the choice, lets this copy's followers
 * (the light-DOM converter) update the page in the same task, and fires `gov-script-changed`.
 */
import { emit } from '../events.js';
import { isSerbian, scriptOfTag, type Script } from '../core/locale.js';

/** Set on <html> by the script toggle: `cyrl` or `latn`. Absent: nobody chose. */
export const scriptAttribute = 'data-gov-script';
/** The localStorage key that remembers the reader's choice (`cyrl` or `latn`) across pages of the site. */
export const scriptStorageKey = 'gov-widgets:script';
/** The URL query parameter (`?script=latn`, `?script=cyrl`) that chooses the script for one visit; it wins over storage. */
export const scriptParameter = 'script';
/** Fired on document before a switch; cancelable. */
export const scriptChangeEvent = 'gov-script-change';
/** Fired on document after a switch, once the page shows the new script. */
export const scriptChangedEvent = 'gov-script-changed';
/** An element with this attribute is never converted by the script toggle, nor anything inside it. */
export const optOutAttribute = 'data-gov-no-convert';

export type { GovScriptChangeDetail } from '../events.js';

/** `cyrl` or `latn` in any case, else null. */
export function parseScript(value: unknown): Script | null {
  const script = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return script === 'cyrl' || script === 'latn' ? script : null;
}

/** The script somebody chose (a toggle, the URL, the stored choice, a page script), or null. */
export function readChosenScript(root: Element = document.documentElement): Script | null {
  return parseScript(root.getAttribute(scriptAttribute));
}

/**
 * The script Serbian content is shown in: the toggle's choice, else the script of a Serbian page's
 * own `lang`, else null (no preference: content stays as written).
 */
export function readActiveScript(root: Element = document.documentElement): Script | null {
  const chosen = readChosenScript(root);
  if (chosen) return chosen;
  const lang = root.getAttribute('lang');
  return isSerbian(lang) ? scriptOfTag(lang!) : null;
}

type Follower = (script: Script) => void;
const followers = new Set<Follower>();

/**
 * Calls `follower` synchronously on each switch made through {@link setScript} by this copy of the
 * bundle, after the attribute is set and before `gov-script-changed`, so that the page and the
 * attribute change in one task (one re-render, no frame in between). Returns the unsubscribe.
 */
export function followScript(follower: Follower): () => void {
  followers.add(follower);
  return () => followers.delete(follower);
}

/**
 * Switches the page to `script`: fires the cancelable `gov-script-change`, then (unless a listener
 * called preventDefault) sets the state, stores it, updates the followers and fires
 * `gov-script-changed`. Returns false when the switch was refused.
 */
export function setScript(script: Script): boolean {
  const root = document.documentElement;
  if (readChosenScript(root) === script) return true;
  const previous = readActiveScript(root);
  if (!emit(document, scriptChangeEvent, { script, previous }, { cancelable: true })) return false;
  root.setAttribute(scriptAttribute, script);
  storeScript(script);
  followURL(script);
  for (const follower of followers) {
    try {
      follower(script);
    } catch (error) {
      console.error('gov-widgets: could not show the page in the chosen script', error);
    }
  }
  emit(document, scriptChangedEvent, { script, previous });
  return true;
}

let restored = false;

/**
 * Applies the reader's earlier choice once per page, as early as the toggle's code runs: the URL
 * parameter first (and remembers it), else the stored choice unless the page already carries one.
 * Fires no event: this is the page's initial state, not a switch.
 */
export function restoreScript(): void {
  if (restored) return;
  restored = true;
  const root = document.documentElement;
  const fromUrl = parseScript(new URLSearchParams(location.search).get(scriptParameter));
  if (fromUrl) {
    root.setAttribute(scriptAttribute, fromUrl);
    storeScript(fromUrl);
    return;
  }
  const stored = readStoredScript();
  if (stored && !readChosenScript(root)) root.setAttribute(scriptAttribute, stored);
}

/** The stored choice, or null when there is none or storage is unavailable (blocked, private mode). */
export function readStoredScript(): Script | null {
  try {
    return parseScript(localStorage.getItem(scriptStorageKey));
  } catch {
    return null;
  }
}

function storeScript(script: Script): void {
  try {
    localStorage.setItem(scriptStorageKey, script);
  } catch {
    // Storage blocked or full: the choice then lasts for this page only.
  }
}

/**
 * A URL that chose a script keeps saying the script shown, so that reloading or sharing it shows what the
 * reader sees. Only the value of the parameter changes: the rest of the query is the site's, byte for byte
 * (URLSearchParams would re-encode all of it: `?a&b=%20` → `?a=&b=+`).
 */
function followURL(script: Script): void {
  try {
    const href = location.href;
    const hash = href.indexOf('#');
    const beforeHash = hash < 0 ? href : href.slice(0, hash);
    const question = beforeHash.indexOf('?');
    if (question < 0) return;
    const query = withScript(beforeHash.slice(question + 1), script);
    if (query === null) return;
    history.replaceState(
      history.state,
      '',
      `${beforeHash.slice(0, question + 1)}${query}${href.slice(beforeHash.length)}`,
    );
  } catch {
    // A sandboxed or opaque document may refuse history changes; the state itself has changed.
  }
}

/**
 * `query` with the value of its first `script` parameter (the one URLSearchParams reads) set to `script`, every
 * other byte as it was; null when it has no such parameter or already says `script`.
 */
function withScript(query: string, script: Script): string | null {
  let offset = 0;
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    const name = equals < 0 ? pair : pair.slice(0, equals);
    if (decodeQueryComponent(name) === scriptParameter) {
      if (equals >= 0 && decodeQueryComponent(pair.slice(equals + 1)) === script) return null;
      return `${query.slice(0, offset)}${name}=${script}${query.slice(offset + pair.length)}`;
    }
    offset += pair.length + 1;
  }
  return null;
}

/** Decoded as application/x-www-form-urlencoded (`+` is a space); a malformed escape is read as written. */
function decodeQueryComponent(text: string): string {
  const spaced = text.replaceAll('+', ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}
