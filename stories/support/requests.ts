/**
 * The loading and error-with-retry stories need a server that keeps a request waiting, or fails it
 * once and then answers. Storybook's static server does neither, so the page answers two kinds of
 * made-up addresses itself (everything else goes to the network as usual):
 *
 * - `/story-requests/held/…` never answers (until the element gives up or aborts);
 * - `/story-requests/fails-once/<n>/<address>` fails like an unreachable server the first time,
 *   then answers with `<address>`: the error state, and "Try again" that works.
 */
const heldPrefix = '/story-requests/held/';
const failsOncePrefix = '/story-requests/fails-once/';
const failed = new Set<string>();
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname.startsWith(heldPrefix)) {
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    }
    if (url.pathname.startsWith(failsOncePrefix)) {
      if (!failed.has(url.pathname)) {
        failed.add(url.pathname);
        return Promise.reject(new TypeError('Failed to fetch (the story fails the first request)'));
      }
      const address = url.pathname.slice(failsOncePrefix.length).replace(/^\d+/, '');
      return realFetch(new URL(address + url.search, document.baseURI), init);
    }
    return realFetch(input, init);
  };
}

/** An address whose request never answers: the element stays in its loading state. */
export function heldAddress(name: string): string {
  install();
  return `${heldPrefix}${name}`;
}

let made = 0;
const perElement = new WeakMap<Element, Map<string, string>>();

/**
 * For an attribute of {@link elementArgs}: `src: failsOnce('/data/news.en.json')` gives each element
 * an address that fails once, then loads that one. It stays the same for as long as the element
 * is on the page (a changed control keeps the content loaded by "Try again"); the next visit of the
 * story renders a new element, which shows the error again.
 */
export function failsOnce(address: string): (element: Element) => string {
  install();
  return (element) => {
    const own = perElement.get(element) ?? new Map<string, string>();
    perElement.set(element, own);
    if (!own.has(address)) own.set(address, `${failsOncePrefix}${++made}${address}`);
    return own.get(address)!;
  };
}
