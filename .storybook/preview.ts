import type { Preview, StoryContext } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import manifest from '../custom-elements.json';
import { allLocales } from '../src/generated/locale-codes.js';
import { localeReady } from '../src/localization.js';
import { scriptAttribute, scriptStorageKey } from '../src/page/page-script.js';
import { argTypesFor, descriptionOf, elementDeclarations, themeCss } from '../stories/support/manifest.js';
import ElementDocs from './element-docs.mdx';
import './preview.css';

setCustomElementsManifest(manifest);

/**
 * Every event the elements document (`@fires`) is logged in the Actions panel, with its detail.
 * One listener per event on document: the elements' events bubble and cross shadow roots, and the
 * script toggle's are dispatched on document itself.
 */
for (const name of new Set(
  elementDeclarations()
    .flatMap((element) => element.events ?? [])
    .map(({ name }) => name),
))
  document.addEventListener(name, (event) => action(name)(event instanceof CustomEvent ? event.detail : event));

/** Names the browser's Intl data lacks: Pannonian Rusyn's own name for its language. */
const ownNames: Record<string, string> = { rue: 'Руски' };

/** A locale's name in its own language: "English", "Српски (ћирилица)", "Srpski (latinica)", "Magyar". */
function nativeName(locale: string): string {
  const name = ownNames[locale] ?? new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** What the last story was shown with: a changed control re-renders a story but must not reset its page. */
let shownWith = '';

/**
 * The widgets take their UI language from `<html lang>` and the script of Serbian content from
 * `data-gov-script` on `<html>`, exactly as on a real page, so the toolbars set those and the story
 * waits for the translations before it renders.
 */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Page language (<html lang>)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        // Every UI locale of src/generated/locale-codes.ts (npm run localize): a new translation is listed by itself.
        items: allLocales.map((value) => ({ value, title: nativeName(value) })),
        dynamicTitle: true,
      },
    },
    script: {
      description: 'Script of Serbian content (data-gov-script on <html>, as the script toggle sets it)',
      toolbar: {
        title: 'Script',
        icon: 'transfer',
        items: [
          { value: 'page', title: 'As the page language says' },
          { value: 'cyrl', title: 'Ћирилица (data-gov-script="cyrl")' },
          { value: 'latn', title: 'Latinica (data-gov-script="latn")' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Host page theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'plain', title: 'Plain host page' },
          { value: 'portal', title: 'Government portal' },
          { value: 'dark', title: 'Dark host page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', script: 'page', theme: 'plain' },
  // Every token starts empty (the element's own default applies), so its control is a field to type in at once.
  argsEnhancers: [
    ({ argTypes, initialArgs }) =>
      Object.fromEntries(
        Object.keys(argTypes)
          .filter((name) => name.startsWith('--') && !(name in initialArgs))
          .map((name) => [name, '']),
      ),
  ],
  loaders: [
    async ({ id, globals }) => {
      const page = `${id} ${globals.locale} ${globals.script} ${globals.theme}`;
      if (page !== shownWith) {
        shownWith = page;
        const root = document.documentElement;
        root.lang = globals.locale ?? 'en';
        // The toolbar says which script the story starts in, not a choice an earlier story's toggle stored.
        localStorage.removeItem(scriptStorageKey);
        if (globals.script === 'cyrl' || globals.script === 'latn') root.setAttribute(scriptAttribute, globals.script);
        else root.removeAttribute(scriptAttribute);
        document.body.dataset.theme = globals.theme ?? 'plain';
      }
      await localeReady();
      return {};
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: {
      extractArgTypes: argTypesFor,
      extractComponentDescription: descriptionOf,
      page: ElementDocs,
      // The Code panel: the story's markup, with the tokens set in the Controls panel as CSS to copy.
      codePanel: true,
      source: {
        transform: (code: string, { component, args }: StoryContext) => {
          const css = component ? themeCss(component, args) : '';
          return css ? `<style>\n${css.replace(/^/gm, '  ')}</style>\n${code}` : code;
        },
      },
    },
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
  tags: ['autodocs'],
};

export default preview;
