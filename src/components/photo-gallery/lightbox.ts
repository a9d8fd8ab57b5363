/**
 * The lightbox of `<gov-photo-gallery>`, a reactive controller of the gallery: the modal `<dialog>`,
 * its keys, the photo with its caption, and the neighbours fetched ahead. Zoom, pan and swipe are in
 * lightbox-zoom.ts, the URL hash and history entry in lightbox-deep-link.ts, the page's scroll lock in
 * scroll-lock.ts, the styles in lightbox.styles.ts.
 *
 * Loaded on demand, when the gallery is likely to open it (idle time after the grid is shown, a
 * pointer or focus on a thumbnail, a URL hash), so that the gallery's own code is the grid. In the
 * one-file bundle it is a sibling file: the gallery lends it this copy's Lit (templates, directives, the
 * css tag) and messages as its
 * {@link LightboxRuntime} (docs/decisions/0006); `str` is a pure tag.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { Photo, PhotoFeed } from '../../core/photo-feed.js';
import { emit } from '../../events.js';
import type { SuiteRuntime } from '../shared/runtime.js';
import { LightboxDeepLink } from './lightbox-deep-link.js';
import { lightboxStyles } from './lightbox.styles.js';
import { LightboxZoom } from './lightbox-zoom.js';
import { lockPageScroll } from './scroll-lock.js';

/** What the lightbox borrows of the suite. */
export type LightboxRuntime = Pick<SuiteRuntime, 'html' | 'nothing' | 'ifDefined' | 'keyed' | 'css' | 'msg'>;

/** The gallery element, the lightbox's host: rendering, events, `deepLink`. */
export type LightboxHost = ReactiveControllerHost &
  HTMLElement & {
    readonly deepLink: boolean;
    readonly renderRoot: HTMLElement | DocumentFragment;
  };

/** What the lightbox shows of the gallery, as the gallery shows it. */
export interface GalleryView {
  /** The photos of the gallery: all pages loaded so far, also those the grid has not revealed yet. */
  photos(): readonly Photo[];
  /** Data text in the active script, marked with its language. */
  content(text: string, lang: string): TemplateResult;
  alt(photo: Photo, index: number, lang: string): string;
  /** The `lang` of content shown in the active script. */
  lang(contentLang: string): string | undefined;
}

/** Pixels an arrow key pans a zoomed photo. */
const panStep = 48;
const magnifier = 'M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM15.5 15.5 20 20M8 10.5h5';

/** The element focus is really on, inside shadow roots too. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

export class Lightbox implements ReactiveController {
  /** The photo open, -1 when closed. */
  private _index = -1;
  private readonly _broken = new Set<string>();
  private _opener?: HTMLElement;
  /** Gives the page its scroll back, while the lightbox holds it. */
  private _unlockScroll?: () => void;
  private readonly _deepLink: LightboxDeepLink;
  private readonly _zoom: LightboxZoom;

  constructor(
    private readonly _runtime: LightboxRuntime,
    private readonly _host: LightboxHost,
    private readonly _view: GalleryView,
  ) {
    const root = _host.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, lightboxStyles(_runtime).styleSheet!];
    this._deepLink = new LightboxDeepLink(_host);
    this._zoom = new LightboxZoom({
      renderRoot: _host.renderRoot,
      photo: () => this._view.photos()[this._index],
      canZoom: () => !!this._dialog?.open && !this._broken.has(this._view.photos()[this._index].id),
      requestUpdate: () => _host.requestUpdate(),
      swiped: (step) => void this.show(this._index + step),
      tappedBeside: () => this._dialog?.close(),
    });
    _host.addController(this);
    _host.requestUpdate();
  }

  /** The gallery left the page while the lightbox was open: the page gets its scroll back. */
  hostDisconnected(): void {
    this._lockScroll(false);
  }

  /** Opens the lightbox at a photo (wrapping around), or shows it in the open lightbox. */
  async show(index: number, opener = deepActiveElement(), fromUrl = false): Promise<void> {
    const host = this._host;
    const photos = this._view.photos();
    const count = photos.length;
    if (!count) return;
    index = (((Math.trunc(index) || 0) % count) + count) % count;
    const open = this._dialog?.open;
    if (open && index === this._index) return;
    this._index = index;
    this._zoom.reset();
    host.requestUpdate();
    if (host.deepLink && !fromUrl) this._deepLink.show(photos[index].id, !!open);
    if (open) return;
    this._opener = opener;
    this._lockScroll(true);
    await host.updateComplete;
    const dialog = this._dialog;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    host.renderRoot.querySelector<HTMLElement>('[part="close-button"]')?.focus();
    emit(host, 'gov-photo-open', { index, id: photos[index].id });
  }

  /** Opens the photo the URL names, or closes the lightbox when the URL no longer names one (Back). */
  syncWithUrl(): void {
    const id = this._deepLink.photoId();
    const index = this._view.photos().findIndex((photo) => photo.id === id);
    if (index >= 0) void this.show(index, undefined, true);
    else if (this._dialog?.open) {
      this._deepLink.left();
      this._dialog.close();
    }
  }

  /** The dialog, with the open photo's view when open. */
  render(model: PhotoFeed, lang: string): TemplateResult {
    const { html, nothing, ifDefined, keyed, msg } = this._runtime;
    const { content } = this._view;
    const photo = model.photos[this._index];
    const count = model.photos.length;
    let view: TemplateResult | typeof nothing = nothing;
    if (photo) {
      const photoLang = photo.lang ?? lang;
      const position = this._index + 1;
      const zoomed = this._zoom.zoomed;
      const control = (
        name: string,
        classes: string,
        label: string,
        path: string,
        action: () => void,
        pressed?: boolean,
      ) =>
        html`<button
          class="control ${classes}"
          part=${name}
          type="button"
          aria-label=${label}
          aria-pressed=${ifDefined(pressed === undefined ? undefined : pressed ? 'true' : 'false')}
          @click=${action}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${path}></path></svg>
        </button>`;
      view = html`<div class="bar">
          <h2 class="title" id="lightbox-title">
            ${model.title ? content(model.title, lang) : msg('Photos', { id: 'photo-gallery.title' })}
          </h2>
          <p class="counter" part="counter" role="status">
            <span id="counter">${msg(str`${position} of ${count}`, { id: 'photo-gallery.counter' })}</span>
            <span class="visually-hidden">${photo.caption ? content(photo.caption, photoLang) : nothing}</span>
          </p>
          ${control('zoom-button', '', msg('Zoom', { id: 'photo-gallery.zoom' }), zoomed ? magnifier : `${magnifier}M10.5 8v5`, () => this._zoom.toggle(), zoomed)}
          ${control('close-button', '', msg('Close', { id: 'photo-gallery.close' }), 'M6 6l12 12M18 6L6 18', () => this._dialog?.close())}
        </div>
        <figure>
          <div
            class="stage ${zoomed ? 'zoomed' : ''}"
            @pointerdown=${this._zoom.onPointer}
            @pointermove=${this._zoom.onPointer}
            @pointerup=${this._zoom.onPointer}
            @pointercancel=${this._zoom.onPointer}
          >
            ${
              // Each photo gets a frame of its own: no image of the last photo lingers while the next
              // loads, no transform carries over.
              keyed(photo.id, this._renderPhoto(photo, photoLang))
            }
          </div>
          <figcaption id="caption" part="caption">
            ${photo.caption ? html`<span class="caption-title">${content(photo.caption, photoLang)}</span>` : nothing}
            ${photo.description ? html`<span>${content(photo.description, photoLang)}</span>` : nothing}
            ${photo.credit ? html`<span class="photo-credit">${msg('Photo:', { id: 'photo-gallery.photo-credit' })} ${content(photo.credit, photoLang)}</span>` : nothing}
          </figcaption>
        </figure>
        ${
          count > 1
            ? [
                control(
                  'previous-button',
                  'step previous',
                  msg('Previous photo', { id: 'photo-gallery.previous' }),
                  'M15 5l-7 7 7 7',
                  () => this.show(this._index - 1),
                ),
                control(
                  'next-button',
                  'step next',
                  msg('Next photo', { id: 'photo-gallery.next' }),
                  'M9 5l7 7-7 7',
                  () => this.show(this._index + 1),
                ),
              ]
            : nothing
        }`;
    }
    return html`<dialog
      class="lightbox"
      part="lightbox"
      aria-labelledby="lightbox-title"
      aria-describedby="counter caption"
      @close=${this._onClose}
      @keydown=${this._onKeydown}
    >
      ${view}
    </dialog>`;
  }

  private _renderPhoto(photo: Photo, lang: string): TemplateResult {
    const { html, ifDefined, msg } = this._runtime;
    const alt = this._view.alt(photo, this._index, lang);
    const photoLang = this._view.lang(lang);
    if (this._broken.has(photo.id)) {
      return html`<div class="frame placeholder" part="placeholder">
        <p>${msg('This photo could not be loaded.', { id: 'photo-gallery.broken' })}</p>
        <p lang=${ifDefined(photoLang)}>${alt}</p>
        <p><a href=${photo.image}>${msg('Open the image file', { id: 'photo-gallery.open-file' })}</a></p>
      </div>`;
    }
    // The thumbnail, already loaded, shows at once; the full photo covers it when it arrives.
    return html`<div class="frame">
      <img src=${photo.thumbnail} alt="" draggable="false" referrerpolicy="no-referrer" />
      <img
        part="photo"
        draggable="false"
        referrerpolicy="no-referrer"
        src=${photo.image}
        srcset=${ifDefined(photo.srcset)}
        sizes=${this._sizes(photo)}
        alt=${alt}
        lang=${ifDefined(photoLang)}
        width=${ifDefined(photo.width)}
        height=${ifDefined(photo.height)}
        aria-describedby="caption"
        @load=${() => this._preloadNeighbours()}
        @error=${() => {
          this._broken.add(photo.id);
          this._host.requestUpdate();
          this._preloadNeighbours();
        }}
      />
    </div>`;
  }

  /** Zoomed, the full resolution; else the photo fits the viewport: its width, or its height for a tall one. */
  private _sizes({ width, height }: Photo): string {
    if (this._zoom.zoomed) return `${width ?? 4 * innerWidth}px`;
    return width && height ? `min(100vw, ${Math.ceil((100 * width) / height)}vh)` : '100vw';
  }

  private get _dialog(): HTMLDialogElement | null {
    return this._host.renderRoot.querySelector('dialog');
  }

  private readonly _onClose = (): void => {
    const host = this._host;
    const index = this._index;
    const photo = this._view.photos()[index];
    this._index = -1;
    this._zoom.stop();
    this._lockScroll(false);
    host.requestUpdate();
    const back = this._opener?.isConnected
      ? this._opener
      : host.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`);
    back?.focus();
    this._opener = undefined;
    if (host.deepLink) this._deepLink.closed();
    if (photo) emit(host, 'gov-photo-close', { index, id: photo.id });
  };

  private readonly _onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    const arrow = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[key];
    if (arrow && this._zoom.zoomed) this._zoom.panBy(arrow[0] * panStep, arrow[1] * panStep);
    else if (key === 'ArrowLeft' || key === 'ArrowRight') void this.show(this._index + (key === 'ArrowLeft' ? -1 : 1));
    else if (key === 'Home') void this.show(0);
    else if (key === 'End') void this.show(-1);
    else return;
    event.preventDefault();
  };

  /** Fetches the photos on either side once the one shown is in, so that it never waits behind them. */
  private _preloadNeighbours(): void {
    const photos = this._view.photos();
    for (const offset of [1, -1]) {
      const photo = photos[(this._index + offset + photos.length) % photos.length];
      const image = new Image();
      image.referrerPolicy = 'no-referrer';
      if (photo.srcset) {
        image.sizes = this._sizes(photo);
        image.srcset = photo.srcset;
      }
      image.src = photo.image;
      // Decoded ahead too: decoding a large photo takes longer than fetching it from a nearby server.
      image.decode().catch(() => undefined);
    }
  }

  private _lockScroll(lock: boolean): void {
    if (lock) this._unlockScroll ??= lockPageScroll();
    else {
      this._unlockScroll?.();
      this._unlockScroll = undefined;
    }
  }
}
