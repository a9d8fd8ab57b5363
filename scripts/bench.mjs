#!/usr/bin/env node
// `npm run bench`: every benchmark of the project (bench/*.bench.mjs) in one command. Each runs in a
// Node process of its own, one after the other, so none measures in a process another has warmed
// up or filled with garbage; each measures its baseline side by side in the same run and reports
// ratios, never absolute goals. Prints each benchmark's rows as it finishes, then a summary table
// with each goal met or not met. Exits 1 when a benchmark fails to run, and with --strict also when
// a goal is missed (timing on a shared machine is noise, so that is not the default).
//
//   npm run bench [-- --only=news-feed,photo-gallery] [--strict]
import { fork } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const benchDir = resolve(root, 'bench');

if (process.argv[2] === '--child') {
  // In the child: run one benchmark and send its rows, as they are, to the parent.
  const module = await import(pathToFileURL(process.argv[3]).href);
  if (typeof module.run !== 'function') throw new Error(`${process.argv[3]} exports no run()`);
  process.send({ result: await module.run() }, () => process.exit(0));
} else {
  await main();
}

async function main() {
  const only = process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice(7)
    .split(',');
  const strict = process.argv.includes('--strict');
  const files = readdirSync(benchDir)
    .filter((file) => file.endsWith('.bench.mjs'))
    .filter((file) => !only || only.includes(basename(file, '.bench.mjs')))
    .sort();
  const summary = [];
  const failed = [];
  const started = Date.now();
  for (const file of files) {
    const bench = basename(file, '.bench.mjs');
    console.log(`\n── ${bench} (bench/${file})`);
    const benchStarted = Date.now();
    try {
      const rows = normalize(bench, await runInChild(resolve(benchDir, file)));
      console.table(rows.map(display));
      console.log(`${bench}: ${((Date.now() - benchStarted) / 1000).toFixed(1)} s`);
      summary.push(...rows.map((row) => ({ bench, ...row })));
    } catch (error) {
      console.error(`${bench} failed: ${error instanceof Error ? error.message : error}`);
      failed.push(bench);
    }
  }

  console.log(
    `\n── summary: ${files.length} benchmarks in ${((Date.now() - started) / 1000).toFixed(0)} s; ratio = ours / baseline, measured side by side`,
  );
  console.table(summary.map((row) => ({ bench: row.bench, ...display(row) })));
  const judged = summary.filter((row) => row.met !== undefined);
  const missed = judged.filter((row) => !row.met);
  console.log(
    `bench: ${judged.length - missed.length} of ${judged.length} goals met${missed.length ? `; not met: ${missed.map((row) => `${row.bench}: ${row.name}`).join('; ')}` : ''}`,
  );
  if (failed.length) console.log(`bench: failed to run: ${failed.join(', ')}`);
  process.exit(failed.length || (strict && missed.length) ? 1 : 0);
}

/** Runs one benchmark file in a Node process of its own and resolves with what its run() returned. */
function runInChild(file) {
  return new Promise((done, fail) => {
    let result;
    const child = fork(import.meta.filename, ['--child', file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (message) => (result = message.result));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 && result !== undefined ? done(result) : fail(new Error(`exit code ${code}`)),
    );
  });
}

/**
 * One row shape for every benchmark: { name, value, unit, baseline, ratio, goal, met }, where `goal`
 * is text ("ratio ≤ 1.5") and `met` is true, false or undefined (no goal). The benchmarks' own
 * shapes: rows whose goal is a number (a ratio not to exceed) or a sentence that starts with
 * "ratio ≤ 0.5" / "ratio < 1" — as an array, or as { rows, ...context } (the script toggle's
 * { size, rows }); and the transliteration engine's { rows, roundTrip, goals }.
 */
function normalize(bench, result) {
  if (Array.isArray(result)) return result.map(normalizeRow);
  if (result && Array.isArray(result.rows) && result.goals) return transliterationRows(result);
  if (result && Array.isArray(result.rows) && result.rows.every((row) => 'name' in row && 'ratio' in row)) {
    // Rows with context beside them ({ size, rows }): the context is printed, the rows are read.
    const context = Object.entries(result).filter(([key]) => key !== 'rows');
    if (context.length) console.log(context.map(([key, value]) => `${key}: ${value}`).join('; '));
    return result.rows.map(normalizeRow);
  }
  throw new Error(`${bench}: run() returned a shape this runner does not know`);
}

function normalizeRow(row) {
  const { name, value, unit, baseline, ratio } = row;
  let goal = row.goal;
  let met;
  if (typeof goal === 'number') {
    met = ratio <= goal;
    goal = `ratio ≤ ${goal}`;
  } else if (typeof goal === 'string') {
    const [, operator, limit] = /ratio\s*(≤|<=|<|≥|>=|>)\s*([\d.]+)/.exec(goal) ?? [];
    if (operator) met = compare(ratio, operator, Number(limit));
  } else {
    goal = undefined;
  }
  return { name, value, unit, baseline, ratio, goal, met };
}

function compare(value, operator, limit) {
  switch (operator) {
    case '<':
      return value < limit;
    case '≤':
    case '<=':
      return value <= limit;
    case '>':
      return value > limit;
    default:
      return value >= limit;
  }
}

/** The engine's rows: throughput in M characters per second, ours against the naive map and the npm library. */
function transliterationRows({ rows, roundTrip, goals }) {
  const out = [];
  for (const row of rows) {
    const wholeText = row.input === 'one 1 MB string';
    const versusNaive = row.direction === 'toLatin' ? goals.toLatinTimeVersusNaive : goals.toCyrillicTimeVersusNaive;
    out.push({
      name: `${row.direction}, ${row.input}: time vs a naive per-letter map`,
      value: row.oursMCharsPerSecond,
      unit: 'M chars/s',
      baseline: row.naiveMCharsPerSecond,
      ratio: row.timeVersusNaive,
      goal: wholeText ? `ratio ≤ ${versusNaive}` : undefined,
      met: wholeText ? row.timeVersusNaive <= versusNaive : undefined,
    });
    const againstLibrary = wholeText && row.direction === 'toLatin';
    out.push({
      name: `${row.direction}, ${row.input}: time vs serbian-transliteration`,
      value: row.oursMCharsPerSecond,
      unit: 'M chars/s',
      baseline: row.libraryMCharsPerSecond,
      ratio: row.timeVersusLibrary,
      goal: againstLibrary ? `ratio < ${goals.toLatinTimeVersusLibrary}` : undefined,
      met: againstLibrary ? row.timeVersusLibrary < goals.toLatinTimeVersusLibrary : undefined,
    });
  }
  out.push({
    name: 'toCyrillic(toLatin(prose)) === prose',
    value: roundTrip,
    unit: '',
    goal: 'true',
    met: roundTrip === true,
  });
  return out;
}

/** A row as printed: figures rounded, the goal and whether it is met. */
function display({ name, value, unit, baseline, ratio, goal, met }) {
  const figure = (number) =>
    typeof number !== 'number' ? String(number ?? '') : number >= 100 ? number.toFixed(0) : number.toFixed(2);
  return {
    measure: name,
    value: `${figure(value)} ${unit ?? ''}`.trim(),
    baseline: baseline === undefined ? '' : `${figure(baseline)} ${unit ?? ''}`.trim(),
    ratio: typeof ratio === 'number' ? ratio.toFixed(3) : '',
    goal: goal ?? '—',
    met: met === undefined ? '' : met ? 'met' : 'NOT MET',
  };
}
