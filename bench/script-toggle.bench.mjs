#!/usr/bin/env node
// <gov-script-toggle> on a generated page with over 1 MB of Serbian Cyrillic text in thousands of
// elements (paragraphs, lists, links with titles, figures with alt, English quotes), in Chromium.
// Each figure is the median of several runs; the baseline is measured in the same page and run:
// a plain TreeWalker + toLatin pass over the text (and a revert from the strings it saved). Goal:
// ≤ 1.5×. For context, two more rows compare with a plain pass that makes the same writes as the
// toggle (text, title/alt/... attributes, <html lang>) without its language rules and bookkeeping.
//
//   node bench/script-toggle.bench.mjs [--runs=7]
//   node bench/script-toggle.bench.mjs --scale [--runs=5]   (a 5 MB page: time to switch and longest task)
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/quality/chromium.mjs';
import { bundlePage, servePage } from './lib/page.mjs';

const goal = 1.5;

const pageHtml = `<!doctype html>
<html lang="sr-Cyrl">
  <head><meta charset="utf-8"><title>Мерење</title><script type="module" src="/bench.js"></script></head>
  <body><header></header><main></main></body>
</html>`;

/** Runs `measure` of the page script (script-toggle.page.mjs) in Chromium with `options`; checks the revert. */
async function measureInPage(measure, options) {
  const server = await servePage(pageHtml, await bundlePage('script-toggle'));
  const browser = await launchChromium({ extraArgs: ['--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => globalThis.scriptToggleBench && customElements.get('gov-script-toggle'));
    const result = await page.evaluate(([name, args]) => globalThis.scriptToggleBench[name](args), [measure, options]);
    if (!result.identical) throw new Error('the revert did not restore the page byte for byte');
    return result;
  } finally {
    await browser.close();
    server.close();
  }
}

export async function run({ runs = 15 } = {}) {
  const result = await measureInPage('measure', { runs, minimumCharacters: 1_100_000 });
  const { medians } = result;
  const row = (name, value, baseline, rowGoal) => ({
    name,
    value: round(value),
    unit: 'ms',
    baseline: round(baseline),
    ratio: round(value / baseline),
    goal: rowGoal,
  });
  const size = `${(result.characters / 1e6).toFixed(2)} M characters, ${result.elements} elements`;
  return {
    size,
    rows: [
      row('switch to Latin', medians.toggleSwitch, medians.baselineSwitch, goal),
      row('revert to Cyrillic', medians.toggleRevert, medians.baselineRevert, goal),
      row('switch, against the same writes done plainly', medians.toggleSwitch, medians.sameWritesSwitch, null),
      row('revert, against the same writes undone plainly', medians.toggleRevert, medians.sameWritesRevert, null),
      row('100 kB inserted while Latin is shown', medians.toggleInsert, medians.baselineInsert, null),
      row('toggle connects (Cyrillic shown)', medians.toggleConnect, medians.baselineSwitch, null),
    ],
  };
}

const round = (value) => Math.round(value * 100) / 100;

/**
 * The scale figure (SECURITY.md): a 5 MB Cyrillic page switched to Latin and back by a click, in Chromium.
 * Per phase (and for the page's own load): the medians of the script's time, the layout's and the time to the
 * next frame, and the longest task of all runs.
 */
export async function runScale({ runs = 5, bytes = 5_000_000 } = {}) {
  const result = await measureInPage('measureScale', { runs, bytes });
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const medianOf = (measured, key) => round(median(measured.map((entry) => entry[key])));
  const rows = Object.entries(result.results).map(([phase, measured]) => ({
    phase,
    script: medianOf(measured, 'script'),
    layout: medianOf(measured, 'layout'),
    time: medianOf(measured, 'time'),
    longestTask: round(Math.max(...measured.map((entry) => entry.longestTask))),
  }));
  return { ...result, rows };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--scale')) {
  const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 5);
  const { bytes, characters, elements, rows } = await runScale({ runs });
  console.log(
    `<gov-script-toggle> at scale: ${(bytes / 1e6).toFixed(2)} MB of HTML, ${(characters / 1e6).toFixed(2)} M characters, ` +
      `${elements} elements; medians of ${runs} runs, longest task of all runs. Script: the toggle's work in the ` +
      `click; layout: the browser's, of what changed (for the page load: of the whole page).`,
  );
  console.table(
    rows.map(({ phase, script, layout, time, longestTask }) => ({
      phase,
      'script (ms)': script,
      'layout (ms)': layout,
      'to next frame (ms)': time,
      'longest task (ms)': longestTask,
    })),
  );
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 15);
  const { size, rows } = await run({ runs });
  console.log(
    `<gov-script-toggle>: ${size}; medians of ${runs} runs; baseline: TreeWalker + toLatin (revert: restoring its saved strings)`,
  );
  console.table(
    rows.map(({ name, value, baseline, ratio, goal: rowGoal }) => ({
      case: name,
      'toggle (ms)': value,
      'baseline (ms)': baseline,
      ratio: `${ratio.toFixed(2)}×`,
      goal: rowGoal ? `≤ ${rowGoal}×` : '—',
    })),
  );
  const missed = rows.filter((entry) => entry.goal && entry.ratio > entry.goal);
  if (missed.length) console.log(`Goal missed: ${missed.map((entry) => entry.name).join(', ')}`);
}
