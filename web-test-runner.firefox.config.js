// @ts-check
// The browser tests in Firefox ESR (Debian's firefox-esr), driven over WebDriver BiDi by the same
// puppeteer-core that drives Chromium: no new dependency and no browser download.
// `npm run test:firefox`; FIREFOX_PATH points to another Firefox.
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import base, { findBrowser } from './web-test-runner.config.js';

const findFirefox = () =>
  findBrowser(
    'Firefox',
    [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
    'Install it (Debian: `apt-get update && apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox binary.',
  );

/**
 * What runs in Firefox by default (and so in CI, where the whole run must stay under 15 minutes on
 * 2 cores): what a browser engine can change. The elements as a reader uses them (rendering, keys,
 * focus, dialog, events), the sanitizer and parsers against hostile markup (an engine's HTML parser
 * decides mutation XSS), the strict CSP with Trusted Types, two copies on a page, and fetching
 * (streams, charsets, abort). Left to Chromium: pure logic that the engine does not touch (tests/core,
 * the readers' unit tests), the built-bundle and package checks, and the slow network-fault and
 * size corpora, whose code paths are the same JavaScript in both engines. Everything passes in
 * Firefox too: `npm run test:firefox -- --files 'tests/**\/*.test.ts'` runs it all.
 */
const firefoxFiles = [
  'tests/base/*.test.ts',
  'tests/news-feed/{news-feed,paging,states,trusted-types,script,security,sanitize}.test.ts',
  'tests/photo-gallery/*.test.ts',
  'tests/contact-card/contact-card.test.ts',
  'tests/script-toggle/*.test.ts',
  'tests/page/{load,inert}.test.ts',
  'tests/hardening/{csp,two-copies,isolation,display-spoofing,hostile-news,hostile-contact,hostile-gallery}.test.ts',
];

export default {
  ...base,
  files: firefoxFiles,
  // One test file at a time: only the window with the focus gets key events and :focus-visible, and
  // Firefox gives it to one window of two (Chromium's headless windows each behave as focused).
  concurrency: 1,
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        // Each test file starts with an empty HTTP cache, as in Chromium, whose browser contexts share none:
        // Firefox's share it, so a file would get a module another file fetched without asking the server
        // (and the server's delayed answers, tests/server/test-api.js, would not apply).
        extraPrefsFirefox: { 'browser.cache.disk.enable': false, 'browser.cache.memory.enable': false },
      },
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
};
