// The author's no-convert marker, `-{…}-`: text between the markers is shown exactly as written in both
// directions, and the markers themselves never. (Literal text, which neither direction converts either, is found by
// literal-text.ts; this module stays small because every widget imports it to strip markers.)

/** Opens a span that is shown exactly as written in both scripts; the markers themselves are removed. */
export const NO_CONVERT_OPEN = '-{';
/** Closes a no-convert span. The first `}-` after `-{` closes it; spans do not nest. */
export const NO_CONVERT_CLOSE = '}-';

/** The next no-convert marker of a text: [start, end) is consumed, [contentStart, contentEnd) is copied. */
export class ProtectedSpan {
  start = Infinity;
  end = Infinity;
  contentStart = Infinity;
  contentEnd = Infinity;
  private text = '';

  /** Starts over on a new text. */
  reset(text: string): this {
    this.text = text;
    this.start = this.end = this.contentStart = this.contentEnd = Infinity;
    return this;
  }

  /** Moves to the first marker at or after `from`; `start` is Infinity when there is none. */
  seek(from: number): void {
    const open = this.text.indexOf(NO_CONVERT_OPEN, from);
    const close = open < 0 ? -1 : this.text.indexOf(NO_CONVERT_CLOSE, open + NO_CONVERT_OPEN.length);
    // An unclosed marker is ordinary text (as in MediaWiki), and no later one can close either.
    if (close < 0) {
      this.start = this.end = this.contentStart = this.contentEnd = Infinity;
      return;
    }
    this.start = open;
    this.end = close + NO_CONVERT_CLOSE.length;
    this.contentStart = open + NO_CONVERT_OPEN.length;
    this.contentEnd = close;
  }
}

/**
 * The text as written with its no-convert markers removed: for showing text in the script it was written in,
 * where no conversion runs but the markers must not show either.
 */
export function stripNoConvertMarkers(text: string): string {
  let open = text.indexOf(NO_CONVERT_OPEN);
  let result = '';
  let from = 0;
  while (open >= 0) {
    const close = text.indexOf(NO_CONVERT_CLOSE, open + NO_CONVERT_OPEN.length);
    if (close < 0) break;
    result += text.slice(from, open) + text.slice(open + NO_CONVERT_OPEN.length, close);
    from = close + NO_CONVERT_CLOSE.length;
    open = text.indexOf(NO_CONVERT_OPEN, from);
  }
  return from === 0 ? text : result + text.slice(from);
}
