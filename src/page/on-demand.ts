/**
 * A module loaded the first time it is needed (a dynamic import: in the one-file bundle, a sibling
 * file), once; after a failed attempt (offline for a moment) the next call tries again.
 *
 * A part that cannot load is said once on the console, naming its file and what to upload: the
 * usual cause is a webmaster who uploaded gov-widgets.js without the files beside it. The caller
 * decides how the widget goes on without it (English strings, the photo itself, the script shown).
 */
export interface OnDemand<T> {
  (): Promise<T>;
  /** The module, once it has loaded: code that can go on at once uses it without waiting a microtask. */
  loaded?: T;
}

/** The address in a failed dynamic import's message (Chromium, Firefox and Safari each name it). */
const failedAddress = /\b(?:https?|file):\/\/[^\s'"]+/;

/** What the console says when an on-demand part is missing (README, "What to upload", says more). */
function missingPartMessage(what: string, error: unknown): string {
  const file = failedAddress.exec(String((error as Error | undefined)?.message ?? error))?.[0];
  return `gov-widgets: ${what} did not load${file ? ` (${file})` : ''}. Upload the whole gov-widgets folder: gov-widgets.js with every gov-widgets-*.js file beside it.`;
}

/** `what` names the part for people: "the lightbox", "the Serbian Cyrillic UI strings". */
export function onDemand<T>(what: string, load: () => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  let told = false;
  const get: OnDemand<T> = () =>
    (loading ??= load().then(
      (module) => (get.loaded = module),
      (error: unknown) => {
        loading = undefined;
        if (!told) {
          told = true;
          console.error(missingPartMessage(what, error));
        }
        throw error;
      },
    ));
  return get;
}
