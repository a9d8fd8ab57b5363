import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LoadError } from '../../page/load.js';
import type { DocumentController } from './document-controller.js';
import { renderLoadError } from './load-error.js';

/** How many next pages one press of "Show more" may fetch looking for enough items (a tag may be rare). */
const maxPagesPerPress = 10;

/** The items of one page of a feed, and where the feed goes on. */
/** Styles of the elements that page: "Show more" while its page loads is still focusable, but presses are ignored. */
export const nextPageStyles = css`
  .more-button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;

export interface Page<Item> {
  items: Item[];
  nextUrl?: string;
  /** The feed's own address, when it names one (a `next_url` back to it ends the paging). */
  feedUrl?: string;
}

export interface NextPageOptions<Model, Item> {
  /** The items of a document or next page, read by the element (it may warn about their problems here). */
  page(model: Model, url: string): Page<Item>;
  /** Tells items apart: an item a next page repeats is shown once. */
  id(item: Item): string;
  /** How many items are shown at first, and how many more each press reveals. */
  limit(): number;
  /** How many of `items` can be shown (those with the chosen tag); all of them by default. */
  available?(items: Item[]): number;
  /** What takes focus for the shown item at `index`, once rendered. */
  focusTarget(index: number): HTMLElement | null | undefined;
  /** The announcement of `count` more items ("3 more news items shown."). */
  announcement(count: number): string;
}

/**
 * "Show more" for an element whose document comes in pages (`next_url`), with one behaviour for
 * every such element: a press reveals `limit` more items, fetching next pages first when fewer are
 * loaded (a few at most per press); then one announcement says how many came (none, too), and focus
 * moves to the first of them, unless the user has meanwhile gone elsewhere on the page. A page that fails
 * shows the same error as a document, after the items and before the button, with a "Try again"
 * that resumes paging; what came before it is still revealed. A new document starts paging over,
 * and a page on its way when a load starts is dropped.
 */
export class NextPageController<Model, Item> implements ReactiveController {
  /** Every item loaded so far: the document's, then those of the next pages. */
  items: Item[] = [];
  /** How many of the available items are revealed. */
  shown = 0;
  loading = false;
  /** The failure of the last next page, shown by the button until a page loads. */
  error?: LoadError;
  announcement = '';

  private _nextUrl?: string;
  /** Pages seen since the document loaded, so that a `next_url` loop ends. */
  private _visited = new Set<string>();
  private _request?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly documents: DocumentController<Model>,
    private readonly options: NextPageOptions<Model, Item>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this._request?.abort();
  }

  get hasNextPage(): boolean {
    return this._nextUrl !== undefined && !this._visited.has(this._nextUrl);
  }

  /** How many items can be shown now. */
  get available(): number {
    return this.options.available?.(this.items) ?? this.items.length;
  }

  /** The items revealed. */
  get visible(): Item[] {
    return this.items.slice(0, this.shown);
  }

  /** Whether a press would bring more: items loaded but hidden, or a next page. */
  get canShowMore(): boolean {
    return this.available > this.shown || this.hasNextPage;
  }

  /** A new document replaced the old one: paging starts from its first page. */
  start(model: Model): void {
    const url = this.documents.baseUrl;
    this.stop();
    const page = this.options.page(model, url);
    this.items = page.items;
    this._nextUrl = page.nextUrl;
    this._visited = new Set([url, ...(page.feedUrl ? [page.feedUrl] : [])]);
    this.shown = this.options.limit();
    this.host.requestUpdate();
  }

  /** Drops a page on its way and its error (a new load starts). */
  stop(): void {
    this._request?.abort();
    this._request = undefined;
    this.loading = false;
    this.error = undefined;
    this.announcement = '';
  }

  /** "Show more": reveals the next `limit` items, then announces them and moves focus to the first. */
  readonly more = async (): Promise<void> => {
    if (this.loading) return;
    const before = Math.min(this.shown, this.available);
    const wanted = before + this.options.limit();
    if (this.available < wanted && this.hasNextPage && !(await this._load(wanted))) return;
    const after = Math.min(wanted, this.available);
    this.shown = after;
    this.announcement = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    // One answer to every press, "0 more" included; a failed page has its alert instead.
    if (!this.error) {
      this.announcement = this.options.announcement(after - before);
      this.host.requestUpdate();
    }
    // Focus follows the new items, unless the user has meanwhile gone elsewhere on the page. When
    // nothing came, it stays on (or goes back to) the button, if that is still there.
    const active = document.activeElement;
    if (active !== this.host && active !== document.body && active !== null) return;
    const button = this.host.renderRoot.querySelector<HTMLElement>('[part="more-button"]');
    (after > before ? this.options.focusTarget(before) : (button ?? this.options.focusTarget(after - 1)))?.focus();
  };

  /** The error of a failed page, the "Show more" button (`label`) while there is more, and the announcements. */
  render(label: string): TemplateResult {
    return html`${this.error ? renderLoadError(this.error, this.more) : nothing}
      ${
        this.canShowMore
          ? html`<button
              class="button more-button"
              part="more-button"
              type="button"
              aria-disabled=${this.loading ? 'true' : 'false'}
              @click=${this.more}
            >
              ${label}
            </button>`
          : nothing
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  /**
   * Fetches next pages until `wanted` items can be shown. A page that fails is reported and shown;
   * false only when a new load replaced the document meanwhile (every wait re-checks).
   */
  private async _load(wanted: number): Promise<boolean> {
    const request = (this._request = new AbortController());
    const { signal } = request;
    this.loading = true;
    this.host.requestUpdate();
    try {
      for (let page = 0; page < maxPagesPerPress && this.hasNextPage && this.available < wanted; page++) {
        const url = this._nextUrl!;
        const fetched = await this.documents.fetch(url, signal);
        signal.throwIfAborted();
        const model = await this.documents.read(fetched.text, fetched.url, signal);
        signal.throwIfAborted();
        const next = this.options.page(model, fetched.url);
        this._visited.add(url).add(fetched.url);
        if (next.feedUrl) this._visited.add(next.feedUrl);
        const known = new Set(this.items.map(this.options.id));
        this.items = [...this.items, ...next.items.filter((item) => !known.has(this.options.id(item)))];
        this._nextUrl = next.nextUrl;
      }
      if (this.error) {
        this.error = undefined;
        this.documents.recover();
      }
    } catch (error) {
      if (signal.aborted) return false;
      this.error = this.documents.report(error);
    } finally {
      if (this._request === request) {
        this._request = undefined;
        this.loading = false;
        this.host.requestUpdate();
      }
    }
    return true;
  }
}
