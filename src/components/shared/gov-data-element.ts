import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  acceptHeader,
  defaultMaxBytes,
  defaultTimeout,
  fetchDocument,
  isHtmlPage,
  LoadAbortedError,
  LoadError,
  parseDocument,
  type FetchedDocument,
  type ParsedDocument,
  type XmlSupport,
} from '../../core/load.js';
import { converterLoaded, loadConverter } from '../../core/content-script.js';
import { govEvent, type GovErrorDetail, type GovLoadDetail } from '../../events.js';
import { GovElement } from './gov-element.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The range of `timeout`: a healthy server answers within a second, and nobody waits two minutes. */
const minTimeout = 1_000;
const maxTimeout = 120_000;

/**
 * The base of the elements that show a document: it reads it from an inline
 * `<script type="application/...json">` child (no request then) or from `src`, aborts a stale
 * request when `src` changes, gives up after `timeout`, and renders the shared loading, error and
 * empty states. A failed reload keeps the last good content on screen.
 *
 * A subclass says which inline types it reads, turns a parsed document into its model
 * ({@link interpret}), and renders the model ({@link renderContent}).
 *
 * @cssstate loading - A request for `src` is on its way (the placeholder shows unless earlier content stays on screen).
 * @cssstate ready - The document is shown, or the empty message when it holds nothing to show.
 * @cssstate error - The document could not be loaded or read: the message with "Try again" shows (above the last good content, if any).
 *
 * @cssprop [--gov-color-accent=#0c4076] - Accent: the buttons' border and text, and links.
 * @cssprop [--gov-color-link=var(--gov-color-accent)] - Colour of links.
 * @cssprop [--gov-color-muted=#4a4f55] - The empty message.
 * @cssprop [--gov-color-surface=#f3f4f6] - The loading placeholder, and a button under the pointer.
 * @cssprop [--gov-color-error=#b3261e] - The edge of the error message.
 * @cssprop [--gov-color-error-surface=#fdf3f2] - The background of the error message.
 * @cssprop [--gov-button-background=#fff] - Background of the buttons ("Try again", "Show more", "Save contact").
 * @cssprop [--gov-button-color=var(--gov-color-accent)] - Text colour of the buttons.
 * @cssprop [--gov-button-hover-background=var(--gov-color-surface)] - Background of a button under the pointer.
 * @cssprop [--gov-focus-color=#1d70b8] - Focus ring colour.
 * @cssprop [--gov-focus-width=0.1875em] - Focus ring width.
 * @cssprop [--gov-radius=0.25em] - Corner radius of the buttons.
 */
export abstract class GovDataElement<Model> extends GovElement {
  // Declared here rather than with decorators: an element built on this base needs no decorator helper.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    timeout: { type: Number },
    data: { state: true, attribute: false },
    status: { state: true, attribute: false },
    error: { state: true, attribute: false },
  };

  /** The `type`s of an inline child `<script>` that holds the data, in order of preference. */
  protected static inlineTypes: readonly string[] = ['application/json'];

  /**
   * For an element whose document may be XML (RSS and Atom feeds): `xmlFeeds` of load.ts. Without
   * it the element reads JSON only, and carries no XML code.
   */
  protected static xml?: XmlSupport;

  /**
   * Whether content marked sr-Latn is shown in Cyrillic while Cyrillic is active (content-script's
   * rule); then such data waits for the Latin → Cyrillic converter before it is first shown.
   */
  protected static showsMarkedLatinInCyrillic = true;

  /**
   * The address of the JSON document to show. Relative links in it resolve against this address.
   * When the element holds inline data, `src` is not fetched: it only says where that data's relative
   * links resolve (a prerendered page embeds the document it read at `src`).
   */
  src?: string;

  /** How long to wait for `src` to answer, in milliseconds: 1,000 to 120,000 (10,000 when not a number). */
  timeout = defaultTimeout;

  /** The model of the last document that loaded. */
  protected data?: Model;

  protected status: LoadStatus = 'idle';

  protected error?: LoadError;

  /** The URL the data came from, to resolve its relative links (the page's URL for inline data). */
  protected baseUrl = document.baseURI;

  /**
   * The load in progress. Each load aborts the one before, so a load whose signal is aborted has
   * been replaced (or its element left the page): after every wait it checks, and drops its result.
   */
  private _request?: AbortController;
  /** The `timeout` last warned about, so that a wrong value is named once. */
  private _warnedTimeout?: number;
  private _inlineObserver?: MutationObserver;
  private readonly _internals = this.attachInternals();

  override connectedCallback(): void {
    super.connectedCallback();
    // A CMS script may fill or replace the inline data after the element is on the page.
    this._inlineObserver = new MutationObserver((records) => {
      if (records.some((record) => this._touchesInlineData(record))) void this.reload();
    });
    this._inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // Moved in the DOM while loading: the request was aborted on disconnect, so start it again.
    if (this.hasUpdated && this.status === 'loading') void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._inlineObserver?.disconnect();
    this._request?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On the server the prerenderer has handed over the data (prerenderData); a prerendered element
    // read its inline data before its first update (scheduleUpdate).
    if (isServer) return;
    if (this.hasUpdated ? changed.has('src') : !this.prerendered) void this.reload();
  }

  /**
   * A prerendered element hydrates its server-rendered content, which Lit's hydrate support requires
   * its first render to match: so that render waits for the inline data the prerenderer embedded.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.prerendered && !this.hasUpdated) await this.reload();
    return super.scheduleUpdate();
  }

  /**
   * For the prerenderer (`gov-widgets-cli render`), on the server: reads `text` as this element reads
   * its inline data, with its relative links resolving against `baseUrl`, and keeps the result for
   * the render that follows. Rejects with a LoadError when the element cannot show it.
   *
   * @internal
   */
  async prerenderData(text: string, baseUrl: string): Promise<void> {
    const model = await this.interpret(this.parse(text), baseUrl, new AbortController().signal);
    this.baseUrl = baseUrl;
    this.data = model;
    this.status = 'ready';
  }

  /** Loads the data again (the retry button calls this). Resolves when it is shown or has failed. */
  async reload(): Promise<void> {
    this._request?.abort();
    const inline = this._inlineScript();
    if (!inline && !this.src) {
      this._fail(new LoadError('no-source', `<${this.localName}> has no src attribute and no inline data`));
      return;
    }
    const request = new AbortController();
    const { signal } = request;
    this._request = request;
    this._setStatus('loading');
    try {
      if (inline) {
        const baseUrl = this._inlineBaseUrl();
        await this._accept(signal, baseUrl, () => this._interpretInline(inline.textContent ?? '', baseUrl, signal));
        return;
      }
      let fetched = await this.fetch(this.src!, signal);
      if (this.discoverFeed && isHtmlPage(fetched.text)) {
        // A web page: its own <link rel="alternate"> names the feed to show. Followed once: another
        // page there (the same one included) is a format error.
        const feedUrl = await this.discoverFeed(fetched);
        if (signal.aborted) return;
        if (!feedUrl)
          throw new LoadError('format', `${fetched.url} is a web page with no <link rel="alternate"> to a feed`, {
            url: fetched.url,
            page: true,
          });
        fetched = await this.fetch(feedUrl, signal);
      }
      // this.fetch has already waited for the converter the document's content needs: a newer load
      // may have started meanwhile.
      if (signal.aborted) return;
      const { text, url } = fetched;
      await this._accept(signal, url, () => this.interpret(this.parse(text), url, signal));
    } catch (error) {
      if (!(error instanceof LoadAbortedError)) this._fail(this._asLoadError(error));
    } finally {
      if (this._request === request) this._request = undefined;
    }
  }

  /** Fetches a document with this element's timeout; for subclasses loading further pages too. */
  protected async fetch(url: string, signal?: AbortSignal): Promise<FetchedDocument> {
    const { inlineTypes, xml } = this.constructor as typeof GovDataElement;
    const fetched = await fetchDocument(new URL(url, document.baseURI).href, {
      signal,
      timeout: this._timeout(),
      accept: acceptHeader([...inlineTypes, ...(xml?.types ?? [])]),
      declaredEncoding: xml?.encoding,
    });
    await this._scriptReady(fetched.text);
    return fetched;
  }

  /** `timeout` as used: a wrong value is named once in the console and replaced. */
  private _timeout(): number {
    const { timeout } = this;
    const used = timeout > 0 ? Math.min(maxTimeout, Math.max(minTimeout, timeout)) : defaultTimeout;
    if (used !== timeout && !Object.is(this._warnedTimeout, timeout)) {
      this._warnedTimeout = timeout;
      console.warn(
        `<${this.localName}>: timeout="${this.getAttribute('timeout') ?? timeout}" is not a time from ${minTimeout} to ${maxTimeout} milliseconds: ${used} ms are used`,
      );
    }
    return used;
  }

  /**
   * Feed autodiscovery, for an element that reads feeds: the address of the feed a web page at `src`
   * names (its `<link rel="alternate">` of a type the element reads), undefined when it names none.
   * Without it, a web page at `src` is a format error.
   */
  protected discoverFeed?(page: FetchedDocument): Promise<string | undefined>;

  /**
   * Turns a parsed document into the model; throws (or rejects with) a LoadError with reason
   * `format` when it is not one. It may return a promise, for a reader the subclass loads on demand
   * or one that reads in slices; `signal` aborts when a newer load replaced this one.
   */
  protected abstract interpret(document: ParsedDocument, baseUrl: string, signal: AbortSignal): Model | Promise<Model>;

  /** Renders a loaded model. */
  protected abstract renderContent(model: Model): TemplateResult;

  /** Whether a loaded model has nothing to show (the empty state is rendered then). */
  protected isEmpty(_model: Model): boolean {
    return false;
  }

  /** What `gov-load` reports about a loaded model. */
  protected abstract loadDetail(model: Model): GovLoadDetail;

  /** The empty state's sentence; subclasses say what is missing ("No news yet"). */
  protected emptyMessage(): string {
    return msg('Nothing to show yet.', { id: 'state.empty' });
  }

  /** Parses text by the rules of this element, used for inline data and fetched documents alike. */
  protected parse(text: string): ParsedDocument {
    return parseDocument(text, { xml: (this.constructor as typeof GovDataElement).xml?.parse });
  }

  protected override render(): TemplateResult {
    const model = this.data;
    const empty = model !== undefined && this.isEmpty(model);
    return html`<div part="base" class="base" aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
      ${this.status === 'error' && this.error ? this.renderError(this.error) : nothing}
      ${
        model === undefined
          ? this.status === 'loading' || this.status === 'idle'
            ? this.renderLoading()
            : nothing
          : empty
            ? html`<p class="state-empty" part="empty">${this.emptyMessage()}</p>`
            : this.renderContent(model)
      }
    </div>`;
  }

  /** The placeholder while nothing is loaded yet; subclasses shape it like their content so nothing shifts. */
  protected renderLoading(): TemplateResult {
    return html`<div class="state-loading" part="loading">
      <span class="visually-hidden">${msg('Loading…', { id: 'state.loading' })}</span>
      <span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span>
    </div>`;
  }

  /**
   * The error state. Its retry button reloads the document (when reloading can help), or calls
   * `retry` when a subclass retries something else, such as a next page.
   */
  protected renderError(error: LoadError, retry?: () => void): TemplateResult {
    const canRetry = retry !== undefined || (error.reason !== 'no-source' && !this._inlineScript());
    return html`<div class="state-error" part="error" role="alert">
      <p>${this.errorMessage(error)}</p>
      ${
        canRetry
          ? html`<button class="button" part="retry-button" type="button" @click=${retry ?? (() => this.reload())}>
              ${msg('Try again', { id: 'action.retry' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** A sentence for people, in the page's language, saying what went wrong. */
  protected errorMessage(error: LoadError): string {
    switch (error.reason) {
      case 'network':
        return msg('The content could not be loaded. Check your connection and try again.', { id: 'error.network' });
      case 'timeout':
        return msg('The server took too long to answer. Please try again in a moment.', { id: 'error.timeout' });
      case 'http':
        return error.details.status === 404
          ? msg('The content was not found at its address (error 404).', { id: 'error.not-found' })
          : msg(str`The server could not provide the content (error ${error.details.status ?? ''}).`, {
              id: 'error.http',
            });
      case 'too-large':
        return msg('The content is too large to be shown here.', { id: 'error.too-large' });
      case 'invalid':
        return msg('The content could not be read because its data is damaged.', { id: 'error.invalid' });
      case 'format':
        return error.details.page
          ? msg('The address is a web page that links to no feed.', { id: 'error.page-without-feed' })
          : msg('The address does not hold content that this widget can show.', { id: 'error.format' });
      case 'no-source':
        return msg('There is no content to show: this widget was given no data.', { id: 'error.no-source' });
    }
  }

  /** Reports a failure of something the element loads besides its main document (a next page). */
  protected reportError(error: unknown): void {
    if (!(error instanceof LoadAbortedError)) this._fail(this._asLoadError(error));
  }

  /**
   * Takes back an error reported by {@link reportError} once what failed has succeeded (a retried
   * page): the error state goes and the content stays. Only for errors the subclass reported itself;
   * a failed main document is cleared by the next successful load.
   */
  protected clearError(): void {
    if (this.status !== 'error' || this.data === undefined) return;
    this.error = undefined;
    this._setStatus('ready');
  }

  private _touchesInlineData(record: MutationRecord): boolean {
    const isDataScript = (node: Node) =>
      node instanceof HTMLScriptElement && (this.constructor as typeof GovDataElement).inlineTypes.includes(node.type);
    const owner = record.target instanceof Element ? record.target : record.target.parentElement;
    return (owner !== null && isDataScript(owner)) || [...record.addedNodes, ...record.removedNodes].some(isDataScript);
  }

  private _inlineScript(): HTMLScriptElement | null {
    const types = (this.constructor as typeof GovDataElement).inlineTypes;
    for (const type of types) {
      const script = this.querySelector<HTMLScriptElement>(`:scope > script[type="${type}"]`);
      if (script) return script;
    }
    return null;
  }

  /** What relative links of inline data resolve against: `src` when the element has one, else the page. */
  private _inlineBaseUrl(): string {
    try {
      return new URL(this.src ?? '', document.baseURI).href;
    } catch {
      return document.baseURI;
    }
  }

  private _interpretInline(text: string, baseUrl: string, signal: AbortSignal): Model | Promise<Model> {
    // The same limit as a fetched document's: JSON.parse of more is a task the page would feel.
    if (text.length > defaultMaxBytes)
      throw new LoadError('too-large', `The inline data is over ${defaultMaxBytes} characters`);
    const interpret = () => this.interpret(this.parse(text), baseUrl, signal);
    const ready = this._scriptReady(text);
    return ready ? ready.then(interpret) : interpret();
  }

  /**
   * Content marked sr-Latn on a Cyrillic page waits for the Latin → Cyrillic converter, so that it
   * never shows a frame in Latin (on a Latin page, localeReady brings the other converter). Undefined
   * when nothing is to wait for; a converter that cannot load leaves the content as written.
   */
  private _scriptReady(text: string): Promise<void> | undefined {
    const { showsMarkedLatinInCyrillic } = this.constructor as typeof GovDataElement;
    if (!showsMarkedLatinInCyrillic || this.page.script !== 'cyrl' || converterLoaded('cyrl')) return undefined;
    return /sr-latn/i.test(text) ? loadConverter('cyrl').catch(() => undefined) : undefined;
  }

  /**
   * Shows the model `produce` gives for the document at `baseUrl`, at once when interpreting is
   * synchronous, unless the load was replaced meanwhile (its `signal` aborted).
   */
  private _accept(signal: AbortSignal, baseUrl: string, produce: () => Model | Promise<Model>): Promise<void> | void {
    const show = (model: Model) => {
      if (!signal.aborted) this._show(model, baseUrl);
    };
    const fail = (error: unknown) => {
      if (!signal.aborted) this._fail(this._asLoadError(error));
    };
    let model: Model | Promise<Model>;
    try {
      model = produce();
    } catch (error) {
      return fail(error);
    }
    if (!(model instanceof Promise)) return show(model);
    return model.then(show, fail);
  }

  private _show(model: Model, baseUrl: string): void {
    this.baseUrl = baseUrl;
    this.data = model;
    this.error = undefined;
    this._setStatus('ready');
    // Fired once the content is on screen, so a listener can already find it.
    void this.updateComplete.then(() =>
      this.dispatchEvent(govEvent<GovLoadDetail>('gov-load', this.loadDetail(model))),
    );
  }

  private _fail(error: LoadError): void {
    this.error = error;
    this._setStatus('error');
    console.warn(`<${this.localName}>: ${error.message}`);
    const detail: GovErrorDetail = {
      reason: error.reason,
      message: this.errorMessage(error),
      status: error.details.status,
      url: error.details.url,
    };
    void this.updateComplete.then(() => this.dispatchEvent(govEvent('gov-error', detail)));
  }

  private _asLoadError(error: unknown): LoadError {
    if (error instanceof LoadError) return error;
    return new LoadError('format', `The data could not be shown: ${String(error)}`, { cause: error });
  }

  private _setStatus(status: LoadStatus): void {
    if (this.status) this._internals.states.delete(this.status);
    this.status = status;
    this._internals.states.add(status);
  }
}
