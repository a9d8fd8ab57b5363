/**
 * The text a reader sees in a "plain-text" field that carries entities or tags anyway (`Q&amp;A`,
 * `<b>News</b>`), and in story HTML shortened to a summary: tags dropped (blocks and line breaks
 * become spaces; scripts, styles, templates and comments say nothing), character references decoded
 * once. One pass of one regular expression, not a document per field: a feed with hundreds of
 * thousands of `&` in its fields reads as fast as one without. The result is text, shown only
 * through text bindings, so a tag this reads differently from a browser can never become markup.
 *
 * Numeric references are decoded here as the HTML parser does. Named ones other than the five of
 * XML and `&nbsp;` are learned from the browser's own HTML parser, all of a text's new names in one
 * inert document, and remembered: HTML has over two thousand names, too many to ship. The parser is
 * handed in by the page layer ({@link learnNamedReferencesWith}, from src/page/inert.ts, which
 * parses under the widgets' Trusted Types policy); without one (Node) such names stay as written.
 */

const block =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|CAPTION|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/i;

/**
 * In order: an element whose content is never text, a comment, a declaration or bogus comment, a
 * tag (an attribute value in quotes may hold `>`), a character reference. Every branch after the
 * first character always matches, to the end of the text at worst, so nothing backtracks.
 */
const markupOrReference =
  /<(script|style|template|noscript|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)|<(?:[!?]|\/(?![a-z]))[^>]*>?|<\/?([a-z][^\s/>]*)(?:[^>=]|=\s*(?:"[^"]*"?|'[^']*'?)?)*>?|&(?:#(\d+)|#x([\da-f]+)|[a-z][a-z\d]*);?/gi;
const namedReference = /&[a-z][a-z\d]*;?/gi;

/** What HTML makes of the numbers 0x80–0x9F: the windows-1252 characters (the rest stay as they are). */
const windows1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

const seeded: [string, string][] = [
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
  ['&apos;', "'"],
  ['&nbsp;', '\u00a0'],
];
/** Named references as the HTML parser reads them, unknown names included (they stay as written). */
const named = new Map(seeded);

/**
 * How many inert documents may ever be parsed to learn names, and how many names each asks about.
 * Real text uses a few dozen names, learned in the first few texts; a hostile feed that makes up a
 * new name in every field cannot make each of them a document: past the limit, names not yet
 * learned stay as written.
 */
let learningsLeft = 64;
const namesPerLearning = 256;

function characterOf(number: number): string {
  if (number >= 0x80 && number < 0xa0) return windows1252[number - 0x80]!;
  return number === 0 || number > 0x10ffff || (number >= 0xd800 && number < 0xe000)
    ? '\ufffd'
    : String.fromCodePoint(number);
}

type HtmlParser = (html: string) => Document;
let parseHtml: HtmlParser | undefined;

/** Lets {@link textOfHtml} learn named references from `parse`, an HTML parser into an inert document. */
export function learnNamedReferencesWith(parse: HtmlParser): void {
  parseHtml = parse;
}

/** Asks the HTML parser, once, what the named references of `text` it has not been asked about mean. */
function learnNames(text: string): void {
  if (!learningsLeft || !parseHtml) return;
  const names = [...new Set(text.match(namedReference))].filter((name) => !named.has(name)).slice(0, namesPerLearning);
  if (!names.length) return;
  learningsLeft--;
  // Nothing but references goes in, so the inert document holds paragraphs of text and nothing else.
  const paragraphs = parseHtml(names.map((name) => `<p>${name}`).join('')).body.children;
  names.forEach((name, index) => named.set(name, paragraphs[index]?.textContent ?? name));
}

/** Texts read lately: a feed repeats its tags, places and author names thousands of times. */
let decoded = new Map<string, string>();

/**
 * The text of `html` as a reader sees it, whitespace collapsed. Text without `<` or `&` comes back
 * as it is.
 */
export function textOfHtml(html: string): string {
  if (!/[<&]/.test(html)) return html;
  let text = decoded.get(html);
  if (text === undefined) {
    learnNames(html);
    text = html
      .replace(markupOrReference, (match, _hidden?: string, tag?: string, decimal?: string, hex?: string) => {
        if (match[0] === '<') return tag && block.test(tag) ? ' ' : '';
        if (decimal || hex) return characterOf(decimal ? Number(decimal) : parseInt(hex!, 16));
        return named.get(match) ?? match;
      })
      .replace(/\s+/g, ' ')
      .trim();
    // Short texts only, and a few thousand: remembering must not keep a large document alive.
    if (html.length < 256) {
      if (decoded.size > 4096) decoded = new Map();
      decoded.set(html, text);
    }
  }
  return text;
}
