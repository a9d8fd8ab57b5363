/**
 * Work that can pause: a reader of many thousands of items is a generator that yields now and then,
 * so that a widget can read it in slices, each a task short enough for the page to go on answering
 * its reader (a long task blocks clicks, keys and scrolling), while code that may block (Node, a
 * test) runs it to its end at once.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to their end, at once. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Resolves in a task of its own, as soon as may be: `scheduler.yield()` where there is one (the
 * work keeps its place ahead of other tasks, and no timer minimum of 4 ms is paid), else a timer.
 */
const nextTask = (): Promise<unknown> =>
  (globalThis as { scheduler?: { yield?(): Promise<void> } }).scheduler?.yield?.() ??
  new Promise((resolve) => setTimeout(resolve));

/** How long one slice may hold the main thread, in ms: far below the 50 ms of a "long task". */
const slice = 12;

/**
 * Runs `steps` to their end in slices of about {@link slice} ms, each a task of its own; stops with
 * `signal`'s reason when it is aborted (a newer document replaced this one).
 */
export async function inSlices<T>(steps: Steps<T>, signal?: AbortSignal): Promise<T> {
  for (let start = performance.now(); ;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start > slice) {
      await nextTask();
      signal?.throwIfAborted();
      start = performance.now();
    }
  }
}

/** How many items a reader handles between two chances to pause. */
const itemsPerStep = 256;

/** Whether the item at `index` ends a step: a reader yields there (see {@link Steps}). */
export const endsStep = (index: number): boolean => index % itemsPerStep === itemsPerStep - 1;

/** `items.map(map)` in steps (see {@link inSlices}). */
export function* mapInSteps<T, U>(items: readonly T[], map: (item: T) => U): Steps<U[]> {
  const mapped: U[] = [];
  for (const [index, item] of items.entries()) {
    if (endsStep(index)) yield;
    mapped.push(map(item));
  }
  return mapped;
}

/** Whether `test` holds for any of `items`, in steps (see {@link inSlices}): a feed may hold a hundred thousand. */
export function* someInSteps<T>(items: readonly T[], test: (item: T) => boolean): Steps<boolean> {
  for (const [index, item] of items.entries()) {
    if (endsStep(index)) yield;
    if (test(item)) return true;
  }
  return false;
}
