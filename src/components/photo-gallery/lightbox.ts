/**
 * The lightbox of `<gov-photo-gallery>`: the modal `<dialog>`, navigation, zoom and pan, swipe,
 * preloading, scroll lock, and deep links (the photo a URL hash names, the history entry of an open
 * photo). Loaded on demand, when the gallery is likely to open it (idle time after the grid is
 * shown, a pointer or focus on a thumbnail, a URL hash), so that the gallery's own code is the grid.
 *
 * In the one-file bundle this module is a sibling file that must stand alone (a page that loads
 * `gov-widgets.js?ver=6.4` would run a second copy of the suite if it imported the bundle back).
 * So it imports no stateful module of the suite, not even Lit or the localization runtime: the
 * gallery hands it Lit's `html` and `nothing`, `msg` (its strings are extracted from here and
 * shown in the page's language), and the content shown in the active script. `str` is a pure tag.
 */
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit';
import { str, type msg as localizeMsg } from '@lit/localize';
import { clampPan, photoHash, photoIdFromHash, type Photo, type PhotoFeed } from '../../core/photo-gallery.js';
import { govEvent, type GovPhotoDetail } from '../../events.js';

/** What the gallery lends the lightbox. */
export interface LightboxHost {
  /** The gallery element: rendering, events, `deepLink`. */
  readonly element: HTMLElement & {
    readonly deepLink: boolean;
    readonly renderRoot: ParentNode;
    requestUpdate(): void;
    readonly updateComplete: Promise<boolean>;
  };
  readonly html: typeof litHtml;
  readonly nothing: typeof litNothing;
  readonly msg: typeof localizeMsg;
  /** The photos of the gallery: all pages loaded so far, also those the grid has not revealed yet. */
  photos(): readonly Photo[];
  /** Data text in the active script, marked with its language. */
  content(text: string, lang: string): TemplateResult;
  alt(photo: Photo, index: number, lang: string): string;
  /** The `lang` of content shown in the active script. */
  lang(contentLang: string): string | undefined;
}

interface Point {
  x: number;
  y: number;
}

interface Gesture extends Point {
  distance: number;
  pan: Point;
  zoom: number;
  moved: boolean;
}

/** Pixels a pointer must travel before a press counts as a drag, and a drag as a swipe. */
const dragThreshold = 10;
const swipeThreshold = 48;
/** Pixels an arrow key pans a zoomed photo. */
const panStep = 48;
const magnifier = 'M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM15.5 15.5 20 20M8 10.5h5';

// Minified with the element styles by the build (the gallery adopts it into its shadow root).
const css = String.raw;
const styles = css`
  .lightbox {
    --_focus: var(--gov-gallery-lightbox-focus-color, #fd0);
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    background: var(--gov-gallery-lightbox-background, #111);
    color: var(--gov-gallery-lightbox-color, #fff);
    overscroll-behavior: contain;
  }
  .lightbox[open],
  figure {
    display: flex;
    flex-direction: column;
  }
  .lightbox a {
    color: inherit;
  }
  .bar {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.5em;
  }
  .title {
    flex: 1;
    min-inline-size: 0;
    margin: 0;
    overflow: hidden;
    font-size: 1em;
    font-weight: normal;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .counter {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .control {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2.75em;
    block-size: 2.75em;
    padding: 0;
    border: 0.0625em solid rgb(255 255 255 / 0.6);
    border-radius: 50%;
    background: rgb(0 0 0 / 0.65);
    color: #fff;
    font: inherit;
    cursor: pointer;
  }
  .control[aria-pressed='true'] {
    background: #fff;
    color: #111;
  }
  .control svg {
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .step {
    position: absolute;
    inset-block-start: 50%;
    translate: 0 -50%;
  }
  .previous {
    inset-inline-start: 0.5em;
  }
  .next {
    inset-inline-end: 0.5em;
  }
  figure,
  .stage {
    flex: 1;
    min-block-size: 0;
    margin: 0;
  }
  .stage {
    position: relative;
    overflow: hidden;
    touch-action: none;
    user-select: none;
  }
  .zoomed {
    cursor: grab;
  }
  .frame,
  .frame img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
  }
  .frame img {
    object-fit: contain;
  }
  @media (prefers-reduced-motion: no-preference) {
    .frame:not([data-dragging]) {
      transition: transform 0.2s ease-out;
    }
  }
  .placeholder {
    display: grid;
    place-content: center;
    gap: 0.5em;
    block-size: 100%;
    padding: 1em 3.5em;
    text-align: center;
  }
  .placeholder p {
    margin: 0;
  }
  figcaption {
    max-block-size: 35vh;
    overflow: auto;
    padding: 0.5em max(1em, (100% - 50em) / 2) 1em;
  }
  figcaption > span {
    display: block;
  }
  .caption-title {
    font-weight: bold;
  }
  .photo-credit {
    opacity: 0.85;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .control {
      border-color: ButtonText;
    }
    .control[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;

let styleSheet: CSSStyleSheet | undefined;

/** The element focus is really on, inside shadow roots too. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

export class Lightbox {
  /** The photo open, -1 when closed. */
  private _index = -1;
  private _zoomed = false;
  private readonly _broken = new Set<string>();
  private _opener?: HTMLElement;
  /** Whether opening added a history entry, which closing then takes back. */
  private _pushed = false;
  /** The page root's overflow and scrollbar-gutter before the lightbox locked them, and whether it had a style attribute. */
  private _savedRootStyle?: [string, string, boolean];
  private _zoom = 1;
  private _pan: Point = { x: 0, y: 0 };
  private readonly _pointers = new Map<number, Point>();
  private _gesture?: Gesture;
  private _lastTap?: Point & { time: number };
  /** The photo the frame was last built for, and which of two templates built it (see render). */
  private _framed?: string;
  private _flip = false;

  constructor(private readonly _host: LightboxHost) {
    const root = _host.element.renderRoot as ShadowRoot;
    if (!styleSheet) {
      styleSheet = new CSSStyleSheet();
      styleSheet.replaceSync(styles);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, styleSheet];
    _host.element.requestUpdate();
  }

  /** Opens the lightbox at a photo (wrapping around), or shows it in the open lightbox. */
  async show(index: number, opener = deepActiveElement(), fromUrl = false): Promise<void> {
    const { element } = this._host;
    const photos = this._host.photos();
    const count = photos.length;
    if (!count) return;
    index = (((Math.trunc(index) || 0) % count) + count) % count;
    const open = this._dialog?.open;
    if (open && index === this._index) return;
    this._index = index;
    this._zoom = 1;
    this._pan = { x: 0, y: 0 };
    this._zoomed = false;
    element.requestUpdate();
    if (element.deepLink && !fromUrl) {
      const url = new URL(location.href);
      url.hash = photoHash(this._galleryKey(), photos[index].id);
      if (open) history.replaceState(history.state, '', url);
      else {
        history.pushState(history.state, '', url);
        this._pushed = true;
      }
    }
    if (open) return;
    this._opener = opener;
    this._lockScroll(true);
    await element.updateComplete;
    const dialog = this._dialog;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    element.renderRoot.querySelector<HTMLElement>('[part="close-button"]')?.focus();
    element.dispatchEvent(govEvent<GovPhotoDetail>('gov-photo-open', { index, id: photos[index].id }));
  }

  /** Opens the photo the URL names, or closes the lightbox when the URL no longer names one (Back). */
  syncWithUrl(): void {
    const id = this._hashPhotoId();
    const index = this._host.photos().findIndex((photo) => photo.id === id);
    if (index >= 0) void this.show(index, undefined, true);
    else if (this._dialog?.open) {
      // No history entry to take back: the URL already left the photo.
      this._pushed = false;
      this._dialog.close();
    }
  }

  /** Gives the page its scroll back (the gallery left the page while open). */
  release(): void {
    this._lockScroll(false);
  }

  /** The dialog, with the open photo's view when open. */
  render(model: PhotoFeed, lang: string): TemplateResult {
    const { html, nothing, msg, content } = this._host;
    const ifDefined = this._ifDefined;
    const photo = model.photos[this._index];
    const count = model.photos.length;
    let view: TemplateResult | typeof nothing = nothing;
    if (photo) {
      const photoLang = photo.lang ?? lang;
      const position = this._index + 1;
      if (photo.id !== this._framed) {
        this._framed = photo.id;
        this._flip = !this._flip;
      }
      const frame = this._renderPhoto(photo, photoLang);
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
          ${control('zoom-button', '', msg('Zoom', { id: 'photo-gallery.zoom' }), this._zoomed ? magnifier : `${magnifier}M10.5 8v5`, () => this._toggleZoom(), this._zoomed)}
          ${control('close-button', '', msg('Close', { id: 'photo-gallery.close' }), 'M6 6l12 12M18 6L6 18', () => this._dialog?.close())}
        </div>
        <figure>
          <div
            class="stage ${this._zoomed ? 'zoomed' : ''}"
            @pointerdown=${this._on}
            @pointermove=${this._on}
            @pointerup=${this._on}
            @pointercancel=${this._on}
          >
            ${
              // Each photo gets a frame of its own (no image of the last photo lingers while the next
              // loads, no transform carries over): switching between two templates makes Lit build it
              // anew, as keyed() would, without a directive in this module.
              this._flip ? html`${frame}` : html`${frame}`
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
      @close=${this._on}
      @keydown=${this._on}
    >
      ${view}
    </dialog>`;
  }

  /** The dialog's and the stage's events, through one listener that Lit keeps from render to render. */
  /** An attribute that is left out when there is no value. */
  private readonly _ifDefined = <T>(value: T | undefined) => value ?? this._host.nothing;

  private readonly _on = (event: Event): void => {
    switch (event.type) {
      case 'close':
        return this._onClose();
      case 'keydown':
        return this._onKeydown(event as KeyboardEvent);
      case 'pointerdown':
        return this._onPointerDown(event as PointerEvent);
      case 'pointermove':
        return this._onPointerMove(event as PointerEvent);
      default:
        return this._onPointerUp(event as PointerEvent);
    }
  };

  private _renderPhoto(photo: Photo, lang: string): TemplateResult {
    const { html, msg } = this._host;
    const ifDefined = this._ifDefined;
    const alt = this._host.alt(photo, this._index, lang);
    const photoLang = this._host.lang(lang);
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
          this._host.element.requestUpdate();
          this._preloadNeighbours();
        }}
      />
    </div>`;
  }

  /** Zoomed, the full resolution; else the photo fits the viewport: its width, or its height for a tall one. */
  private _sizes({ width, height }: Photo): string {
    if (this._zoomed) return `${width ?? 4 * innerWidth}px`;
    return width && height ? `min(100vw, ${Math.ceil((100 * width) / height)}vh)` : '100vw';
  }

  /** This gallery's name in URL hashes: its id, else its place among the galleries of its document. */
  private _galleryKey(): string {
    const { element } = this._host;
    const galleries = [...(element.getRootNode() as ParentNode).querySelectorAll(element.localName)];
    return element.id || `${element.localName}-${galleries.indexOf(element) + 1}`;
  }

  /** The photo id the URL hash names in this gallery. */
  private _hashPhotoId(): string | undefined {
    return photoIdFromHash(location.hash, this._galleryKey());
  }

  private get _dialog(): HTMLDialogElement | null {
    return this._host.element.renderRoot.querySelector('dialog');
  }

  private _onClose(): void {
    const { element } = this._host;
    const index = this._index;
    const photo = this._host.photos()[index];
    this._index = -1;
    this._zoomed = false;
    this._pointers.clear();
    this._gesture = undefined;
    this._lockScroll(false);
    element.requestUpdate();
    const back = this._opener?.isConnected
      ? this._opener
      : element.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`);
    back?.focus();
    this._opener = undefined;
    if (element.deepLink) {
      if (this._pushed) history.back();
      else if (this._hashPhotoId() !== undefined)
        history.replaceState(history.state, '', location.pathname + location.search);
    }
    this._pushed = false;
    if (photo) element.dispatchEvent(govEvent<GovPhotoDetail>('gov-photo-close', { index, id: photo.id }));
  }

  private _onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    const arrow = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[key];
    if (arrow && this._zoomed) {
      this._pan = { x: this._pan.x + arrow[0] * panStep, y: this._pan.y + arrow[1] * panStep };
      this._applyTransform();
    } else if (key === 'ArrowLeft' || key === 'ArrowRight')
      void this.show(this._index + (key === 'ArrowLeft' ? -1 : 1));
    else if (key === 'Home') void this.show(0);
    else if (key === 'End') void this.show(-1);
    else return;
    event.preventDefault();
  }

  /** Fetches the photos on either side once the one shown is in, so that it never waits behind them. */
  private _preloadNeighbours(): void {
    const photos = this._host.photos();
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

  /** Stops the page from scrolling behind the lightbox without letting it jump sideways. */
  private _lockScroll(lock: boolean): void {
    const root = document.documentElement;
    const { style } = root;
    if (lock && !this._savedRootStyle) {
      this._savedRootStyle = [style.overflow, style.scrollbarGutter, root.hasAttribute('style')];
      if (innerWidth > root.clientWidth) style.scrollbarGutter = 'stable';
      style.overflow = 'hidden';
    } else if (!lock && this._savedRootStyle) {
      const [overflow, gutter, hadStyle] = this._savedRootStyle;
      [style.overflow, style.scrollbarGutter] = [overflow, gutter];
      // The page's <html> is left as it was: no empty style attribute behind.
      if (!hadStyle && !root.getAttribute('style')) root.removeAttribute('style');
      this._savedRootStyle = undefined;
    }
  }

  /** The frame, its box, the fitted photo's size in it, and the zoom that shows full resolution. */
  private _measure() {
    const frame = this._host.element.renderRoot.querySelector<HTMLElement>('.frame')!;
    const photo = this._host.photos()[this._index];
    const image = frame.querySelector<HTMLImageElement>('[part="photo"]');
    const naturalWidth = photo.width ?? image?.naturalWidth ?? 0;
    const naturalHeight = photo.height ?? image?.naturalHeight ?? 0;
    const box = frame.parentElement!.getBoundingClientRect();
    const fit = naturalWidth && naturalHeight ? Math.min(box.width / naturalWidth, box.height / naturalHeight) : 0;
    return {
      frame,
      box,
      width: fit ? naturalWidth * fit : box.width,
      height: fit ? naturalHeight * fit : box.height,
      full: fit ? Math.max(2, 1 / fit) : 2,
    };
  }

  private _applyTransform(dragging = false): void {
    const { frame, box, width, height } = this._measure();
    const zoom = this._zoom;
    const x = dragging && zoom === 1 ? this._pan.x : clampPan(this._pan.x, width * zoom, box.width);
    this._pan = { x, y: clampPan(this._pan.y, height * zoom, box.height) };
    frame.toggleAttribute('data-dragging', dragging);
    frame.style.transform = `translate(${x}px, ${this._pan.y}px) scale(${zoom})`;
  }

  /** Zooms to full resolution (towards a point, for a double tap) or back to the whole photo. */
  private _toggleZoom(at?: Point): void {
    if (!this._dialog?.open || this._broken.has(this._host.photos()[this._index].id)) return;
    const { box, full } = this._measure();
    const zoom = this._zoomed ? 1 : full;
    if (at) {
      const ratio = zoom / this._zoom;
      const x = at.x - box.left - box.width / 2;
      const y = at.y - box.top - box.height / 2;
      this._pan = { x: x - (x - this._pan.x) * ratio, y: y - (y - this._pan.y) * ratio };
    }
    this._zoom = zoom;
    this._setZoomed(zoom > 1);
    this._applyTransform();
  }

  private _setZoomed(zoomed: boolean): void {
    this._zoomed = zoomed;
    this._host.element.requestUpdate();
  }

  private _snapshot(): Gesture {
    const [a, b = a] = this._pointers.values();
    return {
      x: (a.x + b.x) / 2,
      y: (a.y + b.y) / 2,
      distance: Math.hypot(a.x - b.x, a.y - b.y) || 1,
      pan: this._pan,
      zoom: this._zoom,
      moved: this._pointers.size > 1,
    };
  }

  private _onPointerDown(event: PointerEvent): void {
    if (event.button || (event.target as Element).closest('a')) return;
    try {
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    } catch {
      // A synthetic pointer (assistive technology, automation) cannot be captured; the gesture works without.
    }
    this._pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    this._gesture = this._snapshot();
  }

  private _onPointerMove(event: PointerEvent): void {
    const gesture = this._gesture;
    if (!gesture || !this._pointers.has(event.pointerId)) return;
    this._pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const now = this._snapshot();
    const dx = now.x - gesture.x;
    const dy = now.y - gesture.y;
    gesture.moved ||= Math.hypot(dx, dy) > dragThreshold;
    if (!gesture.moved) return;
    if (this._pointers.size > 1)
      this._zoom = Math.min(this._measure().full, Math.max(1, (gesture.zoom * now.distance) / gesture.distance));
    this._pan = { x: gesture.pan.x + dx, y: gesture.pan.y + dy };
    this._applyTransform(true);
  }

  private _onPointerUp(event: PointerEvent): void {
    const gesture = this._gesture;
    if (!gesture || !this._pointers.delete(event.pointerId)) return;
    if (this._pointers.size) {
      this._gesture = { ...this._snapshot(), moved: true };
      return;
    }
    this._gesture = undefined;
    const dx = event.clientX - gesture.x;
    const dy = event.clientY - gesture.y;
    if (this._zoom < 1.05) this._zoom = 1;
    this._setZoomed(this._zoom > 1);
    const swiped = gesture.moved && !this._zoomed && Math.abs(dx) > swipeThreshold && Math.abs(dx) > Math.abs(dy);
    // Unzoomed, the clamp brings the photo back to the centre.
    this._applyTransform();
    if (event.type === 'pointercancel') return;
    if (swiped) void this.show(this._index + (dx < 0 ? 1 : -1));
    else if (!gesture.moved) this._tap({ x: event.clientX, y: event.clientY, time: event.timeStamp });
  }

  /** A double tap or double click zooms; a single one beside the photo closes, as a backdrop click would. */
  private _tap(tap: Point & { time: number }): void {
    const last = this._lastTap;
    this._lastTap = tap;
    if (last && tap.time - last.time < 400 && Math.hypot(tap.x - last.x, tap.y - last.y) < 40) {
      this._lastTap = undefined;
      this._toggleZoom(tap);
      return;
    }
    const { box, width, height } = this._measure();
    const outside =
      Math.abs(tap.x - box.left - box.width / 2) > width / 2 || Math.abs(tap.y - box.top - box.height / 2) > height / 2;
    if (!this._zoomed && outside) this._dialog?.close();
  }
}
