/**
 * The headings an element renders at the level its `heading-level` attribute asks for, so that they fit
 * the outline of the page around it (3 under a "News" h2). One rule for every element that has it.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * The level `heading-level` names, read as HTML reads an integer attribute (`colspan="3.6"` is 3):
 * the fraction is dropped, so "3.6" is 3. Kept between 2 and 6 (1 is the page's own title); what is
 * not a number is 2.
 */
export function clampHeadingLevel(value: unknown): number {
  const level = Math.trunc(Number(value));
  return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : 2;
}

export interface HeadingAttributes {
  part: string;
  class: string;
  id?: string;
  lang?: string;
}

/**
 * `<h2>`–`<h6>` (by {@link clampHeadingLevel}) around `content`. One template per level rather than
 * lit's static-html, which would add its own module to every page for five tag names.
 */
export function renderHeading(level: unknown, attributes: HeadingAttributes, content: unknown): TemplateResult {
  const { part, class: classes, id, lang } = attributes;
  // No whitespace between the tags: two more text nodes in each of a thousand news items.
  // prettier-ignore
  switch (clampHeadingLevel(level)) {
    case 3: return html`<h3 part=${part} class=${classes} id=${ifDefined(id)} lang=${ifDefined(lang)}>${content}</h3>`;
    case 4: return html`<h4 part=${part} class=${classes} id=${ifDefined(id)} lang=${ifDefined(lang)}>${content}</h4>`;
    case 5: return html`<h5 part=${part} class=${classes} id=${ifDefined(id)} lang=${ifDefined(lang)}>${content}</h5>`;
    case 6: return html`<h6 part=${part} class=${classes} id=${ifDefined(id)} lang=${ifDefined(lang)}>${content}</h6>`;
    default: return html`<h2 part=${part} class=${classes} id=${ifDefined(id)} lang=${ifDefined(lang)}>${content}</h2>`;
  }
}
