#!/usr/bin/env node
// `npm test`: every check and every test, in one run. Each check (type-check, lint, formatting, template
// check, generated-file freshness) counts as one test; the Node and browser suites count their
// own tests. The last line is always `N passed, N failed`; no test at all is a failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'gov-widgets-test-'));
const totals = { passed: 0, failed: 0 };
const failures = [];

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
  });
}

async function check(name, command, args) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const code = await run(command, args);
  if (code === 0) totals.passed++;
  else {
    totals.failed++;
    failures.push(name);
  }
}

/** A suite reports its own counts; a crash that reports nothing still counts as one failure. */
async function suite(name, command, args, readCounts) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const code = await run(command, args, { GOV_TEST_SUMMARY: join(scratch, `${name}.json`) });
  const counts = readCounts();
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (code !== 0 && counts.failed === 0) totals.failed++;
  if (code !== 0 || counts.failed > 0) failures.push(name);
}

const bin = (tool) => join('node_modules', '.bin', tool);

await check('localization files up to date', 'node', ['scripts/localize.mjs', '--check']);
await check('type-check', bin('tsc'), ['-p', 'tsconfig.json']);
await check('type-check (cli)', bin('tsc'), ['-p', 'cli']);
await check('lint', bin('eslint'), ['--max-warnings=0', '.']);
await check('formatting', bin('prettier'), ['--check', '.']);
await check('template type-check', bin('lit-analyzer'), ['src', '--strict', '--quiet']);

const nodeTests = readdirSync('tests/node').filter((file) => file.endsWith('.test.mjs'));
const tapFile = join(scratch, 'node.tap');
await suite(
  'node tests',
  'node',
  [
    '--test',
    // Node's default is one file at a time on a 2-core machine (cores − 1); its test files mostly wait
    // on the commands they run (the CLI, sharp): two at a time took the suite from 69 s to 43 s there.
    `--test-concurrency=${Math.max(2, availableParallelism())}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...nodeTests.map((file) => join('tests/node', file)),
  ],
  () => {
    const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
    const count = (key) => Number(tap.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
    return { passed: count('pass'), failed: count('fail') + count('cancelled') };
  },
);

// First, in a fresh browser, the tests that stage a race by holding a module back (see the config).
const { stagedRaceFiles } = await import('../web-test-runner.config.js');
const racesSummary = join(scratch, 'browser tests (staged races).json');
await suite('browser tests (staged races)', bin('web-test-runner'), ['--files', ...stagedRaceFiles], () =>
  existsSync(racesSummary) ? JSON.parse(readFileSync(racesSummary, 'utf8')) : { passed: 0, failed: 0 },
);

const browserSummary = join(scratch, 'browser tests.json');
await suite('browser tests', bin('web-test-runner'), [], () =>
  existsSync(browserSummary) ? JSON.parse(readFileSync(browserSummary, 'utf8')) : { passed: 0, failed: 0 },
);

rmSync(scratch, { recursive: true, force: true });
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
if (totals.passed + totals.failed === 0) totals.failed = 1;
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
