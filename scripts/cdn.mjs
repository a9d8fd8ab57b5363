#!/usr/bin/env node
// `npm run build:bundle`, last step: the release a webmaster uploads and pins. Copies the one-file bundle
// and its on-demand sibling files into dist/cdn/<version>/ (with the JSON Schemas), computes a sha384
// Subresource Integrity hash for every file, and writes the embed snippet for exactly those files to
// dist/cdn/<version>/embed.html, then prints it. The snippet loads gov-widgets.js with `integrity` and
// gives every sibling file its hash through an import map's "integrity" section, which is how a
// dynamically imported module gets one.
//
//   GOV_CDN_BASE=https://cdn.example.gov.rs/gov-widgets/0.2.0/ npm run build:bundle
//
// sets the address the folder will be served from (default: /gov-widgets/<version>/ on the page's own site).
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = join(root, 'dist');
const folder = join(dist, 'cdn', version);
const base = process.env.GOV_CDN_BASE ?? `/gov-widgets/${version}/`;
if (!base.endsWith('/')) throw new Error(`GOV_CDN_BASE must end with "/": ${base}`);

rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const files = readdirSync(dist).filter((name) => /^gov-widgets(-[\w-]+)?\.js$/.test(name));
if (!files.includes('gov-widgets.js'))
  throw new Error('dist/gov-widgets.js is missing: run vite build --mode bundle first');
for (const file of files) cpSync(join(dist, file), join(folder, file));
cpSync(join(root, 'schemas'), join(folder, 'schemas'), { recursive: true });

const integrity = Object.fromEntries(
  files.map((file) => [
    file,
    `sha384-${createHash('sha384')
      .update(readFileSync(join(folder, file)))
      .digest('base64')}`,
  ]),
);
writeFileSync(join(folder, 'integrity.json'), `${JSON.stringify({ version, files: integrity }, null, 2)}\n`);

const siblings = files.filter((file) => file !== 'gov-widgets.js');
const importMap = {
  integrity: Object.fromEntries(siblings.map((file) => [`${base}${file}`, integrity[file]])),
};
const snippet = `<!-- gov-widgets ${version}: upload the whole folder; every file is pinned by its sha384 hash. -->
<script type="importmap">
${JSON.stringify(importMap, null, 2)}
</script>
<script type="module" src="${base}gov-widgets.js" integrity="${integrity['gov-widgets.js']}" crossorigin="anonymous"></script>
`;
writeFileSync(join(folder, 'embed.html'), snippet);

console.log(`\ndist/cdn/${version}/: ${files.length} files to upload together (and schemas/), served from ${base}`);
console.log(`Embed snippet (also in dist/cdn/${version}/embed.html):\n\n${snippet}`);
