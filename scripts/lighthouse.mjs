#!/usr/bin/env node
// `npm run audit`: Lighthouse 12.2.3 with Debian's Chromium against the built demo pages
// (dist/demo/, `npm run build:demo`) served locally, on Lighthouse's mobile emulation (its default:
// Moto G Power screen, slow 4G and a 4× slower CPU, simulated) and on its desktop preset. Prints
// Performance, Accessibility, Best Practices, SEO and CLS per page, and what keeps a score below its
// goal. Goals: Performance ≥ 98, Accessibility 100, Best Practices 100, CLS 0. Exits 1 when one is
// missed. Full reports go to .cache/lighthouse/ (HTML and JSON).
//
//   npm run build:demo && npm run audit [-- --form-factor=mobile|desktop] [--page=en.html]
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
const pages = demoTargets().filter(
  (target) => !target.script && (!option('page') || target.path === `/${option('page')}`),
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
try {
  for (const formFactor of formFactors) {
    for (const target of pages) {
      const url = server.origin + target.path;
      const config = formFactor === 'desktop' ? desktopConfig : undefined;
      const result = await lighthouse(
        url,
        { port: chrome.port, logLevel: 'error', output: ['html', 'json'], onlyCategories: CATEGORIES },
        config,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr, report } = result;
      const slug = `${target.path.slice(1).replace(/\W+/g, '-')}${formFactor}`;
      writeFileSync(resolve(reportDir, `${slug}.html`), report[0]);
      writeFileSync(resolve(reportDir, `${slug}.json`), report[1]);
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const cls = lhr.audits['cumulative-layout-shift'].numericValue;
      const row = {
        page: target.name,
        form: formFactor,
        Performance: score('performance'),
        Accessibility: score('accessibility'),
        'Best Practices': score('best-practices'),
        SEO: score('seo'),
        CLS: Number(cls.toFixed(3)),
        'FCP ms': Math.round(lhr.audits['first-contentful-paint'].numericValue),
        'LCP ms': Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        'TBT ms': Math.round(lhr.audits['total-blocking-time'].numericValue),
      };
      rows.push(row);
      const misses = [];
      if (row.Performance < GOALS.performance) misses.push(`Performance ${row.Performance} < ${GOALS.performance}`);
      if (row.Accessibility < GOALS.accessibility)
        misses.push(`Accessibility ${row.Accessibility} < ${GOALS.accessibility}`);
      if (row['Best Practices'] < GOALS['best-practices'])
        misses.push(`Best Practices ${row['Best Practices']} < ${GOALS['best-practices']}`);
      if (cls > GOALS.cls) misses.push(`CLS ${cls.toFixed(4)} > ${GOALS.cls}`);
      if (misses.length) missed.push({ name: `${target.name}, ${formFactor}`, misses, reasons: reasons(lhr), slug });
    }
  }
} finally {
  await chrome.kill();
  await server.close();
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
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ${CHROMIUM_PATH}; mobile = Lighthouse's default emulation and simulated throttling, desktop = its desktop preset`,
);
console.table(rows);
for (const { name, misses, reasons: why, slug } of missed) {
  console.log(`\n✗ ${name}: ${misses.join('; ')} (report: .cache/lighthouse/${slug}.html)`);
  for (const line of why) console.log(line);
}
console.log(
  missed.length
    ? `\naudit: ${missed.length} of ${rows.length} runs missed a goal (Performance ≥ ${GOALS.performance}, Accessibility ${GOALS.accessibility}, Best Practices ${GOALS['best-practices']}, CLS ${GOALS.cls})`
    : `\naudit: all ${rows.length} runs meet the goals (Performance ≥ ${GOALS.performance}, Accessibility ${GOALS.accessibility}, Best Practices ${GOALS['best-practices']}, CLS ${GOALS.cls})`,
);
process.exit(missed.length ? 1 : 0);
