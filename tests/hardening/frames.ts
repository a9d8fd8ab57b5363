/**
 * Pages in frames, for the hardening tests that need a page of their own: a real CSP header, a
 * hostile host stylesheet, the built bundle loaded twice. The test server prepares the pages
 * (tests/server/strict-csp.js): `?probe` puts tests/fixtures/hardening/probe.js first, which
 * records violations, errors, rejections and warnings as `govProbe`.
 */
import { waitUntil } from '@open-wc/testing';
import { scriptStorageKey } from '../../src/page/page-script.js';

export interface Probe {
  violations: string[];
  errors: string[];
  rejections: string[];
  warnings: string[];
}

export type FrameWindow = Window & typeof globalThis & { govProbe: Probe };

export interface Frame {
  frame: HTMLIFrameElement;
  window: FrameWindow;
  document: Document;
}

const frames: HTMLIFrameElement[] = [];

// The frames share this origin's storage, where the script toggle keeps the reader's choice: each
// test starts with none, and leaves none to the test files that run on this page after it.
beforeEach(() => localStorage.removeItem(scriptStorageKey));
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
  localStorage.removeItem(scriptStorageKey);
});

/** Loads `url` in a visible frame of the test page and resolves once its load event fired. */
export async function openFrame(url: string, { width = 1024, height = 800 } = {}): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return { frame, window: frame.contentWindow as FrameWindow, document: frame.contentDocument! };
}

/** The shadow root of the first `selector` element of a document. */
export const shadowOf = (document: Document, selector: string): ShadowRoot | null =>
  document.querySelector(selector)?.shadowRoot ?? null;

/** Waits for `selector` inside the shadow root of the `host` element, and returns it. */
export async function shadowElement<E extends Element = HTMLElement>(
  document: Document,
  host: string,
  selector: string,
  timeout = 6000,
): Promise<E> {
  await waitUntil(() => shadowOf(document, host)?.querySelector(selector), `no ${selector} in <${host}>`, { timeout });
  return shadowOf(document, host)!.querySelector<E>(selector)!;
}

export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Violation events are queued tasks: give the ones a last action caused the time to arrive. */
export const settle = (ms = 200) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the built bundle is there; CI (GOV_REQUIRE_BUILD) builds first and must not skip. */
export async function builtBundle(context: Mocha.Context): Promise<void> {
  const response = await fetch('/dist/gov-widgets.js', { method: 'HEAD' });
  if (response.ok) return;
  if ((window as { govRequireBuild?: boolean }).govRequireBuild) {
    throw new Error('dist/gov-widgets.js is missing although GOV_REQUIRE_BUILD is set: run `npm run build` first');
  }
  console.warn(`${context.test?.title}: skipped, dist/gov-widgets.js is missing (run \`npm run build\` first)`);
  context.skip();
}
