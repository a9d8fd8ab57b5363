/**
 * The loading and error-with-retry stories need a server that keeps a request waiting, or fails it
 * once and then answers. Storybook's static server does neither, so the page answers two kinds of
 * made-up addresses itself (everything else goes to the network as usual):
 *
 * - `/story-requests/held/…` never answers (until the element gives up or aborts);
 * - `/story-requests/fails-once/<n>/<address>` fails like an unreachable server the first time,
 *   then answers with `<address>`: the error state, and "Try again" that works.
 */
import type { Args } from '@storybook/web-components-vite';
import type { Globals } from 'storybook/internal/types';
import type { TemplateResult } from 'lit';

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
function heldAddress(name: string): string {
  install();
  return `${heldPrefix}${name}`;
}

let made = 0;
const perElement = new WeakMap<Element, Map<string, string>>();

/**
 * For an attribute of elementArgs: `src: failsOnce('/data/news.en.json')` gives each element
 * an address that fails once, then loads that one. It stays the same for as long as the element
 * is on the page (a changed control keeps the content loaded by "Try again"); the next visit of the
 * story renders a new element, which shows the error again.
 */
function failsOnce(address: string): (element: Element) => string {
  install();
  return (element) => {
    const own = perElement.get(element) ?? new Map<string, string>();
    perElement.set(element, own);
    if (!own.has(address)) own.set(address, `${failsOncePrefix}${++made}${address}`);
    return own.get(address)!;
  };
}

/** A story's render: the element with these args as its attributes. */
type Render = (args: Args) => TemplateResult;

/**
 * The args and render of a Loading story: `src` is an address that never answers (unless the src
 * control names another), and `timeout` an hour (a shorter one shows the timeout error).
 */
export const heldRequest = (render: Render, name: string) => ({
  args: { timeout: 3_600_000 },
  render: (args: Args) => render({ ...args, src: args.src ?? heldAddress(name) }),
});

/**
 * The render of an Error-with-retry story: `src` fails like an unreachable server, then "Try
 * again" loads `address(locale)` (unless the src control names another address).
 */
export const failingOnce =
  (render: Render, address: (locale: string | undefined) => string) =>
  (args: Args, { globals }: { globals: Globals }) =>
    render({ ...args, src: args.src ?? failsOnce(address(globals.locale)) });
