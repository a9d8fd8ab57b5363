/**
 * Lit directives the stories render elements with, so that every control of the Controls panel
 * reaches the element the way a page would: as its HTML attribute, and each `--gov-*` token as a
 * custom property on the element itself.
 */
import type { Args } from '@storybook/web-components-vite';
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { elementDeclaration, tokenValues } from './manifest.js';

class ElementArgs extends Directive {
  /** The tokens this directive set on its element, so that a token cleared in the panel goes too. */
  private tokens = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('elementArgs() belongs in an element: <gov-x ${elementArgs(args)}>');
  }

  render(_args: Args) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [Args]) {
    const element = part.element as HTMLElement;
    for (const attribute of elementDeclaration(element.localName)?.attributes ?? []) {
      const arg: unknown = args[attribute.name];
      const value = typeof arg === 'function' ? (arg as (element: Element) => unknown)(element) : arg;
      if (value === undefined || value === null || value === false || value === '')
        element.removeAttribute(attribute.name);
      else element.setAttribute(attribute.name, value === true ? '' : String(value));
    }
    const tokens = new Map(tokenValues(args));
    // Storybook also renders the story into a detached element for the Code panel: that copy shows
    // the tokens as a <style> block (preview.ts), not as a style attribute. The canvas's element is
    // in the page by the time this microtask runs (on its first render, too).
    const apply = () => {
      if (!element.isConnected) return;
      for (const name of this.tokens.keys()) if (!tokens.has(name)) element.style.removeProperty(name);
      for (const [name, value] of tokens) element.style.setProperty(name, value);
      this.tokens = tokens;
    };
    if (element.isConnected) apply();
    else queueMicrotask(apply);
    return nothing;
  }
}

/**
 * Sets the element's attributes from the story's args (one per attribute of custom-elements.json;
 * an arg left empty removes it; a function gives the value for this element, see failsOnce) and
 * its `--gov-*` custom properties from the token controls.
 */
export const elementArgs = directive(ElementArgs);

class InlineData extends Directive {
  private script?: HTMLScriptElement;

  render(type: string, data: unknown) {
    const text = typeof data === 'string' ? data : JSON.stringify(data, null, 2);
    // One <script> per rendering: Storybook renders each story twice (canvas and Code panel), and
    // a node shared between the two would be moved out of the canvas's element.
    this.script ??= Object.assign(document.createElement('script'), { type });
    if (this.script.textContent !== text) this.script.textContent = text;
    return this.script;
  }
}

/**
 * The element's data as an inline `<script type="…">` child, the recommended form on a page (a Lit
 * template cannot bind inside a `<script>`). New data replaces its text, which the element follows.
 */
export const inlineData = directive(InlineData);
