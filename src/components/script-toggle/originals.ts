/**
 * What the page wrote, for every Text and Attr node the page converter shows otherwise: kept so that
 * the way back puts it back byte for byte, from the tracked nodes alone when nothing else changed.
 * A generation number retires every entry at once (a revert); the tracked list is compacted as it grows.
 */
import { NO_CONVERT_OPEN, stripNoConvertMarkers } from '../../core/transliteration/protected-spans.js';

/** What the converter knows of one Text or Attr node it changed. */
export interface Entry {
  readonly node: Node;
  /** What the page wrote. */
  original: string;
  /** What the converter wrote in its place. */
  shown: string;
  /** The entry holds while this equals the generation of its Originals: a revert retires every entry at once. */
  generation: number;
  /** The tracked list the entry is in (a revert or a compaction starts a new list, which unlists the rest at once). */
  list: Entry[] | null;
  /**
   * The page wrote this text while its region was shown in the other script: it may be text it read from the
   * page (`innerHTML +=`, a clone, `document.title +=`), so it is shown in the region's own script by converting it.
   */
  whileConverted: boolean;
}

/** The tracked list is not compacted below this length. */
const minimumCompaction = 4096;

export class Originals {
  readonly #entries = new WeakMap<Node, Entry>();
  #generation = 0;
  /** Every entry of this generation (and some retired since), for a revert without a walk; compacted as it grows. */
  #tracked: Entry[] = [];
  #compactAt = minimumCompaction;
  /** What the converter shows for each original, built when the page writes text that may be a copy (see copiedOriginal). */
  #shownToOriginal: Map<string, string> | undefined;

  /** The entry of `node`, whether it still holds or not (to reuse it). */
  stored(node: Node): Entry | undefined {
    return this.#entries.get(node);
  }

  /** The entry of `node` if it holds. */
  live(node: Node | null): Entry | undefined {
    const entry = node === null ? undefined : this.#entries.get(node);
    return this.holds(entry) ? entry : undefined;
  }

  /** Whether `entry` holds. */
  holds(entry: Entry | undefined): entry is Entry {
    return entry !== undefined && entry.generation === this.#generation;
  }

  /** `node` shows `shown` in place of `original`; `stored` is its entry, if it had one. */
  record(node: Node, stored: Entry | undefined, original: string, shown: string, whileConverted: boolean): void {
    let entry = stored;
    if (entry === undefined) {
      entry = { node, original, shown, generation: this.#generation, list: null, whileConverted };
      this.#entries.set(node, entry);
    } else {
      entry.original = original;
      entry.shown = shown;
      entry.generation = this.#generation;
      entry.whileConverted = whileConverted;
    }
    if (entry.list === this.#tracked) return;
    entry.list = this.#tracked;
    this.#tracked.push(entry);
  }

  /** The entry no longer holds: what its node shows is the page's from now on. */
  forget(entry: Entry | undefined): void {
    if (entry !== undefined) entry.generation = -1;
  }

  /** Forgets the entry of `node`, if it holds. */
  retire(node: Node | null): void {
    this.forget(this.live(node));
  }

  /** Puts back what the page wrote in `node`, if the converter's text is still there. */
  restore(node: Node): void {
    const entry = this.live(node);
    if (entry === undefined) return;
    entry.generation = -1;
    if (node.nodeValue === entry.shown) node.nodeValue = entry.original;
  }

  /** Forgets what the converter wrote in `element`'s own text and attributes: they are the page's from now on. */
  forgetContent(element: Element): void {
    for (const child of element.childNodes) this.retire(child);
    for (const attribute of element.attributes) this.retire(attribute);
  }

  /** Whether `node` shows what the converter wrote there. */
  isOwnWrite(node: Node | null): boolean {
    const entry = this.live(node);
    return entry !== undefined && entry.node.nodeValue === entry.shown;
  }

  /** An attribute's value as the page wrote it. */
  originalAttribute(element: Element, name: string): string | null {
    const attribute = element.getAttributeNode(name);
    if (attribute === null) return null;
    const entry = this.live(attribute);
    return entry !== undefined && attribute.value === entry.shown ? entry.original : attribute.value;
  }

  /** A text node's text as its page wrote it, as shown in its own script (what an option submits; form-values.ts). */
  textAsWritten = (node: Text): string => {
    const entry = this.live(node);
    return entry !== undefined && node.data === entry.shown ? stripNoConvertMarkers(entry.original) : node.data;
  };

  /**
   * Back to what the page wrote, from the tracked nodes alone. `verify`: the page may have changed tracked
   * nodes where the converter was not watching (see changedUnseen); what it changed is left as it is.
   */
  revertAll(verify: boolean): void {
    const retired = this.#generation++;
    const previous = this.#tracked;
    const kept: Entry[] = (this.#tracked = []);
    for (let index = 0; index < previous.length; index++) {
      const entry = previous[index];
      if (entry.generation !== retired || (verify && changedUnseen(entry))) continue;
      const original = entry.original;
      const shown = original.includes(NO_CONVERT_OPEN) ? stripNoConvertMarkers(original) : original;
      entry.node.nodeValue = shown;
      if (shown !== original) {
        entry.shown = shown;
        entry.generation = this.#generation;
        entry.list = kept;
        kept.push(entry);
      }
    }
    this.walked();
  }

  /** After a walk over everything: the list is as long as what is shown converted now. */
  walked(): void {
    this.#compactAt = Math.max(minimumCompaction, 2 * this.#tracked.length);
  }

  /** Keeps memory bounded on a page that replaces its content for hours while another script is shown. */
  compact(): void {
    if (this.#tracked.length < this.#compactAt) return;
    const kept = this.#tracked.filter((entry) => entry.generation === this.#generation && isAttached(entry.node));
    for (const entry of kept) entry.list = kept;
    this.#tracked = kept;
    this.walked();
  }

  /** The original of a text the converter shows as exactly `text`, if any (first come, for the rare ambiguity). */
  copiedOriginal(text: string): string | undefined {
    if (this.#shownToOriginal === undefined) {
      this.#shownToOriginal = new Map();
      for (const entry of this.#tracked) {
        if (entry.generation === this.#generation && !entry.whileConverted && !this.#shownToOriginal.has(entry.shown)) {
          this.#shownToOriginal.set(entry.shown, entry.original);
        }
      }
    }
    return this.#shownToOriginal.get(text);
  }

  /** The look-up of copiedOriginal is built afresh for the next switch. */
  forgetCopies(): void {
    this.#shownToOriginal = undefined;
  }
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
