/** Helpers shared by the <gov-news-feed> test files: creating the element, reading what it shows, the page language. */
import { oneEvent } from '@open-wc/testing';
import { nothing, render, type TemplateResult } from 'lit';
import '../../src/news-feed.js';
import type { GovNewsFeed } from '../../src/news-feed.js';
import { localeReady } from '../../src/localization.js';
import { clean } from '../support/kit.js';

export const fixtures = '/tests/fixtures/news-feed/';
export const demo = '/demo/data/';

export { clean, respond } from '../support/kit.js';

/** A JSON Feed document's text, with `items` and any other top-level members. */
export const feed = (items: object[], extra: object = {}) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Test feed', ...extra, items });

const hosts: HTMLElement[] = [];

/**
 * Renders the element without waiting, so that a test can listen for its first event. (Not through
 * open-wc's fixture of a plain div, which waits for an animation frame: a test page that runs in a
 * background tab of the test browser never gets one.)
 */
export async function create(template: TemplateResult): Promise<GovNewsFeed> {
  const host = document.body.appendChild(document.createElement('div'));
  hosts.push(host);
  render(template, host);
  return host.firstElementChild as GovNewsFeed;
}

afterEach(() => {
  for (const host of hosts.splice(0)) {
    render(nothing, host);
    host.remove();
  }
});

/** Renders the element and waits until its feed is on screen (or has failed). */
export async function load(
  template: TemplateResult,
  outcome: 'gov-load' | 'gov-error' = 'gov-load',
): Promise<GovNewsFeed> {
  const el = await create(template);
  await oneEvent(el, outcome);
  await el.updateComplete;
  return el;
}

export const shadow = (el: Element) => el.shadowRoot!;
export const all = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
export const one = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
export const titles = (el: Element) => all(el, '[part="title"]').map((title) => clean(title.textContent));
export const datelines = (el: Element) => all(el, '[part="dateline"]').map((dateline) => clean(dateline.textContent));
export const summaries = (el: Element) => all(el, '[part="summary"]').map((summary) => clean(summary.textContent));
export const moreButton = (el: Element) => one(el, '[part="more-button"]') as HTMLButtonElement | null;
export const status = (el: Element) => clean(one(el, '[role="status"]')?.textContent);

/** Sets the page language (and the page-wide script) as a CMS or the script toggle would, and waits for the strings. */
export async function setPage(lang: string, script?: 'cyrl' | 'latn'): Promise<void> {
  const root = document.documentElement;
  root.lang = lang;
  if (script) root.setAttribute('data-gov-script', script);
  else root.removeAttribute('data-gov-script');
  await localeReady();
  // The elements re-render from a MutationObserver callback, then after the locale switch.
  await new Promise((resolve) => setTimeout(resolve));
}

export async function resetPage(): Promise<void> {
  await setPage('en');
}

/** Every URL the shadow root binds passes the URL policy: http(s), mailto, tel (all absolute here). */
export function boundUrls(el: Element): string[] {
  return all(el, '[href], [src], [srcset]').flatMap((element) =>
    ['href', 'src', 'srcset'].flatMap((name) => (element.hasAttribute(name) ? [element.getAttribute(name)!] : [])),
  );
}

export const allowedUrl = /^(https?:\/\/|mailto:|tel:)/;

/** Collects console warnings while `run` runs, without printing them. */
export async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

export { muteWarnings } from '../support/console.js';
