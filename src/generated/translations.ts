// Do not modify this file by hand! Re-generate it with `npm run localize`.
// One loader per XLIFF file in xliff/: a page loads only the translation it needs.
export const translations = {
  'hr': () => import('./locales/hr.js'),
  'hu': () => import('./locales/hu.js'),
  'ro': () => import('./locales/ro.js'),
  'rue': () => import('./locales/rue.js'),
  'sk': () => import('./locales/sk.js'),
  'sr-Cyrl': () => import('./locales/sr-Cyrl.js'),
  'sr-Latn': () => import('./locales/sr-Latn.js'),
};
