// @ts-check
// The browser tests in Firefox ESR (Debian's firefox-esr), driven over WebDriver BiDi by the same
// puppeteer-core that drives Chromium: no new dependency and no browser download.
// `npm run test:firefox`; FIREFOX_PATH points to another Firefox.
import { existsSync } from 'node:fs';
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import base from './web-test-runner.config.js';

function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    console.error(
      '\nNo Firefox found. Install it (Debian: `apt-get update && apt-get install -y firefox-esr`) ' +
        'or set FIREFOX_PATH to a Firefox binary.\n',
    );
    process.exit(1);
  }
  return found;
}

export default {
  ...base,
  // One test file at a time: only the window with the focus gets key events and :focus-visible, and
  // Firefox gives it to one window of two (Chromium's headless windows each behave as focused).
  concurrency: 1,
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true },
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
};
