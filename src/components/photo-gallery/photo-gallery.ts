import { css, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import { GovDataElement } from '../shared/gov-data-element.js';
import { dataStyles } from '../shared/data.styles.js';
import { NextPageController, nextPageStyles } from '../shared/next-page-controller.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { whenIdle } from '../../page/idle.js';
import { onDemand } from '../../page/on-demand.js';
import { pluralCategory } from '../../core/formatting-locale.js';
import { xmlFeeds, type FetchedDocument, type ParsedDocument } from '../../page/load.js';
import { plainText } from '../../core/feed.js';
import { readPhotoFeedSteps, type Photo, type PhotoFeed } from '../../core/photo-feed.js';
import { inSlices } from '../../core/steps.js';
import type { GovLoadDetail } from '../../events.js';
import type { Lightbox } from './lightbox.js';
import { photoGalleryStyles } from './photo-gallery.styles.js';

export type { GovPhotoDetail, GovPhotoEvent } from '../../events.js';

/** Photos shown at first and added by each "Show more photos": full rows for 1, 2, 3, 4, 6, 8 or 12 columns. */
const defaultLimit = 24;

/** The lightbox's module (lightbox.ts), loaded when a gallery is likely to open it. */
const lightbox = onDemand('the photo viewer (lightbox)', () => import('./lightbox.js'));
/** The reader of galleries published as RSS or Atom (Media RSS), and feed autodiscovery: for those only. */
const xmlReader = onDemand('the RSS and Atom reader', () => import('./xml-photos.js'));

/**
 * A responsive grid of photos from a JSON Feed or an RSS feed with Media RSS (`media:group`,
 * `media:content`, `media:thumbnail`, `media:credit`, image enclosures: read by a file loaded only
 * for such feeds), with an accessible lightbox on a native modal `<dialog>`. `src` may also be the
 * gallery's web page, which names its feed in `<link rel="alternate">`.
 *
 * Each item of the feed is a photo: `image` (full size), `title` (caption), `content_text`
 * (description), `authors` (the photographer, else the feed's), and the `_gov` extension: `alt`,
 * `width` and `height` (full-size pixels), `thumbnail`, `srcset`. The feed's `title` names the
 * lightbox. The grid shows `limit` photos, and `limit` more on each "Show more photos", which
 * fetches the feed's `next_url` pages when the loaded ones run out; the lightbox goes through every
 * photo loaded.
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
 * @summary A photo grid with an accessible lightbox, from a JSON Feed or Media RSS feed of photos.
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
 * @cssprop [--gov-radius=0.25em] - Corner radius of the thumbnails and the buttons.
 */
export class GovPhotoGallery extends GovDataElement<PhotoFeed> {
  static override styles = [sharedStyles, dataStyles, nextPageStyles, photoGalleryStyles];

  protected static override inlineTypes = ['application/feed+json', 'application/json'];

  protected static override xml = xmlFeeds;

  static override properties = {
    columns: { type: Number, attribute: 'columns' },
    limit: { type: Number },
    deepLink: { type: Boolean, attribute: 'deep-link' },
  };

  /** The most columns the grid has; fewer when the element is narrow. */
  columns = 4;

  /** How many photos to show at first, and how many more each "Show more photos" reveals. */
  limit = defaultLimit;

  /** Puts the open photo in the URL hash, opens the photo a URL names, and lets Back close the lightbox. */
  deepLink = false;

  /** "Show more photos": every photo loaded (the feed's, then its next pages'), and how many are revealed. */
  private readonly _pages = new NextPageController<PhotoFeed, Photo>(this, this.documents, {
    page: ({ photos, nextUrl }) => ({ items: photos, nextUrl }),
    id: (photo) => photo.id,
    limit: () => this._limit,
    focusTarget: (index) => this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`),
    announcement: (count) => this._loadedMessage(count),
  });

  /** The lightbox, a controller of this element once its module has loaded (see lightbox.ts). */
  private _lightbox?: Lightbox;
  /** The photos the URL was last matched against: a hash may name a photo that a new page brought. */
  private _photosSynced?: Photo[];

  private readonly _onUrlChange = () => this._syncWithUrl();
  private readonly _prefetchLightbox = () => void lightbox().catch(() => undefined);

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this._onUrlChange);
    addEventListener('hashchange', this._onUrlChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this._onUrlChange);
    removeEventListener('hashchange', this._onUrlChange);
  }

  /** Opens the lightbox at a photo (from 0). On close, focus goes back where it was. */
  async showPhoto(index: number): Promise<void> {
    await (await this._loadLightbox()).show(index);
  }

  /** Closes the lightbox. */
  close(): void {
    this._dialog?.close();
  }

  /** A load starts: the lightbox closes and a page on its way is dropped. */
  protected override willLoad(): void {
    this._pages.stop();
    this.close();
  }

  /** A new document: paging starts from its first page. */
  protected override loaded(model: PhotoFeed): void {
    this._pages.start(model);
  }

  /** Reads a page of photos in slices (a page may hold a hundred thousand). */
  protected async interpret(document: ParsedDocument, baseUrl: string, signal: AbortSignal): Promise<PhotoFeed> {
    const page =
      document.kind === 'json'
        ? await inSlices(readPhotoFeedSteps(document.value, baseUrl), signal)
        : await xmlReader().then(({ readXmlPhotos }) => readXmlPhotos({ plainText }, document.document, baseUrl));
    if (page.problems.length)
      console.warn(`<${this.localName}${this.id ? ` id="${this.id}"` : ''}>: ${page.problems.join('; ')}.`);
    return page;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('limit')) this._pages.shown = this._limit;
  }

  /** A web page at `src`: the feed its `<link rel="alternate">` names, JSON Feed first, then RSS, then Atom. */
  protected override discoverFeed(page: FetchedDocument): Promise<string | undefined> {
    return xmlReader().then(({ discoverPhotoFeed }) => discoverPhotoFeed(page.text, page.url));
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
    const shown = this._pages.visible;
    return html`<div class="wrap">
        <ul class="grid" part="grid" @pointerover=${this._prefetchLightbox} @focusin=${this._prefetchLightbox}>
          ${shown.map((photo, index) => {
            const ownSrcset = photo.thumbnail === photo.image ? photo.srcset : undefined;
            return html`<li lang=${ifDefined(this.langInScript(photo.lang ?? lang))}>
              <a
                class="thumbnail"
                part="thumbnail"
                href=${photo.image}
                data-index=${index}
                aria-describedby="opens"
                @click=${this._onThumbnailClick}
                ><img
                  part="thumbnail-image"
                  src=${photo.thumbnail}
                  srcset=${ifDefined(ownSrcset)}
                  sizes=${ifDefined(ownSrcset && 'auto, 25vw')}
                  alt=${this._alt(photo, index, lang)}
                  width=${ifDefined(photo.width)}
                  height=${ifDefined(photo.height)}
                  loading=${this._loading(index)}
                  decoding="async"
                  referrerpolicy="no-referrer"
              /></a>
            </li>`;
          })}
        </ul>
        <span id="opens" hidden>${msg('Opens in the photo viewer', { id: 'photo-gallery.opens' })}</span>
        ${
          model.credit
            ? html`<p class="credit" part="credit">
                ${msg('Photos:', { id: 'photo-gallery.credit' })} ${this._content(model.credit, lang)}
              </p>`
            : nothing
        }
        ${this._pages.render(msg('Show more photos', { id: 'photo-gallery.more' }))}
      </div>
      ${this._lightbox?.render({ ...model, photos: this._pages.items }, lang) ?? html`<dialog class="lightbox" part="lightbox"></dialog>`}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.renderRoot.querySelector<HTMLElement>('.grid')?.style.setProperty('--_columns', String(this._columnCount));
    const photos = this._pages.items;
    if (photos !== this._photosSynced && photos.length) {
      this._photosSynced = photos;
      if (!this._dialog?.open) this._syncWithUrl();
      // Likely to be opened: the lightbox comes while the page is idle, so that opening is instant.
      whenIdle(this._prefetchLightbox);
    }
  }

  /** The lightbox, its module loaded once for all galleries. */
  private async _loadLightbox(): Promise<Lightbox> {
    // When its file cannot load, the console names it (onDemand) and the caller shows the photo itself.
    const { Lightbox } = await lightbox();
    return (this._lightbox ??= new Lightbox({ html, nothing, ifDefined, keyed, css, msg }, this, {
      photos: () => this._pages.items,
      content: (text, contentLang) => this._content(text, contentLang),
      alt: (photo, index, contentLang) => this._alt(photo, index, contentLang),
      lang: (contentLang) => this.langInScript(contentLang),
    }));
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

  /**
   * The first row loads at once in the browser, where the gallery is being looked at. A prerendered
   * gallery cannot know where it sits on the page: eager thumbnails below the fold took the bandwidth of
   * the page's first screen (Lighthouse, slow 4G: LCP 2.1 s, 1.5 s with all lazy), and the browser's
   * lazy loading fetches those in view as soon as the page is laid out, early on a prerendered page.
   */
  private _loading(index: number): 'eager' | 'lazy' {
    return !isServer && index < this._columnCount ? 'eager' : 'lazy';
  }

  private get _columnCount(): number {
    return Math.min(12, Math.max(1, Math.floor(this.columns) || 4));
  }

  private get _dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private get _limit(): number {
    return Math.floor(this.limit) > 0 ? Math.floor(this.limit) : defaultLimit;
  }

  private _loadedMessage(count: number): string {
    switch (pluralCategory(this.page.locale, count)) {
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
    const link = event.currentTarget as HTMLAnchorElement;
    // Without the lightbox (its file could not be fetched), the link still shows the photo.
    this._loadLightbox().then(
      (lightbox) => lightbox.show(Number(link.dataset.index), link),
      () => location.assign(link.href),
    );
  }

  /** Lets the lightbox follow the URL: only a hash can name a photo, and only an open lightbox has to close (Back). */
  private _syncWithUrl(): void {
    if (this.deepLink && this._pages.items.length && (location.hash || this._lightbox)) {
      this._loadLightbox().then(
        (lightbox) => lightbox.syncWithUrl(),
        () => undefined,
      );
    }
  }
}
