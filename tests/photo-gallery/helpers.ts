/**
 * What the gallery tests share: feeds built from the demo photos, mounting a gallery the way a
 * page does, and reading what a user sees and can press.
 */
import { aTimeout, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/photo-gallery.js';
import type { GovPhotoGallery } from '../../src/photo-gallery.js';

export const demoSlugs = [
  'djerdap',
  'golubac',
  'studenica',
  'belgrade-confluence',
  'tara',
  'uvac',
  'zlatibor',
  'petrovaradin',
  'drvengrad',
  'sunflowers',
  'kalemegdan',
  'sargan',
];

export type FeedItem = Record<string, unknown>;

/** A photo item of a demo picture, with absolute URLs so that inline feeds resolve them anywhere. */
export function demoItem(index: number, overrides: FeedItem = {}): FeedItem {
  const slug = demoSlugs[index % demoSlugs.length];
  return {
    id: `photo-${index + 1}`,
    image: `/demo/data/photos/${slug}.jpg`,
    title: `Caption ${index + 1}`,
    content_text: `Description ${index + 1}`,
    _gov: {
      alt: `Alt text ${index + 1}`,
      width: 1600,
      height: 1067,
      thumbnail: `/demo/data/photos/${slug}-thumb.jpg`,
      srcset: `/demo/data/photos/${slug}-640.jpg 640w, /demo/data/photos/${slug}.jpg 1600w`,
    },
    ...overrides,
  };
}

export function photoFeed(items: FeedItem[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Test gallery',
    language: 'en',
    authors: [{ name: 'Dragoljub Zamurović' }],
    items,
    ...extra,
  };
}

export const demoFeed = (count = 12, extra: Record<string, unknown> = {}) =>
  photoFeed(
    Array.from({ length: count }, (_, index) => demoItem(index)),
    extra,
  );

export { respond } from '../support/kit.js';

/** A gallery with its feed inline, as a webmaster pastes it, once its grid (or message) is on screen. */
export async function mount(
  feed: unknown,
  attributes: Record<string, string> = {},
  wrapperWidth = '',
): Promise<GovPhotoGallery> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (wrapperWidth) wrapper.style.width = wrapperWidth;
  const el = document.createElement('gov-photo-gallery');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/feed+json';
  script.textContent = JSON.stringify(feed);
  el.append(script);
  wrapper.append(el);
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part="grid"], [part="empty"], [role="alert"]'),
    'the gallery did not render',
  );
  await el.updateComplete;
  return el;
}

export const shadow = (el: GovPhotoGallery) => el.shadowRoot!;
export const dialogOf = (el: GovPhotoGallery) => shadow(el).querySelector('dialog')!;
export const thumbnail = (el: GovPhotoGallery, index: number) =>
  shadow(el).querySelector<HTMLAnchorElement>(`[part="thumbnail"][data-index="${index}"]`)!;
export const part = <T extends HTMLElement = HTMLElement>(el: GovPhotoGallery, name: string) =>
  shadow(el).querySelector<T>(`[part="${name}"]`)!;
export const counterText = (el: GovPhotoGallery) => shadow(el).querySelector('#counter')?.textContent?.trim();
export const photo = (el: GovPhotoGallery) => part<HTMLImageElement>(el, 'photo');
export const focused = (el: GovPhotoGallery) => shadow(el).activeElement;
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export async function opened(el: GovPhotoGallery): Promise<void> {
  await waitUntil(() => dialogOf(el).open, 'the lightbox did not open');
  await el.updateComplete;
}

/** Resolves once the lightbox has closed and handled its close event (which comes a task later). */
export async function closed(el: GovPhotoGallery): Promise<void> {
  await waitUntil(() => !dialogOf(el).open && !shadow(el).querySelector('#counter'), 'the lightbox did not close');
  await el.updateComplete;
}

export function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

/** A real mouse click in the middle of an element. */
export async function click(element: Element): Promise<void> {
  await sendMouse({ type: 'click', position: centre(element) });
  await sendMouse({ type: 'move', position: [0, 0] });
}

/** A real mouse drag from one point to another in a few steps. */
export async function drag(from: [number, number], to: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  for (let step = 1; step <= 4; step++) {
    await sendMouse({
      type: 'move',
      position: [
        Math.round(from[0] + ((to[0] - from[0]) * step) / 4),
        Math.round(from[1] + ((to[1] - from[1]) * step) / 4),
      ],
    });
  }
  await sendMouse({ type: 'up' });
  await aTimeout(0);
}

/** Resolves when every image in the list has loaded or failed. */
export function imagesSettled(images: HTMLImageElement[]): Promise<unknown> {
  return waitUntil(() => images.every((image) => image.complete), 'images did not load', { timeout: 6000 });
}

export async function setPageLang(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  await aTimeout(30);
}
