// What the in-page benchmarks share: their page script bundled from the sources with esbuild, and a
// local server that sends the page and that script.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const cacheDir = resolve(root, 'node_modules/.cache/gov-widgets-bench');

/** Bundles `bench/<name>.page.mjs`, minified, and returns the code. */
export async function bundlePage(name) {
  mkdirSync(cacheDir, { recursive: true });
  const outfile = resolve(cacheDir, `${basename(name)}.js`);
  await build({
    entryPoints: [resolve(root, `bench/${name}.page.mjs`)],
    outfile,
    bundle: true,
    format: 'esm',
    minify: true,
    // package.json's sideEffects names dist/ only; the elements' registration in src/ must stay.
    ignoreAnnotations: true,
    target: 'es2022',
    logLevel: 'error',
  });
  return readFileSync(outfile);
}

/**
 * Serves `html` at every path but /bench.js, which is `script`, and the paths `files` answers (a
 * function of the path giving `{ type, body }`, or undefined); resolves with the listening server.
 */
export function servePage(html, script, files = () => undefined) {
  const server = createServer((request, response) => {
    const file = files(request.url);
    if (file) {
      response.writeHead(200, { 'content-type': file.type, 'access-control-allow-origin': '*' });
      response.end(file.body);
      return;
    }
    const isScript = request.url === '/bench.js';
    response.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(isScript ? script : html);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
