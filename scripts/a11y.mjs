#!/usr/bin/env node
// `npm run a11y`: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) over every Storybook story in English
// and Serbian (Cyrillic, Latin) and over a representative set of stories (each widget loaded, and the
// error states) in each language of Vojvodina (Hungarian, Slovak, Romanian, Rusyn, Croatian: every
// story in all eight with --all-locales), and over the built demo pages (Serbian in
// Cyrillic and in Latin, English, Hungarian, and the CSP page when there is one), each in its loaded
// state and with the lightbox open. Each page is loaded in headless Debian Chromium and checked once
// its widgets have finished loading. Exits non-zero on any violation.
//
//   npm run build-storybook && npm run build:demo && npm run a11y [-- --only=stories|demo] [--jobs=2] [--all-locales]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { launchChromium } from './quality/chromium.mjs';
import { demoDir, demoTargets, openDemo, requireBuild, settle, storybookDir, trackRequests } from './quality/page.mjs';
import { serve } from './quality/serve.mjs';

/** Every story is checked in these locales... */
const LOCALES = ['en', 'sr-Cyrl', 'sr-Latn'];
/** ...and the representative ones in these (all of them with --all-locales): CI time grows with each story × locale. */
const MORE_LOCALES = ['hu', 'sk', 'ro', 'rue', 'hr'];
/** Each widget loaded (the feed with its dates, the gallery with its "show more" button), and its error state. */
const REPRESENTATIVE = /(news-feed--default|contact-card--seed-mission|photo-gallery--show-more|--error(-state)?)$/;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const only = option('only', 'all');
const jobs = Number(option('jobs', 2));
const allLocales = process.argv.includes('--all-locales');

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe over the whole document, shadow roots included. It is evaluated through the DevTools
 * protocol, not added as a <script>, so the CSP page keeps its policy while it is checked.
 * @param {import('playwright-core').Page} page
 */
async function runAxe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
}

/** Story ids from the static Storybook's index (docs pages are not stories). */
function storyTargets(origin) {
  requireBuild(storybookDir, 'index.json', 'npm run build-storybook');
  const index = JSON.parse(readFileSync(resolve(storybookDir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  // A story renamed away from the pattern must not silently drop a language's check: then all are walked.
  const representative = stories.filter((story) => REPRESENTATIVE.test(story.id));
  const subset = allLocales || representative.length < 3 ? stories : representative;
  const walks = [
    ...LOCALES.map((locale) => ({ locale, stories })),
    ...MORE_LOCALES.map((locale) => ({ locale, stories: subset })),
  ];
  // Locale by locale: a worker switches stories within one page as long as the locale stays.
  return walks.flatMap(({ locale, stories }) =>
    stories.map((story) => ({
      kind: 'story',
      name: `${story.id} [${locale}]`,
      id: story.id,
      locale,
      // A story tagged state-loading stays in its loading state: no use waiting for it to finish.
      wait: story.tags?.includes('state-loading') ? 500 : 3000,
      // a11y.manual: the a11y addon stays idle, so only this run of axe works on the page.
      url: `${origin}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale};a11y.manual:!true`,
    })),
  );
}

/**
 * Shows one story and checks it. A worker keeps one Storybook iframe and switches stories and locales
 * in it through Storybook's own channel, as the Storybook UI does, instead of loading Storybook's
 * bundle again for each story; a story that fails to show that way gets a fresh page. A story that
 * pins its own locale is checked once per locale it shows.
 */
async function checkStory(worker, target, seen) {
  const started = Date.now();
  const shown = await showStory(worker, target).catch(async () => {
    await worker.page?.close();
    worker.page = undefined;
    return showStory(worker, target);
  });
  const { page, errors, network } = worker;
  // Local data arrives in milliseconds; a story still loading after 3 s shows the loading state on purpose.
  const pending = await settle(page, network, { timeout: target.wait });
  const { lang, phase } = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    phase: window.__STORYBOOK_PREVIEW__.currentRender.phase,
  }));
  const key = `${target.id} ${lang}`;
  if (seen.has(key)) return { ...target, skipped: `pins locale ${lang}` };
  seen.add(key);
  const { violations } = await runAxe(page);
  const storyErrors = errors.splice(0);
  if (phase !== 'finished') storyErrors.push(`story render ${phase}`);
  if (process.env.A11Y_TIMING) console.log(`${Date.now() - started} ms ${target.name}${shown}`);
  return { ...target, name: `${target.id} [${lang}]`, violations, pending, errors: storyErrors };
}

const rendered = (id) => {
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  return render?.id === id && ['finished', 'errored', 'aborted'].includes(render.phase);
};

async function showStory(worker, target) {
  // (The same story in the next locale would only re-render: a new page makes sure it did.)
  if (worker.page && !(worker.locale !== target.locale && worker.storyId === target.id)) {
    if (worker.locale !== target.locale) {
      // The locale toolbar's own message, so that the next locale needs no new page either; the
      // story shown re-renders in it before the next one is asked for (asked at once, Storybook
      // would render that one with the old locale).
      await worker.page.evaluate(
        (locale) => window.__STORYBOOK_PREVIEW__.channel.emit('updateGlobals', { globals: { locale } }),
        target.locale,
      );
      await worker.page.waitForFunction(
        (locale) => {
          const { storyStoreValue, currentRender } = window.__STORYBOOK_PREVIEW__;
          return storyStoreValue.userGlobals.get().locale === locale && currentRender?.phase === 'finished';
        },
        target.locale,
        { timeout: 15000 },
      );
    }
    await worker.page.evaluate((id) => {
      // What one story left in the address (a deep link's #fragment) must not reach the next.
      history.replaceState(null, '', location.pathname + location.search);
      window.__STORYBOOK_PREVIEW__.channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
    }, target.id);
    Object.assign(worker, { locale: target.locale, storyId: target.id });
    await worker.page.waitForFunction(rendered, target.id, { timeout: 15000 });
    const locale = await worker.page.evaluate(
      () => window.__STORYBOOK_PREVIEW__.storyStoreValue.userGlobals.get().locale,
    );
    if (locale !== target.locale) throw new Error(`the story was shown in ${locale}`);
    return '';
  }
  await worker.page?.close();
  const page = await worker.context.newPage();
  Object.assign(worker, {
    page,
    locale: target.locale,
    storyId: target.id,
    errors: collectErrors(page),
    network: trackRequests(page),
  });
  await page.goto(target.url);
  await page.waitForFunction(rendered, target.id, { timeout: 15000 });
  return ' (page loaded)';
}

/** A demo page in its loaded state, then with the first photo open in the lightbox. */
async function checkDemo(context, origin, target) {
  const page = await context.newPage();
  try {
    const errors = collectErrors(page);
    const { pending, network, scriptSetBy } = await openDemo(page, origin, target);
    const results = [];
    const name = `${target.name}${scriptSetBy === 'attribute' ? ' [script set on <html>: no toggle]' : ''}`;
    results.push({ kind: 'demo', name, violations: (await runAxe(page)).violations, pending, errors });
    const thumbnail = page.locator('gov-photo-gallery [part="thumbnail"]').first();
    if (await thumbnail.count()) {
      await thumbnail.click();
      await page.locator('gov-photo-gallery dialog[open]').waitFor();
      const stillPending = await settle(page, network);
      results.push({
        kind: 'demo',
        name: `${name}, lightbox open`,
        violations: (await runAxe(page)).violations,
        pending: stillPending,
        errors: [],
      });
    }
    return results;
  } finally {
    await page.close();
  }
}

/** Uncaught errors of the page: a story or page that throws is not "accessible". */
function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

/** Runs `work` over `items`, `jobs` at a time; each worker has its own browser context. */
async function pool(items, work, contextOptions) {
  const results = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, items.length) }, async () => {
      const worker = { context: await browser.newContext(contextOptions) };
      try {
        while (next < items.length) results.push(await work(items[next++], worker));
      } finally {
        await worker.context.close();
      }
    }),
  );
  return results;
}

const started = Date.now();
const servers = [];
const browser = await launchChromium();
const results = [];
try {
  if (only !== 'demo') {
    // Storybook's hashed bundles may be cached: each story's page then loads in a fraction of the time.
    const storybook = await serve(storybookDir, { maxAge: 3600 });
    servers.push(storybook);
    const seen = new Set();
    const viewport = { width: 1024, height: 768 };
    results.push(
      ...(await pool(storyTargets(storybook.origin), (target, worker) => checkStory(worker, target, seen), {
        viewport,
      })),
    );
  }
  if (only !== 'stories') {
    const demo = await serve(demoDir);
    servers.push(demo);
    const viewport = { width: 1280, height: 900 };
    results.push(
      ...(
        await pool(demoTargets(), (target, { context }) => checkDemo(context, demo.origin, target), { viewport })
      ).flat(),
    );
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}

const checked = results.filter((result) => !result.skipped);
let violationCount = 0;
let problemCount = 0;
for (const result of checked.sort((a, b) => a.name.localeCompare(b.name))) {
  const nodes = result.violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
  violationCount += result.violations.length;
  if (result.violations.length === 0 && result.errors.length === 0) {
    if (result.pending.length)
      console.log(`✓ ${result.name}, checked while still loading: ${result.pending.join(', ')}`);
    continue;
  }
  problemCount += result.errors.length;
  console.log(`\n✗ ${result.name}: ${result.violations.length} violations (${nodes} elements)`);
  for (const violation of result.violations) {
    console.log(`  ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}`);
    for (const node of violation.nodes.slice(0, 5))
      console.log(
        `    at ${JSON.stringify(node.target)}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`,
      );
  }
  for (const problem of [...result.errors, ...result.pending.map((widget) => `still loading: ${widget}`)])
    console.log(`  ${problem}`);
}
const count = (kind) => checked.filter((result) => result.kind === kind);
const clean = (list) => list.filter((result) => result.violations.length === 0 && result.errors.length === 0).length;
const stories = count('story');
const demos = count('demo');
const skipped = results.length - checked.length;
console.log(
  `\naxe-core ${JSON.parse(readFileSync(createRequire(import.meta.url).resolve('axe-core/package.json'), 'utf8')).version}, tags ${TAGS.join(', ')}`,
);
if (stories.length)
  console.log(
    `stories: ${clean(stories)} of ${stories.length} story × locale pages without violations (${skipped} duplicates of stories that pin their locale skipped)`,
  );
if (demos.length) console.log(`demo pages: ${clean(demos)} of ${demos.length} page states without violations`);
console.log(
  `a11y: ${violationCount} violations, ${problemCount} page errors, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(violationCount + problemCount > 0 ? 1 : 0);
