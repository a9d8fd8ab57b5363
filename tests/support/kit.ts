/**
 * The test kit the browser tests share: test-server addresses, documents, mounting elements the way a
 * page does (and taking them away after each test), and reading what they show.
 */

/** An answer of the test server: `body` with `type`, `status`, after `delay` ms (tests/server/test-api.js). */
export const respond = (params: Record<string, string | number>) =>
  `/test-api/respond?${new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)]))}`;

/** A JSON Feed 1.1 document as text. */
export const jsonFeed = (title: string, items: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, items, ...extra });

/** A document served while `key` is up; while it is down the connection drops, the browser's own retries included. */
export const outage = (key: string, body: string) => `/test-api/outage?${new URLSearchParams({ key, body })}`;
export const setNetwork = async (key: string, state: 'up' | 'down') => {
  await fetch(`/test-api/outage-control?${new URLSearchParams({ key, down: state === 'down' ? '1' : '0' })}`);
};

/** Text as a person reads it: runs of white space as one space, no space at the ends. */
export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export type Widget = HTMLElement & { updateComplete: Promise<boolean>; src?: string; timeout: number };

const hosts: HTMLElement[] = [];

/** `<tag>` with `attributes`, and `inline` data as a child `<script type>` when given; not on the page yet. */
export function create(
  tag: string,
  attributes: Record<string, string> = {},
  inline?: { type: string; text: string },
): Widget {
  const element = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (inline) {
    const script = document.createElement('script');
    script.type = inline.type;
    script.textContent = inline.text;
    element.append(script);
  }
  return element;
}

/**
 * Puts {@link create}'s element on the page, in a host of its own. Not awaited, so that a test can
 * listen for its first event.
 */
export function mount(...args: Parameters<typeof create>): Widget {
  const element = create(...args);
  const host = document.body.appendChild(document.createElement('div'));
  host.append(element);
  hosts.push(host);
  return element;
}

/** Removes what {@link mount} added. */
export function unmountAll(): void {
  for (const host of hosts.splice(0)) host.remove();
}
