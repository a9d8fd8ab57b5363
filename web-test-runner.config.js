// @ts-check
import { existsSync, writeFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { testApiMiddleware } from './tests/server/test-api.js';
import { strictCspMiddleware } from './tests/server/strict-csp.js';
import { CHROMIUM_FLAGS } from './scripts/quality/chromium.mjs';

/**
 * The first of `candidates` that exists; else exit early with how to install `what` rather than with
 * puppeteer's stack trace. Also used by web-test-runner.firefox.config.js.
 * @param {string} what @param {(string | undefined)[]} candidates @param {string} install
 */
export function findBrowser(what, candidates, install) {
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    console.error(`\nNo ${what} found. ${install}\n`);
    process.exit(1);
  }
  return found;
}

/** The browser: CHROME_PATH, else Debian's Chromium. */
const findChrome = () =>
  findBrowser(
    'Chromium',
    [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    'Install it (Debian: `apt-get update && apt-get install -y chromium`) or set CHROME_PATH to a Chrome/Chromium binary.',
  );

/**
 * Counts tests the way CI needs them: a file that failed to load is a failure, and the
 * counts go to the file named by GOV_TEST_SUMMARY (read by scripts/test.mjs) and to the
 * last line of the output.
 * @returns {import('@web/test-runner').Reporter}
 */
function summaryLineReporter() {
  /** @param {any} suite @param {{passed: number, failed: number, skipped: number}} counts */
  const countSuite = (suite, counts) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) counts.skipped++;
      else if (test.passed) counts.passed++;
      else counts.failed++;
    }
    for (const child of suite.suites ?? []) countSuite(child, counts);
  };
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed++;
      }
      if (process.env.GOV_TEST_SUMMARY) writeFileSync(process.env.GOV_TEST_SUMMARY, JSON.stringify(counts));
      // Written at exit so that it comes after wtr's own "Finished running tests" line.
      process.once('exit', () => {
        const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
        console.log(`wtr: ${counts.passed} passed, ${counts.failed} failed${skipped}`);
        if (counts.passed + counts.failed === 0) {
          console.log('wtr: no test ran, which counts as a failure');
          process.exitCode = 1;
        }
      });
    },
  };
}

/**
 * Tests that stage a race by holding a module back at the test server: they need a browser whose
 * cache no earlier test file has filled (a module already fetched by another file's page is answered
 * without a request, so the hold never applies). `npm test` runs them in a browser of their own,
 * before the others: `web-test-runner --files <these>`.
 */
export const stagedRaceFiles = ['tests/hardening/superseded-*.test.ts'];

export default {
  files: ['tests/**/*.test.ts', '!tests/node/**', ...stagedRaceFiles.map((glob) => `!${glob}`)],
  nodeResolve: true,
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROMIUM_FLAGS },
      // Each test file in a window of its own: a second tab in one window is hidden, and a hidden page
      // gets no animation frames, so fixture() and axe would wait forever.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  middleware: [testApiMiddleware, strictCspMiddleware],
  // Lit's dev build stays on for its checks; only its "dev mode" banner, repeated in every file, is muted.
  // GOV_REQUIRE_BUILD=1 (set by .ci/run, which builds first) turns the tests of the built bundle from
  // skipped into failed when dist/ is missing.
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
    <html lang="en">
      <head><title>gov-widgets tests</title><script>window.litIssuedWarnings = new Set(['dev-mode']);
        window.govRequireBuild = ${JSON.stringify(Boolean(process.env.GOV_REQUIRE_BUILD))};</script></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
  concurrency: 2,
  reporters: [defaultReporter(), summaryLineReporter()],
  testFramework: { config: { timeout: 8000 } },
};
