/** The part of jsdom's API the CLI uses (lib/dom.ts): a window with a DOM. */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string });
    readonly window: Window & typeof globalThis;
    /** The document as HTML, with its doctype. */
    serialize(): string;
  }
}
