// Runs gov-widgets-cli as a user does: the built command in a child process, with its output and
// exit code. Each test process builds its own copy (cli/build.mjs --outdir) inside node_modules, so
// test files running side by side never share a half-built dist/ and the dependencies resolve.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../../..');
export const fixtures = join(root, 'tests/fixtures/cli');
const outdir = join(root, 'node_modules/.cache/gov-widgets-cli', String(process.pid));
let built = false;
let cacheHome;

export function buildCli() {
  if (!built) {
    execFileSync(process.execPath, [join(root, 'cli/build.mjs'), '--quiet', `--outdir=${outdir}`], {
      stdio: 'inherit',
    });
    process.once('exit', () => rmSync(outdir, { recursive: true, force: true }));
    built = true;
  }
  return join(outdir, 'cli.js');
}

/** Runs the CLI (its caches in a scratch folder of this process); resolves with { code, stdout, stderr }. */
export function runCli(args, { cwd = root, env = {}, signalAfter } = {}) {
  const cli = buildCli();
  cacheHome ??= scratch();
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: { ...process.env, XDG_CACHE_HOME: cacheHome, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (signalAfter && signalAfter.test(stderr) && !child.interrupted) {
        child.interrupted = true;
        child.kill('SIGINT');
      }
    });
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

const scratchFolders = [];
process.once('exit', () => {
  for (const folder of scratchFolders) rmSync(folder, { recursive: true, force: true });
});

/** A scratch folder, removed when the process ends; with `copy`, a copy of that fixture folder. */
export function scratch(copy) {
  const folder = mkdtempSync(join(tmpdir(), 'gov-widgets-cli-test-'));
  scratchFolders.push(folder);
  if (copy) cpSync(join(fixtures, copy), folder, { recursive: true });
  return folder;
}
