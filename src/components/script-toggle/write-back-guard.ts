/**
 * A page script may undo every change the converter makes, e.g. a MutationObserver that writes its own text
 * back whenever it changes. The converter converts that text again in its own observer callback, the page's
 * observer answers, and the two would run each other's callbacks forever in one task: a frozen tab. The guard
 * counts, per element and per task, how often the page rewrote what the converter had written in that same
 * task (a text, an attribute, or the content of an element); past a limit the converter leaves that element to
 * the page and warns once.
 */

/** Rewrites of the converter's own writes in one task before an element is given up. */
const limit = 10;

export class WriteBackGuard {
  /** What the converter wrote in observer callbacks during this task: Text and Attr nodes and their elements. */
  private readonly written = new Set<Node>();
  private readonly rewrites = new Map<Element, number>();
  private readonly givenUp = new WeakSet<Element>();
  private warned = false;
  private clearing = false;

  /** `onGiveUp` is told of each element given up (to forget what the converter knows of its content). */
  constructor(private readonly onGiveUp: (element: Element) => void) {}

  /** The converter wrote `node` (a Text or Attr node, or converted content inserted into an element) in a callback. */
  wrote(node: Node, element: Element | null): void {
    this.written.add(node);
    if (element !== null) this.written.add(element);
    if (this.clearing) return;
    this.clearing = true;
    // A write-back loop never yields to a task; anything else does, and starts counting afresh.
    setTimeout(() => {
      this.written.clear();
      this.rewrites.clear();
      this.clearing = false;
    });
  }

  /**
   * Whether the converter leaves a change in `element` alone: the element was given up before, or the page has
   * just changed `changed` (what the change replaced: a Text or Attr node, or `element` itself when it lost
   * children), which the converter wrote in this task, once too often.
   */
  leaves(element: Element, changed: Node | null): boolean {
    if (this.givenUp.has(element)) return true;
    if (changed === null || !this.written.has(changed)) return false;
    const count = (this.rewrites.get(element) ?? 0) + 1;
    this.rewrites.set(element, count);
    if (count < limit) return false;
    this.givenUp.add(element);
    this.onGiveUp(element);
    if (!this.warned) {
      this.warned = true;
      console.warn(
        'gov-script-toggle: a page script writes back the text the toggle converts, again and again; that text is left as the page writes it.',
        element,
      );
    }
    return true;
  }
}
