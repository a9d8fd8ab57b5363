#!/usr/bin/env node
// `npm run size`: what a visitor downloads, minified and gzipped, for the one-file bundle and for each
// element entry with Lit and everything it imports included, checked against size-budgets.json.
// Built in memory with the project's own Vite config, so the figures are those of what ships.
// Files loaded only on demand (see onDemandModules in vite.config.ts) are printed apart: they are
// not part of what every page loads.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildOnDemand } from './lib/on-demand.mjs';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
const kB = (bytes) => (bytes / 1000).toFixed(2);
const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Builds like `npm run build:bundle` does, in memory; `lib` overrides the entry. */
async function chunks(mode, lib) {
  const output = await build({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    mode,
    logLevel: 'silent',
    build: { write: false, ...(lib && { lib }) },
  });
  return [output]
    .flat()
    .flatMap((result) => result.output)
    .filter((item) => item.type === 'chunk');
}

const size = (chunk) => ({ minified: Buffer.byteLength(chunk.code), gzip: gzip(chunk.code) });

const rows = [];
for (const [name, { entry }] of Object.entries(budgets.entries)) {
  const [chunk] = await chunks('bundle', { entry, fileName: () => `${name}.js` });
  rows.push({
    name,
    ...size(chunk),
    onDemand: chunk.dynamicImports.map((file) => file.replace(/^\.\//, '')).join(', '),
  });
}

// What Lit and @lit/localize weigh on their own, built the same way: no entry can be lighter, so a
// goal is only reachable when it leaves room above this for the element's own code.
const [floorChunk] = await chunks('bundle', {
  entry: new URL('./lib/size-floor.ts', import.meta.url).pathname,
  fileName: () => 'floor.js',
});
const floor = size(floorChunk);

let over = 0;
const goals = [];
console.log('\nSize (minified; gzip -9), Lit and all static imports included:\n');
const line = (name, minified, gzipped, budget = '', note = '') =>
  console.log(`${name.padEnd(31)}${minified.padStart(9)}${gzipped.padStart(9)}${budget.padStart(9)}  ${note}`);
line('entry', 'min kB', 'gzip kB', 'budget', 'loads on demand');
for (const row of rows) {
  const budget = budgets.entries[row.name].gzip;
  const ok = row.gzip <= budget;
  if (!ok) over++;
  line(row.name, kB(row.minified), kB(row.gzip), kB(budget), `${row.onDemand || '—'}${ok ? '' : '   OVER BUDGET'}`);
  const { goal } = budgets.entries[row.name];
  if (goal)
    goals.push(
      `${row.name}: ${kB(row.gzip)} kB gzip against a goal of ${kB(goal)} kB: ${row.gzip <= goal ? 'met' : 'NOT MET'}; ` +
        `above the stack's floor the goal leaves ${kB(goal - floor.gzip)} kB, the entry uses ${kB(row.gzip - floor.gzip)} kB`,
    );
}
line(
  'floor: Lit + @lit/localize',
  kB(floor.minified),
  kB(floor.gzip),
  '',
  'none of the suite: the least any entry weighs',
);
console.log('\nOn-demand files (fetched only by pages that need them):\n');
for (const chunk of await buildOnDemand({ write: false })) {
  const { minified, gzip: gzipped } = size(chunk);
  line(chunk.fileName, kB(minified), kB(gzipped));
}
console.log(`\nReference: ${budgets.reference}`);
for (const goal of goals) console.log(`Goal: ${goal}`);
if (over) {
  console.error(`\n${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
console.log('\nAll entries within budget.');
