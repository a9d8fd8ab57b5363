#!/usr/bin/env node
// Builds the published CLI into cli/dist/: the command (cli.js and the chunks its commands load on
// demand) for Node, with the project's core modules (src/core: feed readers, dateline recognizer,
// transliteration, sanitizer) bundled in so the package stands alone; its npm dependencies stay
// imports. And check.js, the same checks for a browser page, with everything bundled.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyLitCss } from '../scripts/lib/minify-lit-css.mjs';

const here = import.meta.dirname;
const { dependencies } = JSON.parse(readFileSync(resolve(here, 'package.json'), 'utf8'));
const quiet = process.argv.includes('--quiet');
// --outdir=<dir>: the tests build a copy of their own (inside the repository, so that the
// dependencies resolve from its node_modules).
const outdir = resolve(process.argv.find((arg) => arg.startsWith('--outdir='))?.slice(9) ?? resolve(here, 'dist'));

rmSync(outdir, { recursive: true, force: true });
const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  logLevel: quiet ? 'error' : 'info',
  legalComments: 'none',
};
/**
 * The elements' styles minified as in the browser bundle: `render` writes them into every prerendered
 * page, once per element (the demo's Latin page: 17.8 kB of CSS, 3.1 kB gzip, before).
 */
const minifiedElementStyles = {
  name: 'minify-lit-css',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]components[\\/].*\.ts$/ }, async ({ path }) => {
      const code = readFileSync(path, 'utf8');
      return { contents: (await minifyLitCss(code)) ?? code, loader: 'ts' };
    });
  },
};
await Promise.all([
  build({
    ...common,
    entryPoints: { cli: resolve(here, 'src/main.ts'), render: resolve(here, 'src/render/index.ts') },
    plugins: [minifiedElementStyles],
    outdir,
    platform: 'node',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    external: Object.keys(dependencies),
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({
    ...common,
    entryPoints: { check: resolve(here, 'src/check/index.ts') },
    outdir,
    platform: 'browser',
    minify: true,
  }),
]);
