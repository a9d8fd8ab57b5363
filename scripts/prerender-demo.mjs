#!/usr/bin/env node
// `npm run build:demo`, last step: the prerendered demo, as a webmaster makes it with the publishing
// tool (issue 19): `gov-widgets-cli render` over the built Serbian and English pages, with the Latin
// copy of the Serbian one, into dist/demo/prerendered/. The pages' files (the bundle and its
// siblings, styles, data) are copied beside them, as a site's build copies its assets.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const demo = resolve(root, 'dist/demo');
const out = resolve(demo, 'prerendered');
/** Where the demo would be published: the hreflang alternates must be absolute. */
const baseUrl = 'https://www.example.gov.rs/gov-widgets-demo/prerendered/';

rmSync(out, { recursive: true, force: true });
for (const name of readdirSync(demo)) {
  if (!name.endsWith('.html')) cpSync(resolve(demo, name), resolve(out, name), { recursive: true });
}
execFileSync(process.execPath, [resolve(root, 'cli/build.mjs'), '--quiet'], { stdio: 'inherit' });
execFileSync(
  process.execPath,
  [
    resolve(root, 'cli/dist/cli.js'),
    'render',
    resolve(demo, 'index.html'),
    resolve(demo, 'en.html'),
    resolve(demo, 'hu.html'),
    '--out',
    out,
    '--script',
    'latn',
    '--base-url',
    baseUrl,
  ],
  { stdio: 'inherit' },
);
