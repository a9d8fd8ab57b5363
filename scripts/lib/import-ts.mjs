// Imports a TypeScript module of src/ from plain Node (Node 20 cannot strip types): esbuild bundles
// it into node_modules/.cache, then it is imported from there. Used by the Node tests and benchmarks.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const cacheDir = resolve(root, 'node_modules/.cache/gov-widgets');

/**
 * @param {string} entry path of a .ts file, relative to the repository root
 * @returns {Promise<any>} the module's namespace
 */
export async function importTs(entry) {
  mkdirSync(cacheDir, { recursive: true });
  const outfile = resolve(cacheDir, `${basename(entry, '.ts')}-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [resolve(root, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}
