// What the CLI benchmarks share: gov-widgets-cli built into node_modules/.cache (its dependencies
// resolve from the repository's node_modules), run as a user runs it, timed from the outside.
import { execFileSync, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const outdir = join(root, 'node_modules/.cache/gov-widgets-bench-cli');

export function buildCli() {
  execFileSync(process.execPath, [join(root, 'cli/build.mjs'), '--quiet', `--outdir=${outdir}`], { stdio: 'inherit' });
  return join(outdir, 'cli.js');
}

/**
 * Runs the CLI with its caches in `cacheHome`; resolves with its wall time in ms and what it printed
 * on stderr. Rejects on a non-zero exit.
 */
export function timeCli(cli, args, cacheHome) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const env = { ...process.env, XDG_CACHE_HOME: cacheHome };
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) =>
      code === 0 ? done({ ms: performance.now() - started, stderr }) : fail(new Error(`exit ${code}: ${stderr}`)),
    );
  });
}
