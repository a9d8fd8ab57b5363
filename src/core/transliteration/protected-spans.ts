// Spans that neither direction converts: the author's no-convert marker and URLs with a scheme
// (a Cyrillic IDN such as https://пример.срб/ is a different address once latinised).

/** Opens a span that is shown exactly as written in both scripts; the markers themselves are removed. */
export const NO_CONVERT_OPEN = '-{';
/** Closes a no-convert span. The first `}-` after `-{` closes it; spans do not nest. */
export const NO_CONVERT_CLOSE = '}-';

/** The next protected span of a text: [start, end) is consumed, [contentStart, contentEnd) is copied. */
export class ProtectedSpan {
  start = Infinity;
  end = Infinity;
  contentStart = Infinity;
  contentEnd = Infinity;
  private markerSearched = false;
  private markerOpen = -1;
  private markerClose = -1;
  private urlSearched = false;
  private urlStart = -1;
  private urlEnd = -1;
  private text = '';

  /** Starts over on a new text. */
  reset(text: string): this {
    this.text = text;
    this.markerSearched = this.urlSearched = false;
    this.start = this.end = this.contentStart = this.contentEnd = Infinity;
    return this;
  }

  /** Moves to the first protected span at or after `from`; `start` is Infinity when there is none. */
  seek(from: number): void {
    this.findMarker(from);
    this.findUrl(from);
    if (this.markerOpen >= 0 && (this.urlStart < 0 || this.markerOpen <= this.urlStart)) {
      this.start = this.markerOpen;
      this.end = this.markerClose + NO_CONVERT_CLOSE.length;
      this.contentStart = this.markerOpen + NO_CONVERT_OPEN.length;
      this.contentEnd = this.markerClose;
    } else if (this.urlStart >= 0) {
      this.start = this.contentStart = this.urlStart;
      this.end = this.contentEnd = this.urlEnd;
    } else {
      this.start = this.end = this.contentStart = this.contentEnd = Infinity;
    }
  }

  private findMarker(from: number): void {
    // A search result stays valid until the scan passes it, so each text is searched in one sweep.
    if (this.markerSearched && (this.markerOpen < 0 || this.markerOpen >= from)) return;
    this.markerSearched = true;
    this.markerOpen = this.text.indexOf(NO_CONVERT_OPEN, from);
    if (this.markerOpen < 0) return;
    this.markerClose = this.text.indexOf(NO_CONVERT_CLOSE, this.markerOpen + NO_CONVERT_OPEN.length);
    // An unclosed marker is ordinary text (as in MediaWiki), and no later one can close either.
    if (this.markerClose < 0) this.markerOpen = -1;
  }

  private findUrl(from: number): void {
    if (this.urlSearched && (this.urlStart < 0 || this.urlStart >= from)) return;
    this.urlSearched = true;
    const text = this.text;
    let separator = text.indexOf('://', from);
    while (separator >= 0) {
      let start = separator;
      while (start > from && isSchemeCharacter(text.charCodeAt(start - 1))) start--;
      while (start < separator && !isAsciiLetter(text.charCodeAt(start))) start++;
      if (start < separator) {
        this.urlStart = start;
        this.urlEnd = endOfUrl(text, separator + 3);
        return;
      }
      separator = text.indexOf('://', separator + 3);
    }
    this.urlStart = -1;
  }
}

/** A URL runs to the next space or to a character that cannot appear unescaped in one (quotes, angle brackets). */
export function endOfUrl(text: string, from: number): number {
  let end = from;
  while (end < text.length && !endsUrl(text.charCodeAt(end))) end++;
  return end;
}

function endsUrl(code: number): boolean {
  switch (code) {
    case 0x22: // "
    case 0x3c: // <
    case 0x3e: // >
    case 0xab: // «
    case 0xbb: // »
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
      return true;
    default:
      return code <= 0x20 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
  }
}

function isSchemeCharacter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e;
}

export function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
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
