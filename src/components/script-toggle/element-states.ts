/**
 * Which text of the page is Serbian, and so converts: decided top-down, in one walk, from the state
 * each element passes to its children (language, authored script, translate, excluded), never by a
 * per-node closest() or getComputedStyle. The page converter (page-converter.ts) walks with it.
 */
import { explicitScriptOfTag, isSerbian, type Script } from '../../core/locale.js';
import { optOutAttribute } from '../../page/page-script.js';

// The state an element passes to its children, as bits.
/** Written in Latin (else Cyrillic). */
export const LATN = 1;
/** `translate` is on. */
export const TRANSLATE = 2;
/** The language is Serbian. */
export const SERBIAN = 4;
/** Inside an opted-out, editable or never-converted element: nothing below converts, whatever its language. */
export const EXCLUDED = 8;
/** Returned for an element whose own attributes convert but whose content never does (code, pre...). */
export const CONTENT_EXCLUDED = 16;
/** Inside an `<option>`, whose text may be the value its form submits. */
export const IN_OPTION = 32;
const CONVERTS = SERBIAN | TRANSLATE;

export const converts = (state: number) => (state & (CONVERTS | EXCLUDED)) === CONVERTS;
export const authoredIn = (state: number): Script => (state & LATN ? 'latn' : 'cyrl');

/** Elements whose content is code, data or someone else's (never converted), and options. */
export const skipped = new Map<string, number>([
  ...['script', 'style', 'template', 'noscript', 'iframe', 'gov-script-toggle'].map((tag) => [tag, EXCLUDED] as const),
  // Their attributes (title, placeholder) are labels for people, but their content is code, literal text or the
  // reader's input.
  ...['code', 'pre', 'kbd', 'samp', 'var', 'tt', 'xmp', 'listing', 'plaintext', 'textarea'].map(
    (tag) => [tag, CONTENT_EXCLUDED] as const,
  ),
  ['option', IN_OPTION],
]);

/**
 * The attributes the converter shows in the target script: those people read (converted like text;
 * `value` and `label` only where they are labels, see form-values.ts), then the language tags (retagged).
 */
export const shownAttributes = [
  'title',
  'alt',
  'placeholder',
  'aria-label',
  'aria-description',
  'value',
  'label',
  'lang',
  'xml:lang',
];
export const languageAttributesFrom = shownAttributes.indexOf('lang');
const shownAttributeBits = new Map(shownAttributes.map((name, index) => [name, 1 << index]));
/** Attributes that change what a whole subtree is (its language, or whether it converts at all). */
export const stateAttributes = ['lang', 'xml:lang', 'translate', optOutAttribute, 'contenteditable'];

/** What the states are read against: the converter's knowledge of the page. */
export interface StateSources {
  /** An attribute's value as the page wrote it (the converter may show a retagged `lang`). */
  originalAttribute(element: Element, name: string): string | null;
  /** The script a toggle's `source` names for this root, if any. */
  sourceOf(element: Element): Script | undefined;
}

export class ElementStates {
  /**
   * Above <html>: translatable, and Cyrillic unless a tag or `source` says otherwise; Serbian only on a
   * page that names no language but is Serbian (the converter decides, see page-converter.ts).
   */
  documentState = TRANSLATE;
  /** Which of shownAttributes the element last given to stateOf carries (bit i for index i). */
  attributesFound = 0;

  readonly #sources: StateSources;

  constructor(sources: StateSources) {
    this.#sources = sources;
  }

  /**
   * The state `element` has itself (before CONTENT_EXCLUDED turns into EXCLUDED for its children).
   * Leaves in `attributesFound` which of {@link shownAttributes} it carries (bit i for index i), from one
   * read of its attribute names rather than a lookup per name.
   */
  stateOf(element: Element, above: number): number {
    this.attributesFound = 0;
    const kind = above & EXCLUDED ? EXCLUDED : (skipped.get(element.localName) ?? 0);
    if (!element.hasAttributes()) return kind === EXCLUDED ? above | EXCLUDED : this.#withSource(element, above) | kind;
    let lang: string | null = null;
    let xmlLang: string | null = null;
    let translate: string | null = null;
    let excluded = kind === EXCLUDED;
    let attributes = 0;
    for (const name of element.getAttributeNames()) {
      const bit = shownAttributeBits.get(name);
      if (bit !== undefined) attributes |= bit;
      if (name === 'lang') lang = this.#sources.originalAttribute(element, name);
      else if (name === 'xml:lang') xmlLang = this.#sources.originalAttribute(element, name);
      else if (name === 'translate') translate = element.getAttribute(name)!.trim().toLowerCase();
      else if (name === optOutAttribute || (name === 'contenteditable' && isEditable(element))) excluded = true;
    }
    this.attributesFound = attributes;
    if (above & EXCLUDED) return above;
    let state = above;
    lang ??= xmlLang;
    if (lang !== null) {
      if (isSerbian(lang)) {
        const script = explicitScriptOfTag(lang);
        state =
          script === null ? state | SERBIAN : script === 'latn' ? state | SERBIAN | LATN : (state | SERBIAN) & ~LATN;
      } else state &= ~SERBIAN;
    }
    if (translate === 'no') state &= ~TRANSLATE;
    else if (translate === 'yes' || translate === '') state |= TRANSLATE;
    if (excluded) return state | EXCLUDED;
    return this.#withSource(element, state) | kind;
  }

  /** The state of `element` itself, computed from the top of the document. */
  ownState(element: Element): number {
    const parent = element.parentElement;
    return this.stateOf(element, parent ? this.innerState(parent) : this.documentState) & ~CONTENT_EXCLUDED;
  }

  /** The state `element` passes to its children, computed from the top of the document. */
  innerState(element: Element): number {
    const chain: Element[] = [];
    for (let at: Element | null = element; at !== null; at = at.parentElement) chain.push(at);
    let state = this.documentState;
    for (let index = chain.length - 1; index >= 0; index--) {
      const own = this.stateOf(chain[index], state);
      state = own & CONTENT_EXCLUDED ? (own & ~CONTENT_EXCLUDED) | EXCLUDED : own;
    }
    return state;
  }

  /** A toggle's `source` names the script of its root, whatever the root's language tags say. */
  #withSource(element: Element, state: number): number {
    const source = this.#sources.sourceOf(element);
    return source === undefined ? state : source === 'latn' ? state | LATN : state & ~LATN;
  }
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.trim().toLowerCase() !== 'false';
}
