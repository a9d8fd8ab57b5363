/**
 * The page a prerendered element is rendered for, as its `document`: the elements and the page
 * converter read the page's `<html lang>`, its address (`document.baseURI`, `location`) and its
 * script state as they do in the browser. The prerenderer renders one page at a time, with that
 * page's jsdom window in the globals; the feed readers keep the DOM of lib/dom.ts.
 */
const names = ['window', 'document', 'location', 'MutationObserver', 'Event', 'CustomEvent'] as const;

export async function withPageGlobals<T>(window: Window, work: () => T | Promise<T>): Promise<T> {
  const target = globalThis as Record<string, unknown>;
  const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(target, name)] as const);
  for (const name of names)
    Object.defineProperty(target, name, {
      value: (window as unknown as Record<string, unknown>)[name],
      configurable: true,
      writable: true,
    });
  try {
    return await work();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else delete target[name];
    }
  }
}
