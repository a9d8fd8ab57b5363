/**
 * The Latin copy of a Serbian Cyrillic feed page, made with the project's transliteration engine
 * (src/core/transliterate.ts), the one the script toggle uses: every text a reader sees — title,
 * summary, text, tags, place, alt text, and the text (and alt and title attributes) of the story's
 * HTML — while markup, URLs and parts marked in another language (`lang="en"`) stay as written.
 * Only items in Serbian Cyrillic change; their `language` becomes sr-Latn.
 */
import { isSerbian, retagScript, scriptOfTag } from '../../../src/core/locale.js';
import { toLatin } from '../../../src/core/transliterate.js';
import type { JsonItem } from './story.js';

const isCyrillicSerbian = (tag: unknown) => typeof tag === 'string' && isSerbian(tag) && scriptOfTag(tag) === 'cyrl';

/** Converts the Serbian text of sanitized story HTML; `lang` decides what is Serbian. */
function htmlToLatin(html: string, language: string): string {
  const template = document.createElement('template');
  // Our own sanitized output, parsed in jsdom's inert template: nothing runs or loads.
  template.innerHTML = html;
  const serbianCyrillic = (node: Node): boolean => {
    const element = (node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode) as Element | null;
    const tagged = element?.closest?.('[lang]');
    return isCyrillicSerbian(tagged ? tagged.getAttribute('lang') : language);
  };
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (serbianCyrillic(node)) (node as Text).data = toLatin((node as Text).data);
  }
  for (const element of template.content.querySelectorAll('[alt], [title]')) {
    if (!serbianCyrillic(element)) continue;
    for (const name of ['alt', 'title']) {
      const value = element.getAttribute(name);
      if (value) element.setAttribute(name, toLatin(value));
    }
  }
  for (const element of template.content.querySelectorAll('[lang]')) {
    element.setAttribute('lang', retagScript(element.getAttribute('lang')!, 'latn'));
  }
  return template.innerHTML;
}

/** The item as a Latin page shows it; `feedLanguage` is the language of items that do not name one. */
export function itemToLatin(item: JsonItem, feedLanguage: string | undefined): JsonItem {
  const language = (item.language as string | undefined) ?? feedLanguage;
  if (!isCyrillicSerbian(language)) return item;
  const latin: JsonItem = { ...item };
  for (const field of ['title', 'summary', 'content_text'] as const) {
    if (typeof item[field] === 'string') latin[field] = toLatin(item[field]);
  }
  if (typeof item.content_html === 'string') latin.content_html = htmlToLatin(item.content_html, language!);
  if (Array.isArray(item.tags)) latin.tags = item.tags.map((tag) => toLatin(String(tag)));
  const gov = item._gov as Record<string, unknown> | undefined;
  if (gov) {
    latin._gov = { ...gov };
    for (const field of ['place', 'alt'] as const) {
      if (typeof gov[field] === 'string') (latin._gov as Record<string, unknown>)[field] = toLatin(gov[field]);
    }
  }
  if (item.language !== undefined) latin.language = retagScript(language!, 'latn');
  return latin;
}

/** A whole page in Latin: its items, and its language when that is Serbian Cyrillic. */
export function pageToLatin(page: JsonItem): JsonItem {
  const language = page.language as string | undefined;
  return {
    ...page,
    ...(isCyrillicSerbian(language) ? { language: retagScript(language!, 'latn') } : {}),
    items: (page.items as JsonItem[]).map((item) => itemToLatin(item, language)),
  };
}
