import { isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
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
} from '../../page/load.js';
import { converterLoaded, loadConverter } from '../../page/content-script.js';
import { pageLanguage } from '../../localization.js';
import { emit, type GovErrorDetail, type GovLoadDetail } from '../../events.js';
import { loadErrorMessage } from './load-error.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The range of `timeout`: a healthy server answers within a second, and nobody waits two minutes. */
const minTimeout = 1_000;
const maxTimeout = 120_000;

/** The element: its `src`, and its `timeout` as given (milliseconds). */
export type DocumentHost = ReactiveControllerHost & HTMLElement & { src?: string; timeout: number };

/** What an element tells its {@link DocumentController}: how to read its document, and what to do with it. */
export interface DocumentOptions<Model> {
  /** The `type`s of an inline child `<script>` that holds the document, in order of preference. */
  inlineTypes: readonly string[];
  /** For documents that may be XML (RSS, Atom): `xmlFeeds` of load.ts. Without it, JSON only. */
  xml?: XmlSupport;
  /**
   * Whether content marked sr-Latn is shown in Cyrillic while Cyrillic is active (content-script's
   * rule): such a document then waits for the Latin → Cyrillic converter before it is first shown.
   */
  waitsForLatin: boolean;
  /**
   * Turns a parsed document into the model; throws (or rejects with) a LoadError with reason
   * `format` when it is not one. `signal` aborts when a newer load replaced this one.
   */
  interpret(document: ParsedDocument, baseUrl: string, signal: AbortSignal): Model | Promise<Model>;
  /** Feed autodiscovery: the feed a web page at `src` names; without it, a web page is a format error. */
  discoverFeed?(page: FetchedDocument): Promise<string | undefined>;
  /** What `gov-load` reports about a model. */
  detail(model: Model): GovLoadDetail;
  /** A load starts (what depends on the old document, such as a next page on its way, stops). */
  onRun?(): void;
  /** A model is about to be shown (before the render that shows it). */
  onComplete?(model: Model): void;
}

/**
 * Gets the document an element shows and says how it went, in the shape of `@lit/task`'s `Task`:
 * `run()` with an AbortSignal per run (a newer run aborts the older, whose result is then dropped
 * after every wait), `status`, `value`, `error`, and `render({ pending, complete, error })`.
 *
 * What it adds to Task, and why it is not Task itself: the last good `value` stays when a run fails
 * (the element keeps its content under the error), a synchronous read (inline data) is shown in the
 * same render that started it (no pending frame), and the element's custom states and its
 * `gov-load` / `gov-error` events follow the status. It reads the document from an inline
 * `<script>` child (watched for changes a CMS script makes) or fetches `src` with the element's
 * timeout, a size cap, charset decoding and an Accept header a CORS pre-flight never needs.
 */
export class DocumentController<Model> implements ReactiveController {
  status: LoadStatus = 'idle';
  /** The model of the last document that loaded; kept when a later run fails. */
  value?: Model;
  /** The failure shown as the document's error. */
  error?: LoadError;
  /** The URL the document came from, to resolve its relative links (the page's URL for inline data). */
  baseUrl = document.baseURI;

  /** The run in progress; a run whose signal is aborted was replaced (or its element left the page). */
  private _request?: AbortController;
  /** The `src` of the last run, undefined before the first. */
  private _ranFor?: { src?: string };
  /** The `timeout` last warned about, so that a wrong value is named once. */
  private _warnedTimeout?: number;
  private _inlineObserver?: MutationObserver;

  constructor(
    private readonly host: DocumentHost,
    private readonly options: DocumentOptions<Model>,
    /** The element's custom states, which follow {@link status}. */
    private readonly states?: CustomStateSet,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A CMS script may fill or replace the inline data after the element is on the page.
    this._inlineObserver = new MutationObserver((records) => {
      if (records.some((record) => this._touchesInlineData(record))) void this.run();
    });
    this._inlineObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Moved in the DOM while loading: the request was aborted on disconnect, so start it again.
    if (this._ranFor && this.status === 'loading') void this.run();
  }

  hostDisconnected(): void {
    this._inlineObserver?.disconnect();
    this._request?.abort();
  }

  /** Runs before each render: the first one, and one after `src` changed, load the document. */
  hostUpdate(): void {
    // On the server the prerenderer hands the document over (gov-widgets-cli's render-element.ts).
    if (isServer) return;
    const { src } = this.host;
    if (!this._ranFor || this._ranFor.src !== src) void this.run();
  }

  /** Loads the document (again). Resolves when it is shown or has failed. */
  async run(): Promise<void> {
    this._request?.abort();
    this.options.onRun?.();
    const inline = this._inlineScript();
    const { src } = this.host;
    this._ranFor = { src };
    if (!inline && !src) {
      this._fail(new LoadError('no-source', `<${this.host.localName}> has no src attribute and no inline data`));
      return;
    }
    const request = new AbortController();
    const { signal } = request;
    this._request = request;
    this._setStatus('loading');
    try {
      if (inline) {
        const baseUrl = this._inlineBaseUrl();
        await this._accept(signal, baseUrl, () => this._readInline(inline.textContent ?? '', baseUrl, signal));
        return;
      }
      let fetched = await this.fetch(src!, signal);
      if (this.options.discoverFeed && isHtmlPage(fetched.text)) {
        // A web page: its own <link rel="alternate"> names the feed to show. Followed once: another
        // page there (the same one included) is a format error.
        const feedUrl = await this.options.discoverFeed(fetched);
        if (signal.aborted) return;
        if (!feedUrl)
          throw new LoadError('format', `${fetched.url} is a web page with no <link rel="alternate"> to a feed`, {
            url: fetched.url,
            page: true,
          });
        fetched = await this.fetch(feedUrl, signal);
      }
      // this.fetch has already waited for the converter the document's content needs: a newer run
      // may have started meanwhile.
      if (signal.aborted) return;
      const { text, url } = fetched;
      await this._accept(signal, url, () => this.read(text, url, signal));
    } catch (error) {
      if (!signal.aborted) this._fail(asLoadError(error));
    } finally {
      if (this._request === request) this._request = undefined;
    }
  }

  /**
   * Fetches a document with the element's timeout, and waits for the converter its content needs;
   * for next pages too.
   */
  async fetch(url: string, signal?: AbortSignal): Promise<FetchedDocument> {
    const { inlineTypes, xml } = this.options;
    const fetched = await fetchDocument(new URL(url, document.baseURI).href, {
      signal,
      timeout: this._timeout(),
      accept: acceptHeader([...inlineTypes, ...(xml?.types ?? [])]),
      declaredEncoding: xml?.encoding,
    });
    await this._latinReady(fetched.text);
    return fetched;
  }

  /** Parses and interprets a document's text by the element's rules: the model, or a LoadError. */
  read(text: string, baseUrl: string, signal: AbortSignal): Model | Promise<Model> {
    return this.options.interpret(parseDocument(text, { xml: this.options.xml?.parse }), baseUrl, signal);
  }

  /** Whether reloading could mend `error`: not when there is nothing to load, nor for inline data. */
  canRetry(error: LoadError): boolean {
    return error.reason !== 'no-source' && !this._inlineScript();
  }

  /**
   * Reports the failure of something the element loads besides its document (a next page, a module
   * loaded on demand): the console, `gov-error` and `:state(error)`, the content kept. The caller
   * shows it where it belongs, unless `shownAsDocumentError`. Undefined for an aborted load, which is
   * never reported.
   */
  report(error: unknown, shownAsDocumentError = false): LoadError | undefined {
    if (error instanceof LoadAbortedError) return undefined;
    const failure = asLoadError(error);
    this._fail(failure, shownAsDocumentError);
    return failure;
  }

  /** Takes back a reported failure once what failed has succeeded: the content stays, the state is ready again. */
  recover(): void {
    if (this.status !== 'error' || this.value === undefined) return;
    this.error = undefined;
    this._setStatus('ready');
  }

  /**
   * The error (above everything, while the status is `error`), then the content: `complete` with the
   * last good model, else `pending` while there is none yet.
   */
  render(renderers: { pending(): unknown; complete(model: Model): unknown; error(error: LoadError): unknown }) {
    const { status, value, error } = this;
    return [
      status === 'error' && error ? renderers.error(error) : nothing,
      value !== undefined
        ? renderers.complete(value)
        : status === 'loading' || status === 'idle'
          ? renderers.pending()
          : nothing,
    ];
  }

  /** `timeout` as used: a wrong value is named once in the console and replaced. */
  private _timeout(): number {
    const { timeout } = this.host;
    const used = timeout > 0 ? Math.min(maxTimeout, Math.max(minTimeout, timeout)) : defaultTimeout;
    if (used !== timeout && !Object.is(this._warnedTimeout, timeout)) {
      this._warnedTimeout = timeout;
      console.warn(
        `<${this.host.localName}>: timeout="${this.host.getAttribute('timeout') ?? timeout}" is not a time from ${minTimeout} to ${maxTimeout} milliseconds: ${used} ms are used`,
      );
    }
    return used;
  }

  private _touchesInlineData(record: MutationRecord): boolean {
    const isDataScript = (node: Node) =>
      node instanceof HTMLScriptElement && this.options.inlineTypes.includes(node.type);
    const owner = record.target instanceof Element ? record.target : record.target.parentElement;
    return (owner !== null && isDataScript(owner)) || [...record.addedNodes, ...record.removedNodes].some(isDataScript);
  }

  private _inlineScript(): HTMLScriptElement | null {
    for (const type of this.options.inlineTypes) {
      const script = this.host.querySelector<HTMLScriptElement>(`:scope > script[type="${type}"]`);
      if (script) return script;
    }
    return null;
  }

  /** For the prerenderer, on the server: shows `model`, read from the document at `baseUrl`, as a load would. */
  prerender(model: Model, baseUrl: string): void {
    this.baseUrl = baseUrl;
    this.value = model;
    this.status = 'ready';
    this.options.onComplete?.(model);
  }

  /** What relative links of inline data resolve against: `src` when the element has one, else the page. */
  private _inlineBaseUrl(): string {
    try {
      return new URL(this.host.src ?? '', document.baseURI).href;
    } catch {
      return document.baseURI;
    }
  }

  private _readInline(text: string, baseUrl: string, signal: AbortSignal): Model | Promise<Model> {
    // The same limit as a fetched document's: JSON.parse of more is a task the page would feel.
    if (text.length > defaultMaxBytes)
      throw new LoadError('too-large', `The inline data is over ${defaultMaxBytes} characters`);
    const read = () => this.read(text, baseUrl, signal);
    const ready = this._latinReady(text);
    return ready ? ready.then(read) : read();
  }

  /**
   * Content marked sr-Latn on a Cyrillic page waits for the Latin → Cyrillic converter, so that it
   * never shows a frame in Latin (on a Latin page, localeReady brings the other converter). Undefined
   * when nothing is to wait for; a converter that cannot load leaves the content as written.
   */
  private _latinReady(text: string): Promise<void> | undefined {
    if (!this.options.waitsForLatin || pageLanguage().script !== 'cyrl' || converterLoaded('cyrl')) return undefined;
    return /sr-latn/i.test(text) ? loadConverter('cyrl').catch(() => undefined) : undefined;
  }

  /**
   * Shows the model `produce` gives for the document at `baseUrl`, at once when reading is
   * synchronous, unless the run was replaced meanwhile (its `signal` aborted).
   */
  private _accept(signal: AbortSignal, baseUrl: string, produce: () => Model | Promise<Model>): Promise<void> | void {
    const show = (model: Model) => {
      if (!signal.aborted) this._show(model, baseUrl);
    };
    const fail = (error: unknown) => {
      if (!signal.aborted) this._fail(asLoadError(error));
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
    this.value = model;
    this.error = undefined;
    this.options.onComplete?.(model);
    this._setStatus('ready');
    // Fired once the content is on screen, so a listener can already find it.
    void this.host.updateComplete.then(() => emit(this.host, 'gov-load', this.options.detail(model)));
  }

  private _fail(error: LoadError, shownAsDocumentError = true): void {
    if (shownAsDocumentError) this.error = error;
    this._setStatus('error');
    console.warn(`<${this.host.localName}>: ${error.message}`);
    const detail: GovErrorDetail = {
      reason: error.reason,
      message: loadErrorMessage(error),
      status: error.details.status,
      url: error.details.url,
    };
    void this.host.updateComplete.then(() => emit(this.host, 'gov-error', detail));
  }

  private _setStatus(status: LoadStatus): void {
    this.states?.delete(this.status);
    this.status = status;
    this.states?.add(status);
    this.host.requestUpdate();
  }
}

function asLoadError(error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  return new LoadError('format', `The data could not be shown: ${String(error)}`, { cause: error });
}
