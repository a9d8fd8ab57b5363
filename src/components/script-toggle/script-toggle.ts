import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { isSerbian, scriptOfTag, type Script } from '../../core/locale.js';
import { converterLoaded, loadConverter } from '../../page/content-script.js';
import { followScript, parseScript, readChosenScript, restoreScript, setScript } from '../../page/page-script.js';
import { canShowAuthoredText, showAuthoredText } from '../../page/authored-text.js';
import { onDemand } from '../../page/on-demand.js';
import { isExternal, safeUrl } from '../../core/url.js';
import { GovElement } from '../shared/gov-element.js';
import { sharedStyles } from '../shared/shared.styles.js';
import type { PageConverterRuntime, Region } from './page-converter.js';
import { scriptToggleStyles } from './script-toggle.styles.js';

/** `convert`: the page switches in place. `link`: each script is its own URL. */
export type ScriptToggleMode = 'convert' | 'link';

/** The options' own names: each is written in its script and never converted or translated. */
const optionLabels: Record<Script, string> = { cyrl: 'ћирилица', latn: 'latinica' };
const optionTags: Record<Script, string> = { cyrl: 'sr-Cyrl', latn: 'sr-Latn' };

/**
 * The page converter is a module of its own (a sibling file of the one-file bundle), fetched as
 * soon as a toggle converts, in parallel with the translations and the script converters; it
 * borrows this copy's script state and converters (docs/decisions/0006).
 */
const pageConverter = onDemand('the page converter of the script toggle', () => import('./page-converter.js'));
const runtime: PageConverterRuntime = {
  followScript,
  converterLoaded,
  loadConverter,
  canShowAuthoredText,
  showAuthoredText,
};

/**
 * The "ћирилица | latinica" switch of Serbian government pages. In the default `convert` mode it
 * sets the page-wide script (which every gov-widgets element follows) and shows the light DOM of
 * its `target` in that script: text and the attributes people read, only where the language is
 * Serbian, losslessly (switching back restores every original byte for byte) and live (text the
 * page adds later is converted before it is painted). The choice is stored and restored on the
 * next page; `?script=latn` or `?script=cyrl` in the URL wins over it.
 *
 * With `mode="link"` the options are links to the two versions of the page (`href-cyrl`,
 * `href-latn`), for sites that publish each script at its own URL; nothing is converted then.
 *
 * The toggle belongs to Serbian: where what it would convert is in another language (a Hungarian
 * page, or a `target` marked `lang="en"`), it converts nothing and shows only as links to the
 * Serbian versions, whatever its mode, and not at all when it has no usable `href-cyrl` or
 * `href-latn`. It follows a change of `<html lang>` live.
 *
 * Its light-DOM children (e.g. the same two links, for readers without JavaScript) are not shown
 * once the element is defined. See docs/script-toggle.md.
 *
 * @tagname gov-script-toggle
 * @summary Switches the page and every widget between ћирилица and latinica.
 *
 * @fires gov-script-change - On document, before a switch; cancelable (preventDefault() keeps the current script). Detail: `{ script, previous }`: the script asked for and the one shown so far (null: none chosen on a non-Serbian page).
 * @fires gov-script-changed - On document, after a switch, once the page shows the new script. Detail: `{ script, previous }`.
 *
 * @csspart group - The labelled group around the two options.
 * @csspart option - Each option: a button, or a link in link mode.
 * @csspart option-cyrl - The "ћирилица" option.
 * @csspart option-latn - The "latinica" option.
 * @csspart active - The option of the script shown now.
 * @csspart separator - The "|" between the options.
 *
 * @cssstate hidden - Nothing to offer: a page in another language and no link to the Serbian versions (the host is `display: none`).
 *
 * @cssprop [--gov-script-toggle-color=inherit] - Text colour of the options.
 * @cssprop [--gov-script-toggle-active-color=var(--gov-script-toggle-color)] - Text colour of the active option.
 * @cssprop [--gov-script-toggle-active-font-weight=700] - Weight of the active option.
 * @cssprop [--gov-script-toggle-separator-color=currentColor] - Colour of the "|".
 * @cssprop [--gov-script-toggle-gap=0.125em] - Space around the "|".
 * @cssprop [--gov-script-toggle-padding=0.125em 0.25em] - Padding of each option.
 * @cssprop [--gov-focus-color=currentColor] - Focus ring colour (by default the text colour, which contrasts with any header the toggle sits on).
 * @cssprop [--gov-focus-width=0.1875em] - Focus ring width.
 * @cssprop [--gov-radius=0.25em] - Corner radius of the focus ring.
 */
export class GovScriptToggle extends GovElement {
  static override styles = [sharedStyles, scriptToggleStyles];

  // Declared here rather than with decorators, as in GovDataElement: the decorator helpers cost every page bytes.
  static override properties = {
    mode: {},
    target: {},
    source: {},
    hrefCyrl: { attribute: 'href-cyrl' },
    hrefLatn: { attribute: 'href-latn' },
    _announced: { state: true },
    _unavailable: { state: true },
  };

  /** `convert` (default): switch the page in place. `link`: the options are links to the page in each script. */
  mode: ScriptToggleMode = 'convert';

  /** CSS selector of the region(s) to convert; default: the whole page (`<body>` and the document title). */
  target?: string;

  /**
   * The script the region is written in: `cyrl` or `latn`. Default: the script its `lang` names
   * (`sr-Latn` → latn), else `cyrl`. Elements inside with `lang="sr-Latn"` or `lang="sr-Cyrl"` say
   * their own.
   */
  source?: Script;

  /** Link mode: the address of the Cyrillic version of the page. */
  hrefCyrl?: string;

  /** Link mode: the address of the Latin version of the page. */
  hrefLatn?: string;

  private readonly _internals = this.attachInternals();

  /** The script of the last switch made here, told to screen readers through the status region. */
  private _announced?: Script;

  /** A script asked for whose parts could not load: the status region says it is not available. */
  private _unavailable?: Script;

  /** The script asked for while its parts are on their way. */
  private _pending?: Script;

  private _region?: Region;
  private _regionKey?: string;
  private _waitingForDocument = false;
  /** While the page converter is on its way for the region. */
  private _attaching?: Promise<void>;

  override connectedCallback(): void {
    // Before the widgets read the page state for their first render.
    if (!this._isLinkMode) restoreScript();
    super.connectedCallback();
    this._attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._detach();
  }

  /**
   * Shows the page in `script`, as a click on its option does: fires `gov-script-change` (which a
   * listener may cancel), then switches. Returns false when the switch was cancelled. In link mode
   * nothing switches (the options are links) and this returns false.
   *
   * The switch happens once the parts it needs are here (the page converter and, for Latin, the
   * converter into Latin; both are usually fetched before the reader clicks). When one cannot load,
   * nothing switches: the page, the widgets and the pressed option keep showing the script the page
   * is in, the status region says so, and the console names the missing file.
   */
  selectScript(script: Script): boolean {
    if (this._isLinkMode || parseScript(script) === null) return false;
    // The script shown without a choice can still be chosen: the choice is then stored, and Serbian
    // written in the other script (lang="sr-Latn" on a Cyrillic page) follows it.
    if (script === readChosenScript()) return true;
    if (pageConverter.loaded && (script === 'cyrl' || converterLoaded(script))) return this._switch(script);
    this._pending = script;
    Promise.all([pageConverter(), script === 'latn' ? loadConverter(script) : undefined]).then(
      () => {
        if (this._pending === script) this._switch(script);
      },
      () => {
        if (this._pending !== script) return;
        this._pending = undefined;
        this._unavailable = script;
      },
    );
    return true;
  }

  private _switch(script: Script): boolean {
    this._pending = undefined;
    this._unavailable = undefined;
    const switched = setScript(script);
    if (switched) this._announced = script;
    return switched;
  }

  /** Also waits for the page converter, so that "updated" means the region shows the page-wide script. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this._attaching) return complete;
    await this._attaching;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Also when the page's language changed: a page that stops being Serbian turns a toggle into links.
    if (this.isConnected) this._attach();
    super.willUpdate(changed);
  }

  protected override render(): TemplateResult | typeof nothing {
    const serbian = this._convertsSerbian();
    const link = this._asksForLinks || !serbian;
    const hidden = !serbian && !this._href('cyrl') && !this._href('latn');
    if (hidden) this._internals.states.add('hidden');
    else this._internals.states.delete('hidden');
    if (hidden) return nothing;
    const current = link ? this._linkedScript() : this._activeScript();
    // On a page in another language the links lead to the Serbian pages, and the group says so.
    const label = serbian
      ? msg('Script', { id: 'script-toggle.label' })
      : msg('In Serbian', { id: 'script-toggle.label-serbian' });
    return html`<div class="group" role="group" part="group" aria-label=${label}>
        ${this._option('cyrl', current, link)}<span class="separator" part="separator" aria-hidden="true">|</span
        >${this._option('latn', current, link)}
      </div>
      ${link ? nothing : html`<span class="visually-hidden" role="status">${this._announcement()}</span>`}`;
  }

  private _option(script: Script, current: Script | null, link: boolean): TemplateResult {
    const active = script === current;
    const classes = active ? 'option active' : 'option';
    const parts = `option option-${script}${active ? ' active' : ''}`;
    if (!link) {
      return html`<button
        type="button"
        class=${classes}
        part=${parts}
        lang=${optionTags[script]}
        aria-pressed=${active ? 'true' : 'false'}
        @click=${() => this.selectScript(script)}
      >
        ${optionLabels[script]}
      </button>`;
    }
    const href = this._href(script);
    if (!href)
      return html`<span class=${classes} part=${parts} lang=${optionTags[script]}>${optionLabels[script]}</span>`;
    return html`<a
      class=${classes}
      part=${parts}
      href=${href}
      lang=${optionTags[script]}
      hreflang=${optionTags[script]}
      rel=${isExternal(href, document.URL) ? 'noopener noreferrer' : nothing}
      aria-current=${ifDefined(active ? 'page' : undefined)}
      >${optionLabels[script]}</a
    >`;
  }

  private _announcement(): string {
    if (this._unavailable === 'latn')
      return msg('The Latin script could not be loaded; the page stays in Cyrillic.', {
        id: 'script-toggle.unavailable-latn',
      });
    if (this._unavailable === 'cyrl')
      return msg('The Cyrillic script could not be loaded; the page stays in Latin.', {
        id: 'script-toggle.unavailable-cyrl',
      });
    if (this._announced === 'latn')
      return msg('The page is shown in the Latin script.', { id: 'script-toggle.shown-latn' });
    if (this._announced === 'cyrl')
      return msg('The page is shown in the Cyrillic script.', { id: 'script-toggle.shown-cyrl' });
    return '';
  }

  /** The usable address of the version in `script` (link mode). */
  private _href(script: Script): string | undefined {
    return safeUrl(script === 'cyrl' ? this.hrefCyrl : this.hrefLatn, document.baseURI);
  }

  private get _asksForLinks(): boolean {
    return String(this.mode).trim().toLowerCase() === 'link';
  }

  /** Link mode: asked for, or because what the toggle would convert is not Serbian. */
  private get _isLinkMode(): boolean {
    return this._asksForLinks || !this._convertsSerbian();
  }

  /**
   * Whether what the toggle converts is Serbian, or of no declared language: the page (`<html
   * lang>`), or with a `target`, any region it matches (each by its nearest `lang`).
   */
  private _convertsSerbian(): boolean {
    const serbian = (lang: string | null | undefined) => !lang || isSerbian(lang);
    const roots = (this.target && this._targetRoots()) || [];
    return roots.length
      ? roots.some((root) => serbian(root.closest('[lang]')?.getAttribute('lang')))
      : serbian(this.page.lang);
  }

  /** The script the region shows: the page-wide choice, else the one it is written in. */
  private _activeScript(): Script {
    return (
      readChosenScript() ??
      (this._region && pageConverter.loaded
        ? pageConverter.loaded.authoredScript(this._region)
        : (this.page.script ?? parseScript(this.source) ?? 'cyrl'))
    );
  }

  /** Link mode: the version this page is, as its `<html lang>` says; none on a page in another language. */
  private _linkedScript(): Script | null {
    const lang = this.page.lang;
    return isSerbian(lang) ? scriptOfTag(lang) : null;
  }

  private _attach(): void {
    const key = this._isLinkMode ? 'link' : `${this.target ?? ''}\n${parseScript(this.source) ?? ''}`;
    if (key === this._regionKey) return;
    this._detach();
    if (this._isLinkMode) {
      this._regionKey = key;
      return;
    }
    pageConverter().catch(() => undefined);
    if (document.readyState === 'loading') {
      // Not while the parser is still writing the page: it appends to text nodes without telling
      // observers, so a node converted now could come out half converted. (A module script runs
      // after parsing; only an early classic or async script gets here.)
      if (!this._waitingForDocument) {
        this._waitingForDocument = true;
        document.addEventListener(
          'DOMContentLoaded',
          () => {
            this._waitingForDocument = false;
            if (this.isConnected) this._attach();
          },
          { once: true },
        );
      }
      return;
    }
    const roots = this._findRoots();
    if (!roots.length && this.target)
      console.warn(`gov-script-toggle: target "${this.target}" matches nothing on this page.`);
    this._regionKey = key;
    this._attachRegion((this._region = { roots, source: parseScript(this.source) }));
  }

  /** Converts the region at once when the page converter is here, else as soon as it arrives. */
  private _attachRegion(region: Region): void {
    if (pageConverter.loaded) {
      pageConverter.loaded.attachRegion(region, runtime);
      this.requestUpdate();
      return;
    }
    const attaching: Promise<void> = pageConverter()
      .then(
        () => {
          if (this._region === region) this._attachRegion(region);
        },
        // The console names the missing file (onDemand); the page stays as written.
        () => undefined,
      )
      .finally(() => {
        if (this._attaching === attaching) this._attaching = undefined;
      });
    this._attaching = attaching;
  }

  private _detach(): void {
    if (this._region) pageConverter.loaded?.detachRegion(this._region);
    this._region = undefined;
    this._regionKey = undefined;
  }

  private _findRoots(): Element[] {
    if (!this.target) {
      const title = document.head?.querySelector(':scope > title');
      return [document.body, title].filter((root): root is HTMLElement => !!root);
    }
    const roots = this._targetRoots();
    if (!roots)
      console.warn(`gov-script-toggle: target "${this.target}" is not a valid CSS selector; nothing is converted.`);
    return roots ?? [];
  }

  /** What `target` matches; undefined when it is not a valid selector. */
  private _targetRoots(): Element[] | undefined {
    try {
      return [...document.querySelectorAll(this.target!)];
    } catch {
      return undefined;
    }
  }
}
