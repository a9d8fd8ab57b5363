/**
 * Shows the light DOM of the toggles' regions in the page-wide script: text nodes and the label
 * attributes of Serbian content are converted, every original is kept (a WeakMap from each Text
 * or Attr node to what the page wrote) and put back byte for byte on the way back, and text that
 * the page adds or changes later is converted in a MutationObserver callback, before it is painted.
 *
 * This module is the one converter of this copy of the bundle, shared by all its toggles. Which text is Serbian is decided
 * top-down in one walk with the state each element passes to its children (language, authored
 * script, translate, excluded), never by a per-node closest() or getComputedStyle.
 *
 * The toggle loads it when it attaches a region (in the one-file bundle it is a sibling file). It
 * borrows the followers of the page-wide script and the converters of the copy of the suite that loads it
 * ({@link PageConverterRuntime}, docs/decisions/0006).
 */
import { explicitScriptOfTag, isSerbian, retagScript, type Script } from '../../core/locale.js';
import { looksSerbianCyrillic } from '../../core/serbian-text.js';
import { optOutAttribute, readChosenScript, scriptAttribute } from '../../page/page-script.js';
import { whenIdle } from '../../page/idle.js';
import { NO_CONVERT_OPEN, stripNoConvertMarkers } from '../../core/transliteration/protected-spans.js';
import { checkPins, forgetPin, labelIsShown, optionTextChanged, valueIsLabel } from './form-values.js';
import type { SuiteRuntime } from '../shared/runtime.js';
import { WriteBackGuard } from './write-back-guard.js';

/** What the converter borrows of the suite: the script switches and the on-demand converters. */
export type PageConverterRuntime = Pick<
  SuiteRuntime,
  'followScript' | 'converterLoaded' | 'loadConverter' | 'canShowAuthoredText' | 'showAuthoredText'
>;

// The state an element passes to its children, as bits.
/** Written in Latin (else Cyrillic). */
const LATN = 1;
/** `translate` is on. */
const TRANSLATE = 2;
/** The language is Serbian. */
const SERBIAN = 4;
/** Inside an opted-out, editable or never-converted element: nothing below converts, whatever its language. */
const EXCLUDED = 8;
/** Returned for an element whose own attributes convert but whose content never does (code, pre...). */
const CONTENT_EXCLUDED = 16;
/** Inside an `<option>`, whose text may be the value its form submits. */
const IN_OPTION = 32;
const CONVERTS = SERBIAN | TRANSLATE;
/**
 * Above <html>: translatable, and Cyrillic unless a tag or `source` says otherwise; Serbian only on a
 * page that names no language but is Serbian (see {@link serbianWithoutLanguage}).
 */
let documentState = TRANSLATE;

/** The tracked list is not compacted below this length. */
const minimumCompaction = 4096;

const converts = (state: number) => (state & (CONVERTS | EXCLUDED)) === CONVERTS;
const authoredIn = (state: number): Script => (state & LATN ? 'latn' : 'cyrl');

/** Elements whose content is code, data or someone else's (never converted), and options. */
const skipped = new Map<string, number>([
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
const shownAttributes = [
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
const languageAttributesFrom = shownAttributes.indexOf('lang');
const shownAttributeBits = new Map(shownAttributes.map((name, index) => [name, 1 << index]));
/** Attributes that change what a whole subtree is (its language, or whether it converts at all). */
const stateAttributes = ['lang', 'xml:lang', 'translate', optOutAttribute, 'contenteditable'];
/** Attributes that decide whether an input's `value` is submitted (form-values.ts). */
const formAttributes = ['name', 'type'];

/** What the converter knows of one Text or Attr node it changed. */
interface Entry {
  readonly node: Node;
  /** What the page wrote. */
  original: string;
  /** What the converter wrote in its place. */
  shown: string;
  /** The entry holds while this equals the converter's generation: a revert retires every entry at once. */
  generation: number;
  /** The tracked list the entry is in (a revert or a compaction starts a new list, which unlists the rest at once). */
  list: Entry[] | null;
  /**
   * The page wrote this text while its region was shown in the other script: it may be text it read from the
   * page (`innerHTML +=`, a clone, `document.title +=`), so it is shown in the region's own script by converting it.
   */
  whileConverted: boolean;
}

/** A toggle's part of the page: the elements it converts and the script they are written in, if it says. */
export interface Region {
  readonly roots: readonly Element[];
  readonly source: Script | null;
}

let runtime!: PageConverterRuntime;
/** The script shown now (null: everything as written). */
let target: Script | null = null;
const entries = new WeakMap<Node, Entry>();
let generation = 0;
/** Every entry of this generation (and some retired since), for a revert without a walk; compacted as it grows. */
let tracked: Entry[] = [];
let compactAt = minimumCompaction;
/** Which authored scripts (bit 1: Cyrillic, 2: Latin) the converting text seen so far is in; 3 until a walk has told. */
let seen = 3;
const regions = new Set<Region>();
let roots: Element[] = [];
const sources = new Map<Element, Script>();
// Created on the first attach, so that importing the module needs no DOM.
let observer!: MutationObserver;
let htmlObserver!: MutationObserver;
let unfollow: (() => void) | undefined;
/** Which of shownAttributes the element last given to stateOf carries (bit i for index i). */
let attributesFound = 0;
/** Set while, or since, no region was observed; cleared once every tracked node has been checked. */
let unobserved = false;
/** Converters fetched because text shown now waits for them. */
const awaited = new Set<Script>();
/** Converters fetched ahead, for a switch the reader may ask for. */
const prefetched = new Set<Script>();
/** Set while the observer callback shows what the page wrote (not while a state change re-shows a subtree). */
let pageWriting = false;
/** Set while in the observer callback: its writes are what a page's write-back loop would answer. */
let observing = false;
/** Counts the converter's writes, to tell whether a walk wrote anything. */
let writes = 0;
/** Since the page wrote text while the other script was shown, switches look up what it may have copied. */
let pageWroteWhileConverted = false;
/** What the converter shows for each original, built when the page writes text that may be a copy (see show). */
let shownToOriginal: Map<string, string> | undefined;
const guard = new WriteBackGuard(forgetContent);

/** Starts converting `region` (now, and as it changes) in the page-wide script. */
export function attachRegion(region: Region, borrowed: PageConverterRuntime): void {
  runtime = borrowed;
  if (!unfollow) {
    // Its own writes in the callback are made unobserved too: no records to allocate and skip later.
    observer ??= new MutationObserver(reportingErrors((records) => withoutObserving(() => showPageChanges(records))));
    htmlObserver ??= new MutationObserver(reportingErrors(onHtmlMutations));
    unfollow = runtime.followScript(follow);
    htmlObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: [scriptAttribute, 'lang', 'xml:lang'],
    });
  }
  if (!regions.size) seen = 0;
  regions.add(region);
  updateRoots();
  const chosen = readChosenScript();
  withoutObserving(() => {
    if (chosen !== target && retarget(chosen)) return;
    for (const root of region.roots) walkRoot(root, false);
    showPageLanguage(false);
  });
}

/** Stops following `region`; what it shows stays as it is. */
export function detachRegion(region: Region): void {
  if (!regions.delete(region)) return;
  const pending = observer.takeRecords();
  if (pending.length) showPageChanges(pending);
  checkPins(textAsWritten);
  updateRoots();
  observer.disconnect();
  if (regions.size) observe();
  else {
    htmlObserver.disconnect();
    unfollow?.();
    unfollow = undefined;
    unobserved = true;
  }
}

/** The script the first root of `region` is written in. */
export function authoredScript(region: Region): Script {
  const root = region.roots[0];
  return root ? authoredIn(ownState(root)) : (region.source ?? 'cyrl');
}

function updateRoots(): void {
  sources.clear();
  const all = new Set<Element>();
  for (const region of regions) {
    for (const root of region.roots) {
      all.add(root);
      if (region.source) sources.set(root, region.source);
    }
  }
  // A root inside another root is walked as part of it.
  roots = [...all].filter((root) => ![...all].some((other) => other !== root && other.contains(root)));
  if (regions.size) documentState = TRANSLATE | (serbianWithoutLanguage() ? SERBIAN : 0);
}

/** Characters of page text read to tell whether a page without a language is Serbian. */
const languageSample = 20_000;

/**
 * A page with no `<html lang>` (old CMS pages) is still converted when it is Serbian: when a toggle
 * says what it is written in (`source`), or when its text reads as Serbian Cyrillic.
 */
function serbianWithoutLanguage(): boolean {
  const html = document.documentElement;
  if ((html.getAttribute('lang') ?? html.getAttribute('xml:lang') ?? '').trim() !== '') return false;
  if (sources.size) return true;
  const walker = document.createTreeWalker(document.body ?? html, NodeFilter.SHOW_TEXT);
  let sample = '';
  for (let node = walker.nextNode(); node && sample.length < languageSample; node = walker.nextNode()) {
    if (!skipped.has(node.parentElement?.localName ?? '')) sample += (node as Text).data;
  }
  return looksSerbianCyrillic(sample);
}

function follow(): void {
  const chosen = readChosenScript();
  if (chosen !== target) withoutObserving(() => retarget(chosen));
}

/** Shows every region in `script`; returns whether it walked them all (else only the tracked nodes changed). */
function retarget(script: Script | null): boolean {
  target = script;
  // Text the page wrote while the other script was shown counts as text in that script (see show), so such a
  // switch walks; text it copied from what was shown then is looked up among the originals shown until now.
  shownToOriginal = undefined;
  if (pageWroteWhileConverted) copiedOriginal('');
  try {
    const onlyAuthored = script === null || (seen & ~(script === 'latn' ? 2 : 1)) === 0;
    if (onlyAuthored) {
      showTrackedAsWritten();
      showPageLanguage(false);
      return false;
    }
    seen = 0;
    walkAll(false);
    compactAt = Math.max(minimumCompaction, 2 * tracked.length);
    unobserved = false;
    return true;
  } finally {
    shownToOriginal = undefined;
  }
}

/** Runs `write` with the observer off (so the converter's own writes queue no records), after taking in the page's pending changes. */
function withoutObserving(write: () => void): void {
  const pending = observer.takeRecords();
  if (pending.length) showPageChanges(pending);
  observer.disconnect();
  try {
    write();
    checkPins(textAsWritten);
  } finally {
    observe();
  }
  loadConverters();
}

/**
 * The engine's two converters are loaded on demand (content-script's loadConverter). The one into the
 * script shown is fetched as soon as text needs it; that text is shown as written until it arrives,
 * then converted. The one into the other script is fetched when the page is idle, if the regions hold
 * text it would convert, so that a click converts at once.
 */
function loadConverters(): void {
  for (const script of ['latn', 'cyrl'] as const) {
    if (!(seen & (script === 'latn' ? 1 : 2)) || runtime.converterLoaded(script)) continue;
    if (target === script) {
      if (awaited.has(script)) continue;
      awaited.add(script);
      runtime.loadConverter(script).then(
        () => {
          awaited.delete(script);
          if (target === script) withoutObserving(() => walkAll(false));
        },
        (error: unknown) => console.warn('gov-script-toggle: could not load the script converter', error),
      );
    } else if (!prefetched.has(script)) {
      prefetched.add(script);
      whenIdle(() => runtime.loadConverter(script).catch(() => prefetched.delete(script)));
    }
  }
}

function observe(): void {
  const options: MutationObserverInit = {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: [...new Set([...shownAttributes, ...stateAttributes, ...formAttributes])],
  };
  for (const root of roots) observer.observe(root, options);
}

/** Back to what the page wrote, from the tracked nodes alone: valid when every converting text is written in the target script. */
function showTrackedAsWritten(): void {
  // Everything on a page in designMode is what someone is editing.
  if (document.designMode === 'on') return;
  const retired = generation++;
  const previous = tracked;
  const kept: Entry[] = (tracked = []);
  // When a region is the whole body, a tracked node outside the regions is detached, where a stale
  // write is never seen; only partial regions, or a time without any toggle on the page, leave
  // nodes the page may have changed unobserved.
  const verify = unobserved || !roots.some((root) => root === document.body || root === document.documentElement);
  unobserved = false;
  for (let index = 0; index < previous.length; index++) {
    const entry = previous[index];
    if (entry.generation !== retired || (verify && changedUnseen(entry))) continue;
    const original = entry.original;
    const shown = original.includes(NO_CONVERT_OPEN) ? stripNoConvertMarkers(original) : original;
    entry.node.nodeValue = shown;
    if (shown !== original) {
      entry.shown = shown;
      entry.generation = generation;
      entry.list = kept;
      kept.push(entry);
    }
  }
  compactAt = Math.max(minimumCompaction, 2 * kept.length);
  checkPins(textAsWritten, true);
}

function walkAll(cleanup: boolean): void {
  for (const root of roots) walkRoot(root, cleanup);
  showPageLanguage(cleanup);
}

function walkRoot(root: Element, cleanup: boolean): void {
  if (!root.isConnected || document.designMode === 'on') return;
  walk(root, root.parentElement ? innerState(root.parentElement) : documentState, cleanup);
}

/**
 * `<html lang>` says the script the page-wide state shows, like the widgets and their UI strings
 * (a whole-page region's `source` says what the page is written in).
 */
function showPageLanguage(cleanup: boolean): void {
  const html = document.documentElement;
  const body = document.body;
  const state = ownState(body && roots.includes(body) ? body : html);
  for (const name of ['lang', 'xml:lang']) {
    const attribute = html.getAttributeNode(name);
    if (attribute === null) continue;
    if (converts(state)) show(attribute, authoredIn(state), true);
    else if (cleanup) restore(attribute);
  }
}

/** Shows `start` and everything in it in the target script; `above` is the state its parent passes down. */
function walk(start: Node, above: number, cleanup: boolean): void {
  if (start.nodeType === Node.TEXT_NODE) {
    showText(start as Text, above, cleanup);
    return;
  }
  if (start.nodeType !== Node.ELEMENT_NODE) return;
  let state = enter(start as Element, above, cleanup);
  if ((state & EXCLUDED && !cleanup) || start.firstChild === null) return;
  const states: number[] = [];
  let node: Node = start.firstChild;
  for (;;) {
    const type = node.nodeType;
    if (type === 3) showText(node as Text, state, cleanup);
    else if (type === 1) {
      const inner = enter(node as Element, state, cleanup);
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

function showText(node: Text, state: number, cleanup: boolean): void {
  if (converts(state)) {
    seen |= state & LATN ? 2 : 1;
    show(node, authoredIn(state), false);
  } else if (cleanup) restore(node);
  if (state & IN_OPTION) {
    const option = node.parentElement?.closest('option');
    if (option) optionTextChanged(option);
  }
}

/** Shows the attributes of `element`; returns the state it passes to its children. */
function enter(element: Element, above: number, cleanup: boolean): number {
  const own = stateOf(element, above);
  const state = own & ~CONTENT_EXCLUDED;
  const attributes = attributesFound;
  if (attributes !== 0 && (cleanup || converts(state))) {
    for (let index = 0; index < shownAttributes.length; index++) {
      if (!(attributes & (1 << index))) continue;
      const name = shownAttributes[index];
      const attribute = element.getAttributeNode(name);
      if (attribute === null) continue;
      const label = name === 'value' ? valueIsLabel(element) : name === 'label' ? labelIsShown(element) : true;
      if (converts(state) && label) {
        seen |= state & LATN ? 2 : 1;
        show(attribute, authoredIn(state), index >= languageAttributesFrom);
      } else restore(attribute);
    }
  }
  return own & CONTENT_EXCLUDED ? state | EXCLUDED : state;
}

function show(node: Node, authored: Script, isLanguageTag: boolean): void {
  const value = node.nodeValue!;
  const stored = entries.get(node);
  const entry = stored !== undefined && stored.generation === generation ? stored : undefined;
  const unchanged = entry !== undefined && value === entry.shown;
  let original = unchanged ? entry.original : value;
  let whileConverted = unchanged
    ? entry.whileConverted
    : pageWriting && !isLanguageTag && target !== null && target !== authored && holdsOtherScript(value, authored);
  if (whileConverted) {
    // Text the page copied from what the converter showed (a clone, `innerHTML +=`) has that text's original.
    const copied = copiedOriginal(original);
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
    seen |= authored === 'cyrl' ? 2 : 1;
    pageWroteWhileConverted = true;
    shown =
      target === null || target === authored
        ? runtime.showAuthoredText(original, authored === 'cyrl' ? 'latn' : 'cyrl', authored)
        : runtime.showAuthoredText(original, authored, target);
  } else shown = runtime.showAuthoredText(original, authored, target);
  if (shown === original && !whileConverted) {
    if (entry !== undefined) entry.generation = -1;
  } else if (stored !== undefined) {
    stored.original = original;
    stored.shown = shown;
    stored.generation = generation;
    stored.whileConverted = whileConverted;
    list(stored);
  } else {
    const created: Entry = { node, original, shown, generation: generation, list: null, whileConverted };
    entries.set(node, created);
    list(created);
  }
  if (value !== shown) {
    node.nodeValue = shown;
    writes++;
    if (observing) guard.wrote(node, (node as Attr).ownerElement ?? node.parentElement);
  }
}

/** Whether text written in `authored` holds letters of the other script (text the page may have copied). */
function holdsOtherScript(text: string, authored: Script): boolean {
  return authored === 'cyrl' ? /[A-Za-zČčĆćŠšŽžĐđ]/.test(text) : /[\u0400-\u045F]/.test(text);
}

/** The original of a text the converter shows as exactly `text`, if any (first come, for the rare ambiguity). */
function copiedOriginal(text: string): string | undefined {
  if (shownToOriginal === undefined) {
    shownToOriginal = new Map();
    for (const entry of tracked) {
      if (entry.generation === generation && !entry.whileConverted && !shownToOriginal.has(entry.shown)) {
        shownToOriginal.set(entry.shown, entry.original);
      }
    }
  }
  return shownToOriginal.get(text);
}

/** A text node's text as its page wrote it, as shown in its own script (what an option submits; form-values.ts). */
function textAsWritten(node: Text): string {
  const entry = liveEntry(node);
  return entry !== undefined && node.data === entry.shown ? stripNoConvertMarkers(entry.original) : node.data;
}

function list(entry: Entry): void {
  if (entry.list === tracked) return;
  entry.list = tracked;
  tracked.push(entry);
}

/** The entry of `node` if it holds. */
function liveEntry(node: Node | null): Entry | undefined {
  const entry = node === null ? undefined : entries.get(node);
  return entry !== undefined && entry.generation === generation ? entry : undefined;
}

function restore(node: Node): void {
  const entry = liveEntry(node);
  if (entry === undefined) return;
  entry.generation = -1;
  if (node.nodeValue === entry.shown) node.nodeValue = entry.original;
}

/** Forgets what the converter wrote in `element`'s own text and attributes: they are the page's from now on. */
function forgetContent(element: Element): void {
  for (const child of element.childNodes) retire(child);
  for (const attribute of element.attributes) retire(attribute);
}

function retire(node: Node | null): void {
  const entry = liveEntry(node);
  if (entry !== undefined) entry.generation = -1;
}

/** Keeps memory bounded on a page that replaces its content for hours while another script is shown. */
function compact(): void {
  if (tracked.length < compactAt) return;
  const kept = tracked.filter((entry) => entry.generation === generation && isAttached(entry.node));
  for (const entry of kept) entry.list = kept;
  tracked = kept;
  compactAt = Math.max(minimumCompaction, 2 * tracked.length);
}

/**
 * The state `element` has itself (before CONTENT_EXCLUDED turns into EXCLUDED for its children).
 * Leaves in `attributesFound` which of {@link shownAttributes} it carries (bit i for index i), from one
 * read of its attribute names rather than a lookup per name.
 */
function stateOf(element: Element, above: number): number {
  attributesFound = 0;
  const kind = above & EXCLUDED ? EXCLUDED : (skipped.get(element.localName) ?? 0);
  if (!element.hasAttributes()) return kind === EXCLUDED ? above | EXCLUDED : withSource(element, above) | kind;
  let lang: string | null = null;
  let xmlLang: string | null = null;
  let translate: string | null = null;
  let excluded = kind === EXCLUDED;
  let attributes = 0;
  for (const name of element.getAttributeNames()) {
    const bit = shownAttributeBits.get(name);
    if (bit !== undefined) attributes |= bit;
    if (name === 'lang') lang = originalAttribute(element, name);
    else if (name === 'xml:lang') xmlLang = originalAttribute(element, name);
    else if (name === 'translate') translate = element.getAttribute(name)!.trim().toLowerCase();
    else if (name === optOutAttribute || (name === 'contenteditable' && isEditable(element))) excluded = true;
  }
  attributesFound = attributes;
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
  return withSource(element, state) | kind;
}

/** A toggle's `source` names the script of its root, whatever the root's language tags say. */
function withSource(element: Element, state: number): number {
  const source = sources.size ? sources.get(element) : undefined;
  return source === undefined ? state : source === 'latn' ? state | LATN : state & ~LATN;
}

function ownState(element: Element): number {
  const parent = element.parentElement;
  return stateOf(element, parent ? innerState(parent) : documentState) & ~CONTENT_EXCLUDED;
}

/** The state `element` passes to its children, computed from the top of the document. */
function innerState(element: Element): number {
  const chain: Element[] = [];
  for (let at: Element | null = element; at !== null; at = at.parentElement) chain.push(at);
  let state = documentState;
  for (let index = chain.length - 1; index >= 0; index--) {
    const own = stateOf(chain[index], state);
    state = own & CONTENT_EXCLUDED ? (own & ~CONTENT_EXCLUDED) | EXCLUDED : own;
  }
  return state;
}

function originalAttribute(element: Element, name: string): string | null {
  const attribute = element.getAttributeNode(name);
  if (attribute === null) return null;
  const entry = liveEntry(attribute);
  return entry !== undefined && attribute.value === entry.shown ? entry.original : attribute.value;
}

function isOwnWrite(node: Node | null): boolean {
  const entry = liveEntry(node);
  return entry !== undefined && entry.node.nodeValue === entry.shown;
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

/** The observer callback: what the page did, except while someone edits the page (designMode), and its own writes. */
function showPageChanges(records: MutationRecord[]): void {
  if (document.designMode === 'on') {
    // What someone types is theirs: a later switch must not put back what was there.
    for (const record of records) {
      const { target } = record;
      retire(record.type === 'attributes' ? (target as Element).getAttributeNode(record.attributeName!) : target);
    }
    return;
  }
  observing = pageWriting = true;
  try {
    showChanges(records);
  } finally {
    observing = pageWriting = false;
  }
}

/** Shows what the page added or changed in the regions, as the page-wide script says. */
function showChanges(records: MutationRecord[]): void {
  const inner = new Map<Element, number>();
  const stateInside = (element: Element) => {
    let state = inner.get(element);
    if (state === undefined) inner.set(element, (state = innerState(element)));
    return state;
  };
  for (const record of records) {
    const target = record.target;
    if (!target.isConnected) continue;
    if (record.type === 'characterData') {
      const parent = target.parentElement;
      if (target.nodeType === Node.TEXT_NODE && parent && !isOwnWrite(target) && !guard.leaves(parent, target)) {
        showText(target as Text, stateInside(parent), true);
      }
    } else if (record.type === 'childList') {
      const element = target as Element;
      if (guard.leaves(element, record.removedNodes.length ? element : null)) continue;
      const before = writes;
      for (const added of record.addedNodes) {
        if (added.parentNode === target) walk(added, stateInside(element), true);
      }
      if (writes !== before) guard.wrote(element, null);
      if (record.removedNodes.length && stateInside(element) & IN_OPTION) {
        const option = element.closest('option');
        if (option) optionTextChanged(option);
      }
    } else {
      const element = target as Element;
      const name = record.attributeName!;
      const attribute = element.getAttributeNode(name);
      if (isOwnWrite(attribute) || guard.leaves(element, attribute)) continue;
      if (name === 'value' && element.localName === 'option') forgetPin(element);
      const above = element.parentElement ? stateInside(element.parentElement) : documentState;
      if (stateAttributes.includes(name)) {
        // The language or exclusion of a whole subtree changed: show it again from its new state.
        inner.clear();
        pageWriting = false;
        walk(element, above, true);
        pageWriting = true;
      } else enter(element, above, true);
    }
  }
  compact();
}

function onHtmlMutations(records: MutationRecord[]): void {
  if (records.some((record) => record.attributeName === scriptAttribute)) follow();
  const html = document.documentElement;
  const langChanged = records.some(
    (record) => record.attributeName !== scriptAttribute && !isOwnWrite(html.getAttributeNode(record.attributeName!)),
  );
  if (!langChanged) return;
  documentState = TRANSLATE | (serbianWithoutLanguage() ? SERBIAN : 0);
  withoutObserving(() => walkAll(true));
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.trim().toLowerCase() !== 'false';
}

/**
 * Whether the page changed a tracked node where the converter was not watching (outside the regions,
 * or while no toggle was on the page): then what is there is the page's, not to be reverted. Inside
 * the regions the observer reports every change, so this is a safety net, and for text it compares
 * only lengths: reading a long text back from the DOM costs as much as writing it.
 */
function changedUnseen(entry: Entry): boolean {
  const node = entry.node;
  return node.nodeType === Node.TEXT_NODE
    ? (node as Text).length !== entry.shown.length
    : node.nodeValue !== entry.shown;
}

function isAttached(node: Node): boolean {
  return node.nodeType === Node.ATTRIBUTE_NODE ? !!(node as Attr).ownerElement?.isConnected : node.isConnected;
}
