/**
 * What `<gov-news-feed show="full">` loads on demand (in the one-file bundle, the sibling file
 * gov-widgets-sanitize.js): the HTML sanitizer with DOMPurify, and the making of a sanitized story into
 * what the item shows. A list of summaries, what most pages show, carries neither.
 */
import { demoteHeadings, sanitizeFeedHtml } from '../../core/sanitize.js';
import type { SuiteRuntime } from '../shared/runtime.js';

/**
 * A story's HTML, sanitized with the suite's Trusted Types policy (ADR 3), which this file borrows
 * (docs/decisions/0006) rather than create a second one.
 */
export const sanitizeStory = (
  { purifierPolicy }: Pick<SuiteRuntime, 'purifierPolicy'>,
  html: string,
  baseUrl: string,
): Promise<DocumentFragment> => sanitizeFeedHtml(html, baseUrl, { trustedTypesPolicy: purifierPolicy() });

/** How the element shows data text: in the active script, with the `lang` that then holds. */
export interface ShownText {
  inScript(text: string, lang: string | undefined): string;
  langInScript(lang: string | undefined): string | undefined;
}

/**
 * A copy of the sanitized story as the item shows it: its headings below the item's (level
 * `headingLevel`), Serbian text nodes and alt texts in the active script, each by its nearest `lang`
 * (markup is never touched), and those `lang`s telling the script they are now in.
 */
export function showStory(
  sanitized: DocumentFragment,
  headingLevel: number,
  contentLang: string | undefined,
  shown: ShownText,
): HTMLElement {
  const root = document.createElement('div');
  root.className = 'content';
  root.setAttribute('part', 'content');
  root.append(sanitized.cloneNode(true));
  demoteHeadings(root, headingLevel);
  const langOf = (node: Node) => node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? contentLang;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    node.data = shown.inScript(node.data, langOf(node));
  }
  for (const image of root.querySelectorAll('img[alt]')) {
    image.setAttribute('alt', shown.inScript(image.getAttribute('alt')!, langOf(image)));
  }
  for (const marked of root.querySelectorAll('[lang]')) {
    const lang = shown.langInScript(marked.getAttribute('lang')!);
    if (lang) marked.setAttribute('lang', lang);
  }
  return root;
}
