import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import { GovDataElement } from '../shared/gov-data-element.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { readJsonFeed } from '../../core/feed.js';
import type { LoadError, ParsedDocument } from '../../core/load.js';
import { clampPan, photoHash, photoIdFromHash, photosFromFeed, type Photo, type PhotoFeed } from '../../core/photo-gallery.js';
import { govEvent, type GovLoadDetail } from '../../events.js';
import { photoGalleryStyles } from './photo-gallery.styles.js';

/** The photo a `gov-photo-open` or `gov-photo-close` event is about. */
export interface GovPhotoDetail {
  /** Its position in the gallery, from 0. */
  index: number;
  /** Its item id in the feed. */
  id: string;
}

export type GovPhotoEvent = CustomEvent<GovPhotoDetail>;

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

const icon = (path: string) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;
const magnifier = 'M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM15.5 15.5 20 20M8 10.5h5';

/** The element focus is really on, inside shadow roots too. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/**
 * A responsive grid of photos from a JSON Feed, with an accessible lightbox on a native modal
 * `<dialog>`.
 *
 * Each item of the feed is a photo: `image` (full size), `title` (caption), `content_text`
 * (description), `authors` (the photographer, else the feed's), and the `_gov` extension: `alt`,
 * `width` and `height` (full-size pixels), `thumbnail`, `srcset`. The feed's `title` names the
 * lightbox; its `next_url` pages load on "Show more".
 *
 * Every thumbnail is a real link to the full image (a middle click or "open in new tab" still
 * works); a plain click or Enter opens the lightbox instead. In the lightbox: ← and → go to the
 * previous and next photo (wrapping around at the ends), Home and End to the first and last, Escape
 * closes; a swipe left or right goes to the next or previous photo; the zoom button, a double
 * click or double tap, or a pinch zooms towards full resolution; while zoomed, a drag or the arrow
 * keys pan the photo (the buttons still change photos). Focus returns to the thumbnail that opened
 * it, however it closes. With `deep-link`, the open photo is in the URL hash
 * (`#<id or gov-photo-gallery-N>-photo-<item id>`), such a URL opens it, and Back closes it.
 *
 * @summary A photo grid with an accessible lightbox, from a JSON Feed of photos.
 * @tag gov-photo-gallery
 *
 * @fires gov-photo-open - The lightbox opened. `detail: { index, id }` of the photo shown.
 * @fires gov-photo-close - The lightbox closed. `detail: { index, id }` of the photo shown last.
 * @fires gov-load - The feed is shown. `detail: { count, title }`.
 * @fires gov-error - The feed or a further page could not be shown. `detail: { reason, message, status?, url? }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart grid - The list of thumbnails.
 * @csspart thumbnail - Each thumbnail link.
 * @csspart thumbnail-image - Each thumbnail image.
 * @csspart credit - The credit line under the grid.
 * @csspart more-button - "Show more photos".
 * @csspart lightbox - The `<dialog>`.
 * @csspart counter - "3 of 12".
 * @csspart photo - The photo in the lightbox.
 * @csspart placeholder - What stands in for a photo that could not be loaded.
 * @csspart caption - Caption, description and credit in the lightbox.
 * @csspart zoom-button - The zoom toggle.
 * @csspart close-button - The close button.
 * @csspart previous-button - The previous-photo button.
 * @csspart next-button - The next-photo button.
 * @csspart loading - The placeholder grid while the feed loads.
 * @csspart error - The error message.
 * @csspart retry-button - "Try again" after a failed load.
 * @csspart empty - The sentence shown when the feed has no photos.
 *
 * @cssprop [--gov-gallery-gap=0.5em] - Space between thumbnails.
 * @cssprop [--gov-gallery-thumbnail-min-width=8em] - The narrowest a thumbnail gets before a column goes.
 * @cssprop [--gov-gallery-thumbnail-ratio=3 / 2] - The shape of every thumbnail (photos are cropped to it).
 * @cssprop [--gov-gallery-lightbox-background=#111] - The lightbox background.
 * @cssprop [--gov-gallery-lightbox-color=#fff] - The lightbox text colour.
 * @cssprop [--gov-gallery-lightbox-focus-color=#fd0] - The focus ring in the lightbox.
 */
export class GovPhotoGallery extends GovDataElement<PhotoFeed> {
  static override styles = [sharedStyles, photoGalleryStyles];

  protected static override inlineTypes = ['application/feed+json', 'application/json'];

  /** The most columns the grid has; fewer when the element is narrow. */
  @property({ type: Number, attribute: 'columns' }) columns = 4;

  /** Puts the open photo in the URL hash, opens the photo a URL names, and lets Back close the lightbox. */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;

  /** The photo open in the lightbox, -1 when it is closed. */
  @state() private _index = -1;
  @state() private _zoomed = false;
  @state() private _broken = new Set<string>();
  @state() private _more: 'idle' | 'loading' | 'failed' = 'idle';
  @state() private _announcement = '';

  private _opener?: HTMLElement;
  /** Whether opening added a history entry, which closing then takes back. */
  private _pushed = false;
  /** Feed pages seen in this load, so that a `next_url` loop ends. */
  private _visited = new Set<string>();
  private _pageRequest?: AbortController;
  /** The page root's overflow and scrollbar-gutter before the lightbox locked them, and whether it had a style attribute. */
  private _savedRootStyle?: [string, string, boolean];
  private _zoom = 1;
  private _pan: Point = { x: 0, y: 0 };
  private _pointers = new Map<number, Point>();
  private _gesture?: Gesture;
  private _lastTap?: Point & { time: number };

  private readonly _onUrlChange = () => this._syncWithUrl();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this._onUrlChange);
    addEventListener('hashchange', this._onUrlChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this._onUrlChange);
    removeEventListener('hashchange', this._onUrlChange);
    this._lockScroll(false);
  }

  /** Opens the lightbox at a photo (from 0). On close, focus goes back where it was. */
  showPhoto(index: number): Promise<void> {
    return this._show(index);
  }

  /** Closes the lightbox. */
  close(): void {
    this._dialog?.close();
  }

  override reload(): Promise<void> {
    this._pageRequest?.abort();
    this._more = 'idle';
    this.close();
    return super.reload();
  }

  protected interpret(document: ParsedDocument, baseUrl: string): PhotoFeed {
    this._visited = new Set([baseUrl]);
    return this._read(document, baseUrl);
  }

  protected override isEmpty(model: PhotoFeed): boolean {
    return model.photos.length === 0;
  }

  protected override emptyMessage(): string {
    return msg('There are no photos here yet.', { id: 'photo-gallery.empty' });
  }

  protected loadDetail(model: PhotoFeed): GovLoadDetail {
    return { count: model.photos.length, title: model.title };
  }

  /** A failed further page is shown next to its button, not above the grid. */
  protected override renderError(error: LoadError): TemplateResult {
    return this._more === 'idle' ? super.renderError(error) : html``;
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="wrap" part="loading">
      <span class="visually-hidden">${msg('Loading…', { id: 'state.loading' })}</span>
      <ul class="grid" aria-hidden="true">
        ${Array.from({ length: this._columnCount }, () => html`<li class="skeleton"></li>`)}
      </ul>
    </div>`;
  }

  protected renderContent(model: PhotoFeed): TemplateResult {
    const lang = model.lang ?? this.page.lang;
    const failed = this._more === 'failed';
    return html`<div class="wrap">
        <ul class="grid" part="grid">
          ${model.photos.map((photo, index) => {
            const ownSrcset = photo.thumbnail === photo.image ? photo.srcset : undefined;
            return html`<li lang=${ifDefined(this.langInScript(photo.lang ?? lang))}>
              <a class="thumbnail" part="thumbnail" href=${photo.image} data-index=${index} aria-describedby="opens" @click=${this._onThumbnailClick}
                ><img
                  part="thumbnail-image"
                  src=${photo.thumbnail}
                  srcset=${ifDefined(ownSrcset)}
                  sizes=${ifDefined(ownSrcset && 'auto, 25vw')}
                  alt=${this._alt(photo, index, lang)}
                  width=${ifDefined(photo.width)}
                  height=${ifDefined(photo.height)}
                  loading=${index < this._columnCount ? 'eager' : 'lazy'}
                  decoding="async"
              /></a>
            </li>`;
          })}
        </ul>
        <span id="opens" hidden>${msg('Opens in the photo viewer', { id: 'photo-gallery.opens' })}</span>
        ${model.credit
          ? html`<p class="credit" part="credit">
              ${msg('Photos:', { id: 'photo-gallery.credit' })} ${this._content(model.credit, lang)}
            </p>`
          : nothing}
        ${failed && this.error
          ? html`<div class="state-error" part="error" role="alert"><p>${this.errorMessage(this.error)}</p></div>`
          : nothing}
        ${model.nextUrl
          ? html`<button class="button more" part="${failed ? 'retry-button' : 'more-button'}" type="button" @click=${this._loadMore}>
              ${this._more === 'loading'
                ? msg('Loading…', { id: 'state.loading' })
                : failed
                  ? msg('Try again', { id: 'action.retry' })
                  : msg('Show more photos', { id: 'photo-gallery.more' })}
            </button>`
          : nothing}
        <p class="visually-hidden" role="status">${this._announcement}</p>
      </div>
      ${this._renderLightbox(model, lang)}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.renderRoot.querySelector<HTMLElement>('.grid')?.style.setProperty('--_columns', String(this._columnCount));
    if (changed.has('data') && !this._dialog?.open) this._syncWithUrl();
  }

  private _renderLightbox(model: PhotoFeed, lang: string): TemplateResult {
    const photo = model.photos[this._index];
    const count = model.photos.length;
    return html`<dialog
      class="lightbox"
      part="lightbox"
      aria-labelledby="lightbox-title"
      aria-describedby="counter caption"
      @close=${this._onClose}
      @keydown=${this._onKeydown}
    >
      ${photo
        ? html`<div class="bar">
              <h2 class="title" id="lightbox-title">
                ${model.title ? this._content(model.title, lang) : msg('Photos', { id: 'photo-gallery.title' })}
              </h2>
              <p class="counter" part="counter" role="status">
                <span id="counter">${msg(str`${this._index + 1} of ${count}`, { id: 'photo-gallery.counter' })}</span>
                <span class="visually-hidden">${photo.caption ? this._content(photo.caption, photo.lang ?? lang) : nothing}</span>
              </p>
              <button
                class="control"
                part="zoom-button"
                type="button"
                aria-label=${msg('Zoom', { id: 'photo-gallery.zoom' })}
                aria-pressed=${this._zoomed ? 'true' : 'false'}
                @click=${() => this._toggleZoom()}
              >
                ${icon(this._zoomed ? magnifier : `${magnifier}M10.5 8v5`)}
              </button>
              <button class="control" part="close-button" type="button" aria-label=${msg('Close', { id: 'photo-gallery.close' })} @click=${this.close}>
                ${icon('M6 6l12 12M18 6L6 18')}
              </button>
            </div>
            <figure>
              <div
                class="stage ${this._zoomed ? 'zoomed' : ''}"
                @pointerdown=${this._onPointerDown}
                @pointermove=${this._onPointerMove}
                @pointerup=${this._onPointerUp}
                @pointercancel=${this._onPointerUp}
              >
                ${keyed(photo.id, this._renderPhoto(photo, lang))}
              </div>
              <figcaption id="caption" part="caption">
                ${photo.caption ? html`<span class="caption-title">${this._content(photo.caption, photo.lang ?? lang)}</span>` : nothing}
                ${photo.description ? html`<span>${this._content(photo.description, photo.lang ?? lang)}</span>` : nothing}
                ${photo.credit
                  ? html`<span class="photo-credit">${msg('Photo:', { id: 'photo-gallery.photo-credit' })} ${this._content(photo.credit, photo.lang ?? lang)}</span>`
                  : nothing}
              </figcaption>
            </figure>
            ${count > 1
              ? html`<button
                    class="control step previous"
                    part="previous-button"
                    type="button"
                    aria-label=${msg('Previous photo', { id: 'photo-gallery.previous' })}
                    @click=${() => this._show(this._index - 1)}
                  >
                    ${icon('M15 5l-7 7 7 7')}
                  </button>
                  <button
                    class="control step next"
                    part="next-button"
                    type="button"
                    aria-label=${msg('Next photo', { id: 'photo-gallery.next' })}
                    @click=${() => this._show(this._index + 1)}
                  >
                    ${icon('M9 5l7 7-7 7')}
                  </button>`
              : nothing}`
        : nothing}
    </dialog>`;
  }

  private _renderPhoto(photo: Photo, lang: string): TemplateResult {
    const alt = this._alt(photo, this._index, lang);
    if (this._broken.has(photo.id)) {
      return html`<div class="frame placeholder" part="placeholder">
        <p>${msg('This photo could not be loaded.', { id: 'photo-gallery.broken' })}</p>
        <p lang=${ifDefined(this.langInScript(photo.lang ?? lang))}>${alt}</p>
        <p><a href=${photo.image}>${msg('Open the image file', { id: 'photo-gallery.open-file' })}</a></p>
      </div>`;
    }
    // The thumbnail, already loaded, shows at once; the full photo covers it when it arrives.
    return html`<div class="frame">
      <img src=${photo.thumbnail} alt="" draggable="false" />
      <img
        part="photo"
        draggable="false"
        src=${photo.image}
        srcset=${ifDefined(photo.srcset)}
        sizes=${this._sizes(photo)}
        alt=${alt}
        lang=${ifDefined(this.langInScript(photo.lang ?? lang))}
        width=${ifDefined(photo.width)}
        height=${ifDefined(photo.height)}
        aria-describedby="caption"
        @load=${this._preloadNeighbours}
        @error=${() => {
          this._broken = new Set(this._broken).add(photo.id);
          this._preloadNeighbours();
        }}
      />
    </div>`;
  }

  /** Data text in the active script, marked with its language. */
  private _content(text: string, lang: string): TemplateResult {
    return html`<span lang=${ifDefined(this.langInScript(lang))}>${this.inScript(text, lang)}</span>`;
  }

  private _alt(photo: Photo, index: number, lang: string): string {
    return photo.alt
      ? this.inScript(photo.alt, photo.lang ?? lang)
      : msg(str`Photo ${index + 1}`, { id: 'photo-gallery.untitled' });
  }

  /** Zoomed, the full resolution; else the photo fits the viewport: its width, or its height for a tall one. */
  private _sizes({ width, height }: Photo): string {
    if (this._zoomed) return `${width ?? 4 * innerWidth}px`;
    return width && height ? `min(100vw, ${Math.ceil((100 * width) / height)}vh)` : '100vw';
  }

  private get _columnCount(): number {
    return Math.min(12, Math.max(1, Math.floor(this.columns) || 4));
  }

  private get _dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private _thumbnail(index: number): HTMLElement | null {
    return this.renderRoot.querySelector(`[data-index="${index}"]`);
  }

  private _read(document: ParsedDocument, baseUrl: string): PhotoFeed {
    const page = photosFromFeed(readJsonFeed(document.kind === 'json' ? document.value : undefined, baseUrl));
    if (page.problems.length) console.warn(`<${this.localName}${this.id ? ` id="${this.id}"` : ''}>: ${page.problems.join('; ')}.`);
    if (page.nextUrl && this._visited.has(page.nextUrl)) page.nextUrl = undefined;
    return page;
  }

  private async _loadMore(): Promise<void> {
    const model = this.data;
    const url = model?.nextUrl;
    if (!model || !url || this._more === 'loading') return;
    this._more = 'loading';
    const request = (this._pageRequest = new AbortController());
    try {
      const page = await this.fetch(url, request.signal);
      this._visited.add(url).add(page.url);
      const next = this._read(this.parse(page.text), page.url);
      const known = new Set(model.photos.map((photo) => photo.id));
      const added = next.photos.filter((photo) => !known.has(photo.id));
      this.data = { ...model, photos: [...model.photos, ...added], nextUrl: next.nextUrl };
      this._more = 'idle';
      this.clearError();
      this._announcement = this._loadedMessage(added.length);
      await this.updateComplete;
      this._thumbnail(model.photos.length - (added.length ? 0 : 1))?.focus();
    } catch (error) {
      if (request.signal.aborted) return;
      this._more = 'failed';
      this.reportError(error);
    }
  }

  private _loadedMessage(count: number): string {
    switch (new Intl.PluralRules(this.page.locale).select(count)) {
      case 'one':
        return msg(str`${count} more photo loaded.`, { id: 'photo-gallery.loaded-one' });
      case 'few':
        return msg(str`${count} more photos loaded.`, { id: 'photo-gallery.loaded-few' });
      default:
        return msg(str`${count} more photos loaded.`, { id: 'photo-gallery.loaded-other' });
    }
  }

  private _onThumbnailClick(event: MouseEvent): void {
    if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const link = event.currentTarget as HTMLElement;
    void this._show(Number(link.dataset.index), link);
  }

  private async _show(index: number, opener = deepActiveElement(), fromUrl = false): Promise<void> {
    const photos = this.data?.photos ?? [];
    const dialog = this._dialog;
    if (!photos.length || !dialog) return;
    const count = photos.length;
    index = (((Math.trunc(index) || 0) % count) + count) % count;
    if (dialog.open && index === this._index) return;
    this._index = index;
    this._zoom = 1;
    this._pan = { x: 0, y: 0 };
    this._zoomed = false;
    if (this.deepLink && !fromUrl) {
      const url = new URL(location.href);
      url.hash = photoHash(this._galleryKey(), photos[index].id);
      if (dialog.open) history.replaceState(history.state, '', url);
      else {
        history.pushState(history.state, '', url);
        this._pushed = true;
      }
    }
    if (dialog.open) return;
    this._opener = opener;
    this._lockScroll(true);
    await this.updateComplete;
    dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('[part="close-button"]')?.focus();
    this.dispatchEvent(govEvent<GovPhotoDetail>('gov-photo-open', { index, id: photos[index].id }));
  }

  private _onClose(): void {
    const index = this._index;
    const photo = this.data?.photos[index];
    this._index = -1;
    this._zoomed = false;
    this._pointers.clear();
    this._gesture = undefined;
    this._lockScroll(false);
    const back = this._opener?.isConnected ? this._opener : this._thumbnail(index);
    back?.focus();
    this._opener = undefined;
    if (this.deepLink) {
      if (this._pushed) history.back();
      else if (this._hashPhotoId() !== undefined) history.replaceState(history.state, '', location.pathname + location.search);
    }
    this._pushed = false;
    if (photo) this.dispatchEvent(govEvent<GovPhotoDetail>('gov-photo-close', { index, id: photo.id }));
  }

  /** Opens the photo the URL names, or closes the lightbox when the URL no longer names one (Back). */
  private _syncWithUrl(): void {
    const photos = this.data?.photos;
    if (!this.deepLink || !photos) return;
    const id = this._hashPhotoId();
    const index = photos.findIndex((photo) => photo.id === id);
    if (index >= 0) void this._show(index, undefined, true);
    else if (this._dialog?.open) {
      this._pushed = false;
      this.close();
    }
  }

  /** This gallery's name in URL hashes: its id, else its place among the galleries of its document. */
  private _galleryKey(): string {
    const galleries = [...(this.getRootNode() as ParentNode).querySelectorAll(this.localName)];
    return this.id || `${this.localName}-${galleries.indexOf(this) + 1}`;
  }

  private _hashPhotoId(): string | undefined {
    return photoIdFromHash(location.hash, this._galleryKey());
  }

  private _onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    const arrow = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[key];
    if (arrow && this._zoomed) {
      this._pan = { x: this._pan.x + arrow[0] * panStep, y: this._pan.y + arrow[1] * panStep };
      this._applyTransform();
    } else if (key === 'ArrowLeft' || key === 'ArrowRight') void this._show(this._index + (key === 'ArrowLeft' ? -1 : 1));
    else if (key === 'Home') void this._show(0);
    else if (key === 'End') void this._show(-1);
    else return;
    event.preventDefault();
  }

  /** Fetches the photos on either side once the one shown is in, so that it never waits behind them. */
  private _preloadNeighbours(): void {
    const photos = this.data?.photos ?? [];
    for (const offset of [1, -1]) {
      const photo = photos[(this._index + offset + photos.length) % photos.length];
      const image = new Image();
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
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame')!;
    const photo = this.data!.photos[this._index];
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
    if (!this._dialog?.open || this._broken.has(this.data!.photos[this._index].id)) return;
    const { box, full } = this._measure();
    const zoom = this._zoomed ? 1 : full;
    if (at) {
      const ratio = zoom / this._zoom;
      const x = at.x - box.left - box.width / 2;
      const y = at.y - box.top - box.height / 2;
      this._pan = { x: x - (x - this._pan.x) * ratio, y: y - (y - this._pan.y) * ratio };
    }
    this._zoom = zoom;
    this._zoomed = zoom > 1;
    this._applyTransform();
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
    if (this._pointers.size > 1) this._zoom = Math.min(this._measure().full, Math.max(1, (gesture.zoom * now.distance) / gesture.distance));
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
    this._zoomed = this._zoom > 1;
    const swiped = gesture.moved && !this._zoomed && Math.abs(dx) > swipeThreshold && Math.abs(dx) > Math.abs(dy);
    // Unzoomed, the clamp brings the photo back to the centre.
    this._applyTransform();
    if (event.type === 'pointercancel') return;
    if (swiped) void this._show(this._index + (dx < 0 ? 1 : -1));
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
    const outside = Math.abs(tap.x - box.left - box.width / 2) > width / 2 || Math.abs(tap.y - box.top - box.height / 2) > height / 2;
    if (!this._zoomed && outside) this.close();
  }
}
