#!/usr/bin/env node
// `npm run size`: what a visitor downloads, minified and gzipped, for the one-file bundle and for each
// element entry with Lit and everything it imports included, checked against size-budgets.json.
// Built in memory with the project's own Vite config, so the figures are those of what ships.
// Chunks loaded only on demand (the sanitizer where the browser has none, the Latin→Cyrillic engine)
// are printed apart: they are not part of what every page loads.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
const kB = (bytes) => (bytes / 1000).toFixed(2);
const gzip = (code) => gzipSync(code, { level: 9 }).length;

async function measure(name, entry) {
  const output = await build({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    mode: 'bundle',
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry, fileName: () => `${name}.js` },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((item) => item.type === 'chunk');
  const initial = chunks.filter((chunk) => chunk.isEntry);
  const lazy = chunks.filter((chunk) => !chunk.isEntry);
  const sum = (list, f) => list.reduce((total, chunk) => total + f(chunk.code), 0);
  return {
    name,
    minified: sum(initial, Buffer.byteLength),
    gzip: sum(initial, gzip),
    lazy: lazy.map((chunk) => `${chunk.fileName.replace(/-[\w-]{8}\.js$/, '')} ${kB(gzip(chunk.code))}`).join(', '),
  };
}

const rows = [];
for (const [name, { entry }] of Object.entries(budgets.entries)) rows.push(await measure(name, entry));

let over = 0;
console.log('\nSize (minified; gzip -9), Lit and all static imports included:\n');
console.log(`${'entry'.padEnd(16)}${'min kB'.padStart(9)}${'gzip kB'.padStart(9)}${'budget'.padStart(9)}  on demand (gzip kB)`);
for (const row of rows) {
  const budget = budgets.entries[row.name].gzip;
  const ok = row.gzip <= budget;
  if (!ok) over++;
  console.log(
    `${row.name.padEnd(16)}${kB(row.minified).padStart(9)}${kB(row.gzip).padStart(9)}${kB(budget).padStart(9)}  ${row.lazy || '—'}${ok ? '' : '   OVER BUDGET'}`,
  );
}
console.log(`\nReference: ${budgets.reference}`);
if (over) {
  console.error(`\n${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
console.log('\nAll entries within budget.');
