import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import {
  defaultTimeout,
  type FetchedDocument,
  type LoadError,
  type ParsedDocument,
  type XmlSupport,
} from '../../page/load.js';
import type { GovLoadDetail } from '../../events.js';
import { DocumentController } from './document-controller.js';
import { GovElement } from './gov-element.js';
import { renderLoadError } from './load-error.js';

export type { LoadStatus } from './document-controller.js';

/**
 * The base of the elements that show a document: the `src` and `timeout` attributes, and the shared
 * loading, error and empty states around the content. Getting the document (inline data or `src`,
 * abort, timeout, size cap, charset, converter waits, states and events) is its
 * {@link DocumentController}'s; a failed reload keeps the last good content on screen.
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

  /** Gets the document and keeps its model, status and error. */
  protected readonly documents: DocumentController<Model>;

  constructor() {
    super();
    const { inlineTypes, xml, showsMarkedLatinInCyrillic } = this.constructor as typeof GovDataElement;
    this.documents = new DocumentController<Model>(
      this,
      {
        inlineTypes,
        xml,
        waitsForLatin: showsMarkedLatinInCyrillic,
        interpret: (document, baseUrl, signal) => this.interpret(document, baseUrl, signal),
        discoverFeed: this.discoverFeed && ((page) => this.discoverFeed!(page)),
        detail: (model) => this.loadDetail(model),
        onRun: () => this.willLoad(),
        onComplete: (model) => this.loaded(model),
      },
      this.attachInternals().states,
    );
  }

  /** Loads the data again (the retry button calls this). Resolves when it is shown or has failed. */
  reload(): Promise<void> {
    return this.documents.run();
  }

  /**
   * A prerendered element hydrates its server-rendered content, which Lit's hydrate support requires
   * its first render to match: so that render waits for the inline data the prerenderer embedded.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.prerendered && !this.hasUpdated) await this.documents.run();
    return super.scheduleUpdate();
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

  /** A load starts: what belongs to the document shown so far (a next page on its way) stops. */
  protected willLoad(): void {}

  /** A new document's model is about to be shown (before the render that shows it). */
  protected loaded(_model: Model): void {}

  /** The empty state's sentence; subclasses say what is missing ("No news yet"). */
  protected emptyMessage(): string {
    return msg('Nothing to show yet.', { id: 'state.empty' });
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" aria-busy=${this.documents.status === 'loading' ? 'true' : 'false'}>
      ${this.documents.render({
        pending: () => this.renderLoading(),
        complete: (model) =>
          this.isEmpty(model)
            ? html`<p class="state-empty" part="empty">${this.emptyMessage()}</p>`
            : this.renderContent(model),
        error: (error) => this.renderError(error),
      })}
    </div>`;
  }

  /** The placeholder while nothing is loaded yet; subclasses shape it like their content so nothing shifts. */
  protected renderLoading(): TemplateResult {
    return html`<div class="state-loading" part="loading">
      <span class="visually-hidden">${msg('Loading…', { id: 'state.loading' })}</span>
      <span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span>
    </div>`;
  }

  /** The document's error state; its retry button reloads the document, when reloading can help. */
  protected renderError(error: LoadError): TemplateResult {
    return renderLoadError(error, this.documents.canRetry(error) ? () => this.reload() : undefined);
  }
}
