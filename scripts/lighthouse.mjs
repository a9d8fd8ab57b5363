#!/usr/bin/env node
// `npm run audit`: Lighthouse 12.2.3 with Debian's Chromium against the built demo pages
// (dist/demo/, `npm run build:demo`) served locally, on Lighthouse's mobile emulation (its default:
// Moto G Power screen, slow 4G and a 4× slower CPU, simulated) and on its desktop preset. Prints
// Performance, Accessibility, Best Practices, SEO and CLS per page, and what keeps a score below its
// goal. Goals: Performance ≥ 98, Accessibility 100, Best Practices 100, CLS 0; on the prerendered
// pages (dist/demo/prerendered/) SEO 100 and Performance within 2 points of index.html's instead of
// the absolute goal (see below why). On mobile, Performance is that of the median of five runs (as
// Lighthouse CI does: it moves with the machine's load; with three runs, one slow run and one at 96
// moved a median below the goal), and the runs stop as soon as three of them agree on the page's goal,
// which the median of five then cannot change (three runs when the page is clearly above or below it).
// The other goals must hold in every run. On desktop, where Performance is 100 run after run, one run.
// A mobile Performance below the goal is not judged when the median run's benchmarkIndex is ≤ 1000,
// where Lighthouse itself warns that the host is too slow for its CPU throttling (a busy shared
// machine); it is printed with a ⚠ (--strict judges it).
// Exits 1 when a goal is missed. Full reports go to .cache/lighthouse/ (HTML and JSON, one per run).
//
//   npm run build:demo && npm run audit [-- --form-factor=mobile|desktop] [--page=en.html] [--runs=N] [--strict]
//   (--runs=N: exactly N runs of each page)
//   GOV_DEMO_DIR=/path/to/pages npm run audit    (another build of the pages)
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './quality/chromium.mjs';
import { demoDir, demoTargets, root } from './quality/page.mjs';
import { serve } from './quality/serve.mjs';

const GOALS = { performance: 98, accessibility: 100, 'best-practices': 100, cls: 0 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const formFactors = option('form-factor') ? [option('form-factor')] : ['mobile', 'desktop'];
const runs = (formFactor) => Number(option('runs') ?? (formFactor === 'mobile' ? 5 : 1));
/**
 * Whether the runs so far settle which side of `threshold` the median of all `planned` runs falls on:
 * more than half of the planned runs are already on one side.
 */
const settled = (measured, planned, threshold) => {
  const meeting = measured.filter((m) => m.performance >= threshold).length;
  return !option('runs') && Math.max(meeting, measured.length - meeting) > planned / 2;
};
const strict = process.argv.includes('--strict');
/** Lighthouse's SLOW_CPU_BENCHMARK_INDEX_THRESHOLD (core/gather/driver/environment.js). */
const SLOW_HOST_INDEX = 1000;
// csp.html is the strict-CSP test bed (SECURITY.md), audited by axe, the keyboard walk and the display
// modes; its short fallback content is not tuned to the rendered widgets' height, so it shifts. hu.html is
// en.html's template and bundle in Hungarian (plus a 1.2 kB translation file): axe, the keyboard walk and
// the display modes check it, and Lighthouse's minutes per page are spent on the two pages that differ.
// `--page=csp.html` or `--page=hu.html` audits either.
const skipped = ['/csp.html', '/hu.html'];
const pages = demoTargets().filter(
  (target) =>
    (!target.script || target.prerendered) &&
    (option('page') ? target.path === `/${option('page')}` : !skipped.includes(target.path)),
);
const reportDir = resolve(root, '.cache/lighthouse');
mkdirSync(reportDir, { recursive: true });

const server = await serve(demoDir);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  logLevel: 'silent',
});
const rows = [];
const missed = [];
const unjudged = [];
try {
  for (const formFactor of formFactors) {
    for (const target of pages) {
      const url = server.origin + target.path;
      const slug = `${target.path.slice(1).replace(/\W+/g, '-')}${formFactor}`;
      const measured = [];
      // The prerendered pages run as often as the others: a single run of one missed the goal by
      // chance (mobile TBT 9–190 ms from run to run on one machine: the browser's first
      // Intl.DateTimeFormat, 25–50 ms of ICU set-up, lands in the hydration task or apart from it).
      // The prerendered pages are held to the page rendered in the browser, within 2 points (below).
      const client = rows.find((other) => other.form === formFactor && other.page === 'index.html (sr-Cyrl)');
      const threshold = target.prerendered && client ? client.Performance - 2 : GOALS.performance;
      const planned = runs(formFactor);
      for (let run = 1; run <= planned && !settled(measured, planned, threshold); run++)
        measured.push(await audit(url, formFactor, `${slug}-${run}`));
      // Performance varies from run to run with the machine's load (Lighthouse's benchmarkIndex
      // shows it): the median run counts, as in Lighthouse CI. The other goals hold in every run.
      const median = [...measured].sort((a, b) => a.performance - b.performance)[Math.floor(measured.length / 2)];
      const row = {
        page: target.name,
        form: formFactor,
        Performance: median.performance,
        Accessibility: Math.min(...measured.map((m) => m.accessibility)),
        'Best Practices': Math.min(...measured.map((m) => m['best-practices'])),
        SEO: Math.min(...measured.map((m) => m.seo)),
        CLS: Number(Math.max(...measured.map((m) => m.cls)).toFixed(3)),
        'FCP ms': median.fcp,
        'LCP ms': median.lcp,
        'TBT ms': median.tbt,
        ...(measured.length > 1 ? { 'Performance of each run': measured.map((m) => m.performance).join(' ') } : {}),
        'CPU index': measured.map((m) => m.benchmarkIndex).join(' '),
      };
      rows.push(row);
      const worst = (key) => measured.reduce((a, b) => (b[key] < a[key] ? b : a));
      const misses = [];
      // A prerendered page is judged against the page rendered in the browser (below), not against the
      // absolute goal: Lighthouse's simulation (Lantern) charges it for its larger HTML (15–17 kB gzip
      // against 4 kB: one more round trip before the first paint in its model, 95–100 from run to run),
      // while with real throttling in Chromium its largest paint comes with its first paint (0.74 s)
      // and that of the page rendered in the browser at 1.12 s.
      if (row.Performance < GOALS.performance && !target.prerendered) {
        // Lighthouse's own rule (its "slower CPU than Lighthouse expects" warning): below a
        // benchmarkIndex of 1000 its 4× CPU throttling overshoots and the mobile score is not a
        // measure of the page. Desktop runs are not CPU-throttled and are always judged.
        const calibrated = formFactor === 'desktop' || median.benchmarkIndex > SLOW_HOST_INDEX || strict;
        if (calibrated) misses.push([`Performance ${row.Performance} < ${GOALS.performance}`, median]);
        else {
          unjudged.push(
            `${target.name}, ${formFactor}: Performance ${row.Performance} < ${GOALS.performance} not judged: the median run's CPU index ${median.benchmarkIndex} ≤ ${SLOW_HOST_INDEX}, Lighthouse's threshold for a host too slow or busy for its 4× CPU throttling (--strict judges it anyway; report: .cache/lighthouse/${median.slug}.html)`,
          );
        }
      }
      if (row.Accessibility < GOALS.accessibility)
        misses.push([`Accessibility ${row.Accessibility} < ${GOALS.accessibility}`, worst('accessibility')]);
      if (row['Best Practices'] < GOALS['best-practices'])
        misses.push([`Best Practices ${row['Best Practices']} < ${GOALS['best-practices']}`, worst('best-practices')]);
      // A prerendered page (dist/demo/prerendered/, issue 19) is there for search engines: SEO 100
      // (its hreflang alternates are absolute), and it is at least as fast as the page rendered in the
      // browser (within 2 points, the spread of a median of runs on a shared machine).
      if (target.prerendered && row.SEO < 100) misses.push([`SEO ${row.SEO} < 100`, worst('seo')]);
      if (target.prerendered && client && row.Performance < threshold)
        misses.push([
          `Performance ${row.Performance} < ${client.Performance} of the page rendered in the browser`,
          median,
        ]);
      const shifted = measured.find((m) => m.cls > GOALS.cls);
      if (shifted) misses.push([`CLS ${shifted.cls.toFixed(4)} > ${GOALS.cls}`, shifted]);
      for (const [miss, run] of misses)
        missed.push({
          name: `${target.name}, ${formFactor}`,
          misses: [miss],
          reasons: reasons(run.lhr),
          slug: run.slug,
        });
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}

/** One Lighthouse run; its HTML and JSON reports are kept. */
async function audit(url, formFactor, slug) {
  const config = formFactor === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(
    url,
    { port: chrome.port, logLevel: 'error', output: ['html', 'json'], onlyCategories: CATEGORIES },
    config,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr, report } = result;
  writeFileSync(resolve(reportDir, `${slug}.html`), report[0]);
  writeFileSync(resolve(reportDir, `${slug}.json`), report[1]);
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id) => Math.round(lhr.audits[id].numericValue);
  return {
    lhr,
    slug,
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
  };
}

/** The audits that cost points, with their details, so a miss can be fixed rather than retried. */
function reasons(lhr) {
  const lines = [];
  for (const id of ['performance', 'accessibility', 'best-practices', 'seo']) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      const failing = audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative';
      if (!failing || (id === 'performance' && ref.weight === 0 && audit.scoreDisplayMode !== 'metricSavings'))
        continue;
      const items = (audit.details?.items ?? [])
        .slice(0, 4)
        .map((item) => `      ${JSON.stringify(item).slice(0, 220)}`);
      lines.push(
        `    ${id}: ${audit.id} (score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}): ${audit.title}`,
        ...items,
      );
    }
  }
  return lines;
}

console.log(
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ${CHROMIUM_PATH}; mobile = Lighthouse's default emulation and simulated throttling, desktop = its desktop preset; ${formFactors.map((form) => `up to ${runs(form)} ${form}`).join(' and ')} runs per page (until the median's side of the goal is settled): Performance, FCP, LCP, TBT of the median run, the lowest other scores, the highest CLS; CPU index = Lighthouse's benchmarkIndex of each run (lower: a busier machine)`,
);
console.table(rows);
for (const { name, misses, reasons: why, slug } of missed) {
  console.log(`\n✗ ${name}: ${misses.join('; ')} (report: .cache/lighthouse/${slug}.html)`);
  for (const line of why) console.log(line);
}
for (const line of unjudged) console.log(`\n⚠ ${line}`);
console.log(
  missed.length
    ? `\naudit: ${missed.length} goals missed over ${rows.length} pages × form factors (Performance ≥ ${GOALS.performance}, Accessibility ${GOALS.accessibility}, Best Practices ${GOALS['best-practices']}, CLS ${GOALS.cls})`
    : `\naudit: all ${rows.length} pages × form factors meet the goals${unjudged.length ? ` judged on this host (${unjudged.length} mobile Performance not judged, ⚠ above)` : ''} (Performance ≥ ${GOALS.performance}, Accessibility ${GOALS.accessibility}, Best Practices ${GOALS['best-practices']}, CLS ${GOALS.cls})`,
);
process.exit(missed.length ? 1 : 0);
