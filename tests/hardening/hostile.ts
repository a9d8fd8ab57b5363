/**
 * The harness of the hostile-data tests: widgets mounted with hostile documents, a global canary
 * (`window.__govPwned`, which every vector sets if it runs), and the checks that apply to all.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { create, type Widget } from '../support/kit.js';
import { loadVectors, type Vector } from './hostile-documents.js';
import {
  changedGlobals,
  dataStyles,
  deepElements,
  forbiddenElements,
  forbiddenUrls,
  foreignContent,
  handlerAttributes,
  shadowElements,
  snapshotGlobals,
  type GlobalSnapshot,
} from './inspect.js';

type Canary = { __govPwned?: unknown };
export const canary = () => (window as Canary).__govPwned;

export interface Harness {
  vectors: Vector[];
  container: HTMLElement;
}

/**
 * Hooks for a hostile-data `describe`: loads the corpus once; before each test a fresh container,
 * muted warnings (the widgets rightly warn about every dropped value) and a snapshot of the host
 * page's globals; after it, everything removed and the canary reset.
 */
export function useHostileHarness(): Harness {
  const harness = {} as Harness & { warn: typeof console.warn; base: HTMLBaseElement };
  before(async () => {
    harness.vectors = await loadVectors();
  });
  beforeEach(() => {
    harness.warn = console.warn;
    console.warn = () => undefined;
    harness.container = document.body.appendChild(document.createElement('div'));
    // The relative URLs the vectors make (inline data resolves against the page) go to /test-api/,
    // which answers them with a plain 404, not to the file server.
    harness.base = document.head.appendChild(document.createElement('base'));
    harness.base.href = '/test-api/void/';
    globalsOf.set(harness, snapshotGlobals());
  });
  afterEach(() => {
    console.warn = harness.warn;
    harness.container.remove();
    harness.base.remove();
    delete (window as Canary).__govPwned;
  });
  return harness;
}

const globalsOf = new WeakMap<Harness, GlobalSnapshot>();

export type { Widget };

/** Adds a widget (with inline data when given) and resolves with the event that ends its load. */
export function mount(
  harness: Harness,
  tag: string,
  attributes: Record<string, string>,
  inline?: { type: string; text: string },
): { element: Widget; outcome: Promise<string> } {
  const element = create(tag, attributes, inline);
  const outcome = new Promise<string>((resolve) => {
    element.addEventListener('gov-load', () => resolve('gov-load'), { once: true });
    element.addEventListener('gov-error', () => resolve('gov-error'), { once: true });
  });
  harness.container.append(element);
  return { element, outcome };
}

/** Mounts one widget per document and waits until each has shown its data; all must load. */
export async function mountAll(
  harness: Harness,
  documents: { attributes: Record<string, string>; inline?: { type: string; text: string } }[],
  tag: string,
): Promise<Widget[]> {
  const mounted = documents.map(({ attributes, inline }) => mount(harness, tag, attributes, inline));
  const outcomes = await Promise.all(mounted.map(({ outcome }) => outcome));
  expect(
    outcomes.flatMap((outcome, index) => (outcome === 'gov-load' ? [] : [harness.vectors[index]!.id])),
    'widgets that did not show their data',
  ).to.deep.equal([]);
  await Promise.all(mounted.map(({ element }) => element.updateComplete));
  return mounted.map(({ element }) => element);
}

/** Serves a document over HTTP from the test server, so that it arrives through `src` like a real feed. */
export async function serve(text: string, type: string): Promise<string> {
  const response = await fetch(`/test-api/documents?type=${encodeURIComponent(type)}`, { method: 'POST', body: text });
  return ((await response.json()) as { url: string }).url;
}

/** Everything the widgets may never put into their shadow roots, wherever it came from. */
export function problemsIn(elements: Element[]): string[] {
  return [
    ...handlerAttributes(elements),
    ...forbiddenUrls(elements),
    ...forbiddenElements(elements),
    ...foreignContent(elements),
    ...dataStyles(elements),
  ];
}

/** The same for one widget's shadow root. */
export const problemsOf = (widget: Element) => problemsIn(deepElements(widget.shadowRoot!));

/**
 * Gives handlers that slipped through time to run (image errors and loads, animations, SMIL), then
 * checks every shadow root in the container and the host page's globals.
 */
export async function expectHarmless(harness: Harness): Promise<void> {
  await aTimeout(1000);
  expect(canary(), 'a vector ran').to.equal(undefined);
  const elements = shadowElements(harness.container);
  expect(problemsIn(elements)).to.deep.equal([]);
  expect(changedGlobals(globalsOf.get(harness)!), 'the host page’s globals').to.deep.equal([]);
  // Nothing covers the page: whatever a story says, it stays in the flow.
  expect(
    elements.filter((element) => getComputedStyle(element).position === 'fixed').map((element) => element.localName),
  ).to.deep.equal([]);
}

export const titlesOf = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('[part="title"]')].map((title) =>
    title.textContent!.replace(/\s+/g, ' ').trim(),
  );
