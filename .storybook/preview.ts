import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { localeReady } from '../src/localization.js';
import './preview.css';

setCustomElementsManifest(manifest);

/**
 * The widgets take their UI language from `<html lang>`, exactly as on a real page, so the locale
 * toolbar sets that attribute and waits for the translations before the story renders.
 */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Page language (<html lang>)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'sr-Cyrl', title: 'Српски (ћирилица)' },
          { value: 'sr-Latn', title: 'Srpski (latinica)' },
          { value: 'hu', title: 'Magyar' },
          { value: 'sk', title: 'Slovenčina' },
          { value: 'ro', title: 'Română' },
          { value: 'rue', title: 'Руски' },
          { value: 'hr', title: 'Hrvatski' },
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
  initialGlobals: { locale: 'en', theme: 'plain' },
  loaders: [
    async ({ globals }) => {
      const root = document.documentElement;
      root.lang = globals.locale ?? 'en';
      root.removeAttribute('data-gov-script');
      document.body.dataset.theme = globals.theme ?? 'plain';
      await localeReady();
      return {};
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
  tags: ['autodocs'],
};

export default preview;
