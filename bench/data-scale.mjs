#!/usr/bin/env node
// Hostile sizes for the data widgets (SECURITY.md, "Hostile sizes"): huge and entity-heavy feeds
// served over HTTP to <gov-news-feed> and <gov-photo-gallery> in headless Chromium. For each: the
// document's size, the time from the element's insertion to its first items on screen and to
// gov-load, the longest main-thread task meanwhile (from Chromium's own trace, so tasks under the
// Long Tasks API's 50 ms floor count too), and the same for three presses of "Show more".
// Absolute figures, not ratios: the goal is a bound (every task under 200 ms; under 50 ms for the
// first screen of the entity-heavy feed), so the longest task is the median of `--runs` runs.
//
//   npm run bench:data-scale [-- --runs=3]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/quality/chromium.mjs';
import { bundlePage, servePage } from './lib/page.mjs';

const version = 'https://jsonfeed.org/version/1.1';
const feed = (items, extra = {}) => JSON.stringify({ version, title: 'Scale', ...extra, items });
const range = (count, make) => Array.from({ length: count }, (_, i) => make(i));
const date = (i) => new Date(Date.UTC(2016, 10, 23) - i * 36e5).toISOString().replace('.000Z', '+01:00');

/** News items with every field a rich feed has, about 530 bytes each. */
const richNews = (count) =>
  feed(
    range(count, (i) => ({
      id: `https://example.org/news/${i}`,
      url: `https://example.org/news/${i}.html`,
      title: `The Mission of the Republic of Serbia to NATO at a meeting on partnership, number ${i}`,
      date_published: date(i),
      summary: `Representatives of the Republic of Serbia and of NATO met to review cooperation in civil emergency planning (${i}).`,
      image: `p/${i}.png`,
      tags: ['Serbia and NATO', 'Partnership'],
      authors: [{ name: 'Press office' }],
      _gov: { place: 'Brussels', alt: 'A meeting room', width: 1200, height: 800 },
    })),
  );

/** The documents, each served at /feeds/<name>.json; images anywhere under /feeds/ are one small PNG. */
const documents = {
  'news-100k': feed(range(100_000, (i) => ({ id: String(i), title: `News ${i}` }))),
  // One item in a thousand has the tag the widget asks for.
  'news-100k-tagged': feed(
    range(100_000, (i) => ({ id: String(i), title: `News ${i}`, ...(i % 1000 ? {} : { tags: ['Rare'] }) })),
  ),
  'photos-120k': feed(range(120_000, (i) => ({ id: String(i), image: `p/${i}.png` }))),
  // The red team's feed (issue 22): 6,000 items with 100 tags like "&a", and entities in the text that is shown.
  'entities-3mb': feed(
    range(6_000, (i) => ({
      id: String(i),
      title: `Q&amp;A &ndash; &laquo;${i}&raquo; &scaron;&zzz;`,
      tags: range(100, (tag) => (tag % 10 ? '&a' : `&a${tag}`)),
    })),
  ),
  // Just under the 5 MB cap, and just over it.
  'news-rich-5mb': richNews(9_900),
  'news-over-5mb': richNews(10_000),
};

const pixel = readFileSync(new URL('../tests/fixtures/news-feed/pixel.png', import.meta.url));

const cases = [
  { name: 'news feed, 100,000 items', tag: 'gov-news-feed', feed: 'news-100k', item: 'article', more: 3 },
  {
    name: 'news feed, 100,000 items, tag filter (1 in 1,000)',
    tag: 'gov-news-feed',
    feed: 'news-100k-tagged',
    item: 'article',
    attributes: { tag: 'rare' },
    more: 3,
  },
  {
    name: 'photo gallery, 120,000 photos',
    tag: 'gov-photo-gallery',
    feed: 'photos-120k',
    item: '[part="thumbnail"]',
    more: 3,
  },
  { name: 'news feed, 3 MB entity-heavy', tag: 'gov-news-feed', feed: 'entities-3mb', item: 'article', more: 3 },
  {
    name: 'news feed, 3 MB entity-heavy, tag filter',
    tag: 'gov-news-feed',
    feed: 'entities-3mb',
    item: 'article',
    attributes: { tag: '&a' },
    more: 3,
  },
  {
    name: 'news feed, largest accepted (rich items)',
    tag: 'gov-news-feed',
    feed: 'news-rich-5mb',
    item: 'article',
    attributes: { images: '' },
    more: 3,
  },
  { name: 'news feed, over the 5 MB cap', tag: 'gov-news-feed', feed: 'news-over-5mb', item: 'article' },
];

const pageHtml = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Data scale</title><script type="module" src="/bench.js"></script></head>
  <body></body>
</html>`;

/** The longest task on the renderer's main thread in a Chromium trace, in ms. */
function longestTask(trace) {
  const { traceEvents } = JSON.parse(trace.toString());
  const main = traceEvents.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const tasks = traceEvents.filter(
    (event) => event.name === 'RunTask' && event.ph === 'X' && event.pid === main?.pid && event.tid === main?.tid,
  );
  return Math.max(0, ...tasks.map((event) => event.dur / 1000));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value) => (value === undefined ? undefined : Math.round(value));

/** How long a page may take before it counts as frozen (and its tab is closed). */
const limit = 60_000;
const withinLimit = (promise) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve({ frozen: true }), limit).unref())]);

/** One run, in a browser of its own: a frozen tab (whose trace never ends) is dropped with it. */
async function measureOnce(origin, test) {
  const browser = await launchChromium();
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  try {
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => globalThis.dataScale);
    const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
    await browser.startTracing(page, { categories });
    const load = await withinLimit(
      page.evaluate((options) => globalThis.dataScale.load(options), {
        tag: test.tag,
        src: `/feeds/${test.feed}.json`,
        attributes: test.attributes,
        item: test.item,
      }),
    );
    if (load.frozen) return { load };
    await page.waitForTimeout(300);
    load.longestTask = longestTask(await browser.stopTracing());
    let more;
    if (test.more && !load.error) {
      await browser.startTracing(page, { categories });
      more = await withinLimit(
        page.evaluate((options) => globalThis.dataScale.showMore(options), { item: test.item, times: test.more }),
      );
      if (more.frozen) return { load, more };
      await page.waitForTimeout(300);
      more.longestTask = longestTask(await browser.stopTracing());
    }
    return { load, more };
  } finally {
    await browser.close();
  }
}

export async function run({ runs = 3, only } = {}) {
  const server = await servePage(pageHtml, await bundlePage('data-scale'), (url) => {
    const name = /^\/feeds\/([\w-]+)\.json$/.exec(url)?.[1];
    if (name && documents[name]) return { type: 'application/feed+json', body: documents[name] };
    if (url.startsWith('/feeds/')) return { type: 'image/png', body: pixel };
    return undefined;
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    const rows = [];
    for (const test of cases.filter((entry) => !only || entry.feed.includes(only) || entry.tag.includes(only))) {
      const results = [];
      for (let index = 0; index < runs; index++) {
        process.stderr.write(`${test.name}: run ${index + 1} of ${runs}\n`);
        results.push(await measureOnce(origin, test));
      }
      const pick = (get) => round(median(results.map(get)));
      const { load, more } = results[0];
      const megabytes = (Buffer.byteLength(documents[test.feed]) / 2 ** 20).toFixed(2);
      if (load.frozen || more?.frozen) {
        const during = load.frozen ? 'loading' : '"Show more"';
        rows.push({ case: test.name, megabytes, outcome: `frozen for over ${limit / 1000} s while ${during}` });
        continue;
      }
      rows.push({
        case: test.name,
        megabytes,
        outcome: load.error ?? `${load.count} items, ${load.shown} shown`,
        firstItemsMs: load.error ? undefined : pick((result) => result.load.firstItems),
        loadedMs: pick((result) => result.load.loaded),
        longestTaskMs: pick((result) => result.load.longestTask),
        shadowNodes: load.nodes,
        showMoreMs: more && pick((result) => result.more.perPress),
        showMoreLongestTaskMs: more && pick((result) => result.more.longestTask),
        shownAfterShowMore: more?.shown,
      });
    }
    return rows;
  } finally {
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const runs = Number(option('runs') ?? 3);
  const rows = await run({ runs, only: option('only') });
  console.log(`Data widgets at hostile sizes, headless Chromium, medians of ${runs} runs (ms):`);
  console.table(rows);
  const over = rows.filter((row) => row.longestTaskMs >= 200 || row.showMoreLongestTaskMs >= 200);
  console.log(
    over.length ? `Tasks of 200 ms or more: ${over.map((row) => row.case).join('; ')}` : 'Every task under 200 ms.',
  );
}
