/**
 * A module loaded the first time it is needed (a dynamic import: in the one-file bundle, a sibling
 * file), once; after a failed attempt (offline for a moment) the next call tries again.
 */
export interface OnDemand<T> {
  (): Promise<T>;
  /** The module, once it has loaded: code that can go on at once uses it without waiting a microtask. */
  loaded?: T;
}

export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  const get: OnDemand<T> = () =>
    (loading ??= load().then(
      (module) => (get.loaded = module),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return get;
}
