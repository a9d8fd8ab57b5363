#!/usr/bin/env node
// <gov-news-feed> rendering 1,000 news items (inline JSON Feed, limit 1000, dateline and summary)
// against a hand-written DOM rendering of the same items with the same structure and styles, side
// by side in the same Chromium page. Both include reading the JSON and the layout. Figures are
// medians of several runs; the ratio is the median of the ratios of runs made in pairs, each pair
// in turn led by one or the other. Goal: ≤ 1.5×.
//
//   node bench/news-feed.bench.mjs [--runs=21]
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/quality/chromium.mjs';
import { bundlePage, servePage } from './lib/page.mjs';

const count = 1000;
const goal = 1.5;

const pageHtml = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>News feed benchmark</title><script type="module" src="/bench.js"></script></head>
  <body><main></main></body>
</html>`;

const round = (value) => Math.round(value * 100) / 100;

export async function run({ runs = 21 } = {}) {
  const server = await servePage(pageHtml, await bundlePage('news-feed'));
  const browser = await launchChromium({ extraArgs: ['--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => globalThis.newsFeedBench && customElements.get('gov-news-feed'));
    const result = await page.evaluate((options) => globalThis.newsFeedBench.measure(options), { runs, count });
    return [
      {
        name: `render ${count} items (${Math.round(result.bytes / 1024)} kB JSON Feed)`,
        value: round(result.element),
        unit: 'ms',
        baseline: round(result.byHand),
        ratio: round(result.ratio),
        goal,
      },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 21);
  const rows = await run({ runs });
  console.log(
    `<gov-news-feed>: medians of ${runs} runs; baseline: hand-written createElement/textContent DOM, same structure and styles`,
  );
  console.table(
    rows.map(({ name, value, baseline, ratio, goal: rowGoal }) => ({
      case: name,
      'gov-news-feed (ms)': value,
      'hand-written (ms)': baseline,
      ratio: `${ratio.toFixed(2)}×`,
      goal: `≤ ${rowGoal}×`,
    })),
  );
  const missed = rows.filter((row) => row.ratio > row.goal);
  if (missed.length) console.log(`Goal missed: ${missed.map((row) => row.name).join(', ')}`);
}
