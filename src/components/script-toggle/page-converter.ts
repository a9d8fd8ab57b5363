/**
 * Shows the light DOM of the toggles' regions in the page-wide script: text nodes and the label
 * attributes of Serbian content are converted, every original is kept (a WeakMap from each Text
 * or Attr node to what the page wrote) and put back byte for byte on the way back, and text that
 * the page adds or changes later is converted in a MutationObserver callback, before it is painted.
 *
 * This module holds the one converter of this copy of the bundle, shared by all its toggles: its regions,
 * its walk and its observers. Which text is Serbian is element-states.ts; what the page wrote, kept
 * for the way back, is originals.ts; form values (what a form submits stays as written) form-values.ts;
 * the guard against a page that writes back every change write-back-guard.ts.
 *
 * The toggle loads it when it attaches a region (in the one-file bundle it is a sibling file). It
 * borrows the followers of the page-wide script and the converters of the copy of the suite that loads it
 * ({@link PageConverterRuntime}, docs/decisions/0006).
 */
import { retagScript, type Script } from '../../core/locale.js';
import { looksSerbianCyrillic } from '../../core/serbian-text.js';
import { readChosenScript, scriptAttribute } from '../../page/page-script.js';
import { whenIdle } from '../../page/idle.js';
import { checkPins, forgetPin, labelIsShown, optionTextChanged, valueIsLabel } from './form-values.js';
import type { SuiteRuntime } from '../shared/runtime.js';
import {
  authoredIn,
  CONTENT_EXCLUDED,
  converts,
  ElementStates,
  EXCLUDED,
  IN_OPTION,
  LATN,
  languageAttributesFrom,
  SERBIAN,
  shownAttributes,
  skipped,
  stateAttributes,
  TRANSLATE,
} from './element-states.js';
import { Originals } from './originals.js';
import { WriteBackGuard } from './write-back-guard.js';

/** What the converter borrows of the suite: the script switches and the on-demand converters. */
export type PageConverterRuntime = Pick<
  SuiteRuntime,
  'followScript' | 'converterLoaded' | 'loadConverter' | 'canShowAuthoredText' | 'showAuthoredText'
>;

/** A toggle's part of the page: the elements it converts and the script they are written in, if it says. */
export interface Region {
  readonly roots: readonly Element[];
  readonly source: Script | null;
}

/** Attributes that decide whether an input's `value` is submitted (form-values.ts). */
const formAttributes = ['name', 'type'];
/** Characters of page text read to tell whether a page without a language is Serbian. */
const languageSample = 20_000;

/** Made when first needed, so that importing the module needs no DOM. */
let converter: PageConverter | undefined;

/** Starts converting `region` (now, and as it changes) in the page-wide script. */
export function attachRegion(region: Region, borrowed: PageConverterRuntime): void {
  (converter ??= new PageConverter()).attach(region, borrowed);
}

/** Stops following `region`; what it shows stays as it is. */
export function detachRegion(region: Region): void {
  converter?.detach(region);
}

/** The script the first root of `region` is written in. */
export function authoredScript(region: Region): Script {
  const root = region.roots[0];
  return root ? authoredIn((converter ??= new PageConverter()).states.ownState(root)) : (region.source ?? 'cyrl');
}

/** The converter of this copy of the bundle: its regions, what they show, and the observers that follow the page. */
class PageConverter {
  #runtime!: PageConverterRuntime;
  /** The script shown now (null: everything as written). */
  #target: Script | null = null;
  readonly #originals = new Originals();
  readonly #sources = new Map<Element, Script>();
  readonly states = new ElementStates({
    originalAttribute: (element, name) => this.#originals.originalAttribute(element, name),
    sourceOf: (element) => (this.#sources.size ? this.#sources.get(element) : undefined),
  });
  /** Which authored scripts (bit 1: Cyrillic, 2: Latin) the converting text seen so far is in; 3 until a walk has told. */
  #seen = 3;
  readonly #regions = new Set<Region>();
  #roots: Element[] = [];
  readonly #observer = new MutationObserver(
    reportingErrors((records) => this.#withoutObserving(() => this.#showPageChanges(records))),
  );
  readonly #htmlObserver = new MutationObserver(reportingErrors((records) => this.#onHtmlMutations(records)));
  #unfollow: (() => void) | undefined;
  /** Set while, or since, no region was observed; cleared once every tracked node has been checked. */
  #unobserved = false;
  /** Converters fetched because text shown now waits for them. */
  readonly #awaited = new Set<Script>();
  /** Converters fetched ahead, for a switch the reader may ask for. */
  readonly #prefetched = new Set<Script>();
  /** Set while the observer callback shows what the page wrote (not while a state change re-shows a subtree). */
  #pageWriting = false;
  /** Set while in the observer callback: its writes are what a page's write-back loop would answer. */
  #observing = false;
  /** Counts the converter's writes, to tell whether a walk wrote anything. */
  #writes = 0;
  /** Since the page wrote text while the other script was shown, switches look up what it may have copied. */
  #pageWroteWhileConverted = false;
  readonly #guard = new WriteBackGuard((element) => this.#originals.forgetContent(element));

  attach(region: Region, borrowed: PageConverterRuntime): void {
    this.#runtime = borrowed;
    if (!this.#unfollow) {
      this.#unfollow = this.#runtime.followScript(() => this.#follow());
      this.#htmlObserver.observe(document.documentElement, {
        attributes: true,
        attributeFilter: [scriptAttribute, 'lang', 'xml:lang'],
      });
    }
    if (!this.#regions.size) this.#seen = 0;
    this.#regions.add(region);
    this.#updateRoots();
    const chosen = readChosenScript();
    this.#withoutObserving(() => {
      if (chosen !== this.#target && this.#retarget(chosen)) return;
      for (const root of region.roots) this.#walkRoot(root, false);
      this.#showPageLanguage(false);
    });
  }

  detach(region: Region): void {
    if (!this.#regions.delete(region)) return;
    const pending = this.#observer.takeRecords();
    if (pending.length) this.#showPageChanges(pending);
    checkPins(this.#originals.textAsWritten);
    this.#updateRoots();
    this.#observer.disconnect();
    if (this.#regions.size) this.#observe();
    else {
      this.#htmlObserver.disconnect();
      this.#unfollow?.();
      this.#unfollow = undefined;
      this.#unobserved = true;
    }
  }

  #updateRoots(): void {
    this.#sources.clear();
    const all = new Set<Element>();
    for (const region of this.#regions) {
      for (const root of region.roots) {
        all.add(root);
        if (region.source) this.#sources.set(root, region.source);
      }
    }
    // A root inside another root is walked as part of it.
    this.#roots = [...all].filter((root) => ![...all].some((other) => other !== root && other.contains(root)));
    if (this.#regions.size) this.#updateDocumentState();
  }

  /**
   * A page with no `<html lang>` (old CMS pages) is still converted when it is Serbian: when a toggle
   * says what it is written in (`source`), or when its text reads as Serbian Cyrillic.
   */
  #updateDocumentState(): void {
    this.states.documentState = TRANSLATE | (this.#serbianWithoutLanguage() ? SERBIAN : 0);
  }

  #serbianWithoutLanguage(): boolean {
    const html = document.documentElement;
    if ((html.getAttribute('lang') ?? html.getAttribute('xml:lang') ?? '').trim() !== '') return false;
    if (this.#sources.size) return true;
    const walker = document.createTreeWalker(document.body ?? html, NodeFilter.SHOW_TEXT);
    let sample = '';
    for (let node = walker.nextNode(); node && sample.length < languageSample; node = walker.nextNode()) {
      if (!skipped.has(node.parentElement?.localName ?? '')) sample += (node as Text).data;
    }
    return looksSerbianCyrillic(sample);
  }

  #follow(): void {
    const chosen = readChosenScript();
    if (chosen !== this.#target) this.#withoutObserving(() => this.#retarget(chosen));
  }

  /** Shows every region in `script`; returns whether it walked them all (else only the tracked nodes changed). */
  #retarget(script: Script | null): boolean {
    this.#target = script;
    // Text the page wrote while the other script was shown counts as text in that script (see show), so such a
    // switch walks; text it copied from what was shown then is looked up among the originals shown until now.
    this.#originals.forgetCopies();
    if (this.#pageWroteWhileConverted) this.#originals.copiedOriginal('');
    try {
      const onlyAuthored = script === null || (this.#seen & ~(script === 'latn' ? 2 : 1)) === 0;
      if (onlyAuthored) {
        this.#showTrackedAsWritten();
        this.#showPageLanguage(false);
        return false;
      }
      this.#seen = 0;
      this.#walkAll(false);
      this.#originals.walked();
      this.#unobserved = false;
      return true;
    } finally {
      this.#originals.forgetCopies();
    }
  }

  /** Runs `write` with the observer off (so the converter's own writes queue no records), after taking in the page's pending changes. */
  #withoutObserving(write: () => void): void {
    const pending = this.#observer.takeRecords();
    if (pending.length) this.#showPageChanges(pending);
    this.#observer.disconnect();
    try {
      write();
      checkPins(this.#originals.textAsWritten);
    } finally {
      this.#observe();
    }
    this.#loadConverters();
  }

  /**
   * The engine's two converters are loaded on demand (content-script's loadConverter). The one into the
   * script shown is fetched as soon as text needs it; that text is shown as written until it arrives,
   * then converted. The one into the other script is fetched when the page is idle, if the regions hold
   * text it would convert, so that a click converts at once.
   */
  #loadConverters(): void {
    for (const script of ['latn', 'cyrl'] as const) {
      if (!(this.#seen & (script === 'latn' ? 1 : 2)) || this.#runtime.converterLoaded(script)) continue;
      if (this.#target === script) {
        if (this.#awaited.has(script)) continue;
        this.#awaited.add(script);
        this.#runtime.loadConverter(script).then(
          () => {
            this.#awaited.delete(script);
            if (this.#target === script) this.#withoutObserving(() => this.#walkAll(false));
          },
          (error: unknown) => console.warn('gov-script-toggle: could not load the script converter', error),
        );
      } else if (!this.#prefetched.has(script)) {
        this.#prefetched.add(script);
        whenIdle(() => this.#runtime.loadConverter(script).catch(() => this.#prefetched.delete(script)));
      }
    }
  }

  #observe(): void {
    const options: MutationObserverInit = {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: [...new Set([...shownAttributes, ...stateAttributes, ...formAttributes])],
    };
    for (const root of this.#roots) this.#observer.observe(root, options);
  }

  /** Back to what the page wrote, from the tracked nodes alone: valid when every converting text is written in the target script. */
  #showTrackedAsWritten(): void {
    // Everything on a page in designMode is what someone is editing.
    if (document.designMode === 'on') return;
    // When a region is the whole body, a tracked node outside the regions is detached, where a stale
    // write is never seen; only partial regions, or a time without any toggle on the page, leave
    // nodes the page may have changed unobserved.
    const verify =
      this.#unobserved || !this.#roots.some((root) => root === document.body || root === document.documentElement);
    this.#unobserved = false;
    this.#originals.revertAll(verify);
    checkPins(this.#originals.textAsWritten, true);
  }

  #walkAll(cleanup: boolean): void {
    for (const root of this.#roots) this.#walkRoot(root, cleanup);
    this.#showPageLanguage(cleanup);
  }

  #walkRoot(root: Element, cleanup: boolean): void {
    if (!root.isConnected || document.designMode === 'on') return;
    this.#walk(
      root,
      root.parentElement ? this.states.innerState(root.parentElement) : this.states.documentState,
      cleanup,
    );
  }

  /**
   * `<html lang>` says the script the page-wide state shows, like the widgets and their UI strings
   * (a whole-page region's `source` says what the page is written in).
   */
  #showPageLanguage(cleanup: boolean): void {
    const html = document.documentElement;
    const body = document.body;
    const state = this.states.ownState(body && this.#roots.includes(body) ? body : html);
    for (const name of ['lang', 'xml:lang']) {
      const attribute = html.getAttributeNode(name);
      if (attribute === null) continue;
      if (converts(state)) this.#show(attribute, authoredIn(state), true);
      else if (cleanup) this.#originals.restore(attribute);
    }
  }

  /** Shows `start` and everything in it in the target script; `above` is the state its parent passes down. */
  #walk(start: Node, above: number, cleanup: boolean): void {
    if (start.nodeType === Node.TEXT_NODE) {
      this.#showText(start as Text, above, cleanup);
      return;
    }
    if (start.nodeType !== Node.ELEMENT_NODE) return;
    let state = this.#enter(start as Element, above, cleanup);
    if ((state & EXCLUDED && !cleanup) || start.firstChild === null) return;
    const states: number[] = [];
    let node: Node = start.firstChild;
    for (;;) {
      const type = node.nodeType;
      if (type === 3) this.#showText(node as Text, state, cleanup);
      else if (type === 1) {
        const inner = this.#enter(node as Element, state, cleanup);
        const first = node.firstChild;
        if (first !== null && (cleanup || !(inner & EXCLUDED))) {
          states.push(state);
          state = inner;
          node = first;
          continue;
        }
      }
      let next = node.nextSibling;
      while (next === null) {
        // A custom element reacting to a converted attribute may have removed the node: stop rather than wander off.
        const parent = node.parentNode;
        if (parent === null || parent === start) return;
        node = parent;
        state = states.pop()!;
        next = node.nextSibling;
      }
      node = next;
    }
  }

  #showText(node: Text, state: number, cleanup: boolean): void {
    if (converts(state)) {
      this.#seen |= state & LATN ? 2 : 1;
      this.#show(node, authoredIn(state), false);
    } else if (cleanup) this.#originals.restore(node);
    if (state & IN_OPTION) {
      const option = node.parentElement?.closest('option');
      if (option) optionTextChanged(option);
    }
  }

  /** Shows the attributes of `element`; returns the state it passes to its children. */
  #enter(element: Element, above: number, cleanup: boolean): number {
    const own = this.states.stateOf(element, above);
    const state = own & ~CONTENT_EXCLUDED;
    const attributes = this.states.attributesFound;
    if (attributes !== 0 && (cleanup || converts(state))) {
      for (let index = 0; index < shownAttributes.length; index++) {
        if (!(attributes & (1 << index))) continue;
        const name = shownAttributes[index];
        const attribute = element.getAttributeNode(name);
        if (attribute === null) continue;
        const label = name === 'value' ? valueIsLabel(element) : name === 'label' ? labelIsShown(element) : true;
        if (converts(state) && label) {
          this.#seen |= state & LATN ? 2 : 1;
          this.#show(attribute, authoredIn(state), index >= languageAttributesFrom);
        } else this.#originals.restore(attribute);
      }
    }
    return own & CONTENT_EXCLUDED ? state | EXCLUDED : state;
  }

  #show(node: Node, authored: Script, isLanguageTag: boolean): void {
    const originals = this.#originals;
    const runtime = this.#runtime;
    const target = this.#target;
    const value = node.nodeValue!;
    const stored = originals.stored(node);
    const entry = originals.holds(stored) ? stored : undefined;
    const unchanged = entry !== undefined && value === entry.shown;
    let original = unchanged ? entry.original : value;
    let whileConverted = unchanged
      ? entry.whileConverted
      : this.#pageWriting &&
        !isLanguageTag &&
        target !== null &&
        target !== authored &&
        holdsOtherScript(value, authored);
    if (whileConverted) {
      // Text the page copied from what the converter showed (a clone, `innerHTML +=`) has that text's original.
      const copied = originals.copiedOriginal(original);
      if (copied !== undefined) {
        original = copied;
        whileConverted = false;
      }
    }
    let shown: string;
    if (isLanguageTag) {
      shown =
        target !== null && target !== authored && runtime.canShowAuthoredText(authored, target)
          ? retagScript(original, target)
          : original;
    } else if (whileConverted) {
      // Other text the page wrote then is text in the other script, in effect, shown converted in the region's
      // own script (this also fetches that converter: see loadConverters).
      this.#seen |= authored === 'cyrl' ? 2 : 1;
      this.#pageWroteWhileConverted = true;
      shown =
        target === null || target === authored
          ? runtime.showAuthoredText(original, authored === 'cyrl' ? 'latn' : 'cyrl', authored)
          : runtime.showAuthoredText(original, authored, target);
    } else shown = runtime.showAuthoredText(original, authored, target);
    if (shown === original && !whileConverted) originals.forget(entry);
    else originals.record(node, stored, original, shown, whileConverted);
    if (value !== shown) {
      node.nodeValue = shown;
      this.#writes++;
      if (this.#observing) this.#guard.wrote(node, (node as Attr).ownerElement ?? node.parentElement);
    }
  }

  /** The observer callback: what the page did, except while someone edits the page (designMode), and its own writes. */
  #showPageChanges(records: MutationRecord[]): void {
    if (document.designMode === 'on') {
      // What someone types is theirs: a later switch must not put back what was there.
      for (const record of records) {
        const { target } = record;
        this.#originals.retire(
          record.type === 'attributes' ? (target as Element).getAttributeNode(record.attributeName!) : target,
        );
      }
      return;
    }
    this.#observing = this.#pageWriting = true;
    try {
      this.#showChanges(records);
    } finally {
      this.#observing = this.#pageWriting = false;
    }
  }

  /** Shows what the page added or changed in the regions, as the page-wide script says. */
  #showChanges(records: MutationRecord[]): void {
    const originals = this.#originals;
    const guard = this.#guard;
    const states = this.states;
    const inner = new Map<Element, number>();
    const stateInside = (element: Element) => {
      let state = inner.get(element);
      if (state === undefined) inner.set(element, (state = states.innerState(element)));
      return state;
    };
    for (const record of records) {
      const target = record.target;
      if (!target.isConnected) continue;
      if (record.type === 'characterData') {
        const parent = target.parentElement;
        if (
          target.nodeType === Node.TEXT_NODE &&
          parent &&
          !originals.isOwnWrite(target) &&
          !guard.leaves(parent, target)
        ) {
          this.#showText(target as Text, stateInside(parent), true);
        }
      } else if (record.type === 'childList') {
        const element = target as Element;
        if (guard.leaves(element, record.removedNodes.length ? element : null)) continue;
        const before = this.#writes;
        for (const added of record.addedNodes) {
          if (added.parentNode === target) this.#walk(added, stateInside(element), true);
        }
        if (this.#writes !== before) guard.wrote(element, null);
        if (record.removedNodes.length && stateInside(element) & IN_OPTION) {
          const option = element.closest('option');
          if (option) optionTextChanged(option);
        }
      } else {
        const element = target as Element;
        const name = record.attributeName!;
        const attribute = element.getAttributeNode(name);
        if (originals.isOwnWrite(attribute) || guard.leaves(element, attribute)) continue;
        if (name === 'value' && element.localName === 'option') forgetPin(element);
        const above = element.parentElement ? stateInside(element.parentElement) : states.documentState;
        if (stateAttributes.includes(name)) {
          // The language or exclusion of a whole subtree changed: show it again from its new state.
          inner.clear();
          this.#pageWriting = false;
          this.#walk(element, above, true);
          this.#pageWriting = true;
        } else this.#enter(element, above, true);
      }
    }
    originals.compact();
  }

  #onHtmlMutations(records: MutationRecord[]): void {
    if (records.some((record) => record.attributeName === scriptAttribute)) this.#follow();
    const html = document.documentElement;
    const langChanged = records.some(
      (record) =>
        record.attributeName !== scriptAttribute &&
        !this.#originals.isOwnWrite(html.getAttributeNode(record.attributeName!)),
    );
    if (!langChanged) return;
    this.#updateDocumentState();
    this.#withoutObserving(() => this.#walkAll(true));
  }
}

/** The observer callbacks: whatever the page did, nothing is thrown into it. */
function reportingErrors<T extends unknown[]>(callback: (...args: T) => void): (...args: T) => void {
  return (...args) => {
    try {
      callback(...args);
    } catch (error) {
      console.error('gov-script-toggle: could not show the page in the chosen script', error);
    }
  };
}

/** Whether text written in `authored` holds letters of the other script (text the page may have copied). */
function holdsOtherScript(text: string, authored: Script): boolean {
  return authored === 'cyrl' ? /[A-Za-zČčĆćŠšŽžĐđ]/.test(text) : /[\u0400-\u045F]/.test(text);
}
