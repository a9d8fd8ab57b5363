// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/** The entries: each registers one element (src/<name>.ts); nothing in the library imports them. */
const entries = ['index', 'news-feed', 'photo-gallery', 'contact-card', 'script-toggle'].map(
  (name) => `./src/${name}.ts`,
);
/** What code outside a browser page must never reach for: the page, its storage, its registry, the network. */
const pageGlobals = [
  'window',
  'self',
  'document',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'navigator',
  'customElements',
  'fetch',
  'requestIdleCallback',
  'trustedTypes',
].map((name) => ({ name, message: 'src/core/ is pure (it runs in Node): page access belongs in src/page/.' }));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'cli/dist/',
      'storybook-static/',
      'coverage/',
      'src/generated/',
      'custom-elements.json',
      '**/.tmp-*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // The layers (README, "Development"): src/core/ pure logic, src/page/ stateful page infrastructure
    // (with src/events.ts and src/localization.ts), src/components/ the elements, src/<name>.ts the
    // entries. An import, type-only ones included, goes only downward. tests/node/layers.test.mjs proves
    // that these rules catch a violation, and that src/ has no import cycle, type-only imports included.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      'import-x/no-unresolved': ['error', { ignore: ['^lit', '^@lit/', '^dompurify$'] }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: './src',
              except: ['./core'],
              message: 'src/core/ is pure: it imports only src/core/.',
            },
            {
              target: ['./src/page', './src/events.ts', './src/localization.ts'],
              from: ['./src/components', ...entries],
              message: 'Page infrastructure does not import the elements or their entries.',
            },
            {
              target: './src/components',
              from: entries,
              message: 'An element does not import an entry; the entry imports the element.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...pageGlobals] },
  },
  {
    // The library itself never logs chatter into a host page's console: only warnings and errors.
    files: ['src/**/*.ts'],
    rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
);
