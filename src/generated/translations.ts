// Do not modify this file by hand! Re-generate it with `npm run localize`.
// One loader per XLIFF file in xliff/: a page loads only the translation it needs.
export const translations = {
  'sr-Cyrl': () => import('./locales/sr-Cyrl.js'),
  'sr-Latn': () => import('./locales/sr-Latn.js'),
};
