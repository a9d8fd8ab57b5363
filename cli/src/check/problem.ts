/** What the checker reports. */
export type DocumentKind = 'news' | 'photos' | 'contact';

export interface Problem {
  /** An error breaks the document for the widget or for feed readers (exit code 1); a warning works but loses something. */
  severity: 'error' | 'warning';
  /** The JSON pointer of the value (RFC 6901); '' is the whole document. */
  pointer: string;
  /** Where it is in the text, 1-based, for JSON documents. */
  line?: number;
  column?: number;
  /** What is wrong. */
  message: string;
  /** What the widget will do with it. */
  effect: string;
  /** How to fix it. */
  fix: string;
}

export interface CheckResult {
  /** What the document was checked as; undefined when it could not be read at all. */
  kind?: DocumentKind;
  /** For feeds: JSON Feed, RSS or Atom. */
  format?: 'json' | 'rss' | 'atom' | 'json-ld';
  /** How many items, photos or offices the widget will show. */
  count?: number;
  problems: Problem[];
}
