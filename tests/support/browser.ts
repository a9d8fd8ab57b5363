/**
 * Which browser runs the tests (`npm run test:browser` in Chromium, `npm run test:firefox` in Firefox ESR).
 * A test that cannot run in one of them skips there and says why; see README "Browser support".
 */
export const inFirefox = navigator.userAgent.includes('Firefox/');
