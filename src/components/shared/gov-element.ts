import { LitElement, type PropertyValues } from 'lit';
import {
  converterLoaded,
  converterNeeded,
  langInScript,
  loadConverter,
  textInScript,
} from '../../page/content-script.js';
import { localeReady, onPageLanguageChange, pageLanguage, type PageLanguage } from '../../localization.js';
import { sharedStyles } from './shared.styles.js';

/**
 * The base of every gov-widgets element: it renders in the page's UI language from the first
 * frame, re-renders when `<html lang>` or the page-wide script changes, and shows Serbian content
 * in the active script.
 */
export class GovElement extends LitElement {
  static override styles = [sharedStyles];

  private _stopFollowingPage?: () => void;

  /** Shows the element's own light-DOM content until the first render (see {@link createRenderRoot}). */
  private _fallbackSlot?: HTMLSlotElement;

  /**
   * The page arrived with this element already rendered (a declarative shadow root written by
   * `gov-widgets-cli render`): its first render hydrates that content rather than replacing it.
   */
  protected prerendered = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this._stopFollowingPage = onPageLanguageChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopFollowingPage?.();
  }

  /**
   * The shadow root starts with a slot, so the light-DOM fallback content the page put inside the
   * element (the news list, the photo links, the address) stays on screen until the first render,
   * which waits for the page's translations: no frame with nothing in it, and nothing below the
   * element jumps up and back. A prerendered element already shows its content: its shadow root is
   * kept as the page parsed it, for Lit's hydrate support to take over (ADR 0008).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.prerendered = this.shadowRoot !== null;
    const root = super.createRenderRoot();
    // Without the hydrate support (gov-widgets-hydrate.js missing), Lit would render beside the
    // server's content: the element starts afresh instead, showing its content twice never.
    if (this.prerendered && !('litElementHydrateSupport' in globalThis)) {
      root.replaceChildren();
      this.renderOptions.renderBefore = null;
    }
    if (!this.prerendered) {
      this._fallbackSlot = document.createElement('slot');
      root.append(this._fallbackSlot);
    }
    return root;
  }

  protected override update(changed: PropertyValues): void {
    this._fallbackSlot?.remove();
    this._fallbackSlot = undefined;
    super.update(changed);
  }

  /** Waits for the page's translations before each render, so no frame is ever in the wrong language. */
  protected override async scheduleUpdate(): Promise<void> {
    await localeReady();
    // Each element's first render is a task of its own: the widgets of a page never block input
    // together in one long task.
    if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    super.scheduleUpdate();
  }

  /** The page's language, script and UI locale. */
  protected get page(): PageLanguage {
    return pageLanguage();
  }

  /** Content text as it is shown: Serbian follows the active script, anything else stays as written. */
  protected inScript(text: string, contentLang: string | undefined): string {
    const { script } = this.page;
    const needed = converterNeeded(contentLang, script);
    if (needed && !converterLoaded(needed)) {
      // Shown as written for the moment the converter takes to arrive, then converted; as written
      // for good when it cannot load (the console says which file is missing).
      loadConverter(needed).then(
        () => this.requestUpdate(),
        () => undefined,
      );
    }
    return textInScript(text, contentLang, script);
  }

  /** The `lang` of content shown through {@link inScript}. */
  protected langInScript(contentLang: string | undefined): string | undefined {
    return langInScript(contentLang, this.page.script);
  }
}
