#!/usr/bin/env node
// The localization pipeline. Serbian is translated once, in Cyrillic (xliff/sr-Cyrl.xlf); the Latin
// XLIFF is never edited by hand but generated from it with the project's own toLatin, so the two
// scripts can never drift apart. Then lit-localize builds the runtime locale modules.
//
//   node scripts/localize.mjs          extract messages, derive sr-Latn, build src/generated/
//   node scripts/localize.mjs --check  fail (and change nothing) when a generated file is stale or
//                                       missing, or a message has no Serbian translation
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importTs } from './lib/import-ts.mjs';

const cyrillicXliff = 'xliff/sr-Cyrl.xlf';
const latinXliff = 'xliff/sr-Latn.xlf';
const generatedFiles = () => [
  cyrillicXliff,
  latinXliff,
  'src/generated/locale-codes.ts',
  ...(existsSync('src/generated/locales') ? readdirSync('src/generated/locales').map((f) => `src/generated/locales/${f}`) : []),
];

const checkOnly = process.argv.includes('--check');
const { toLatin } = await importTs('src/core/transliterate.ts');

const litLocalize = (command) =>
  execFileSync(join('node_modules', '.bin', 'lit-localize'), [command], { stdio: ['ignore', 'pipe', 'inherit'] });

/** Transliterates the text of each <target>, never its placeholders (<x .../>) or markup. */
export function latinFromCyrillic(xliff) {
  return xliff
    .replace(/target-language="sr-Cyrl"/g, 'target-language="sr-Latn"')
    .replace(/<target>([\s\S]*?)<\/target>/g, (_, content) => {
      const converted = content
        .split(/(<[^>]*>|&[#\w]+;)/)
        .map((part, index) => (index % 2 === 1 ? part : toLatin(part)))
        .join('');
      return `<target>${converted}</target>`;
    });
}

function untranslated(xliff) {
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  return units.filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)).map(([, id]) => id);
}

function generate() {
  litLocalize('extract');
  writeFileSync(latinXliff, latinFromCyrillic(readFileSync(cyrillicXliff, 'utf8')));
  litLocalize('build');
}

const snapshot = () => new Map(generatedFiles().map((file) => [file, existsSync(file) ? readFileSync(file, 'utf8') : null]));

if (!checkOnly) {
  generate();
  const missing = untranslated(readFileSync(cyrillicXliff, 'utf8'));
  if (missing.length) console.warn(`Not yet translated into Serbian (${cyrillicXliff}): ${missing.join(', ')}`);
  console.log('Localization files generated.');
  process.exit(0);
}

const before = snapshot();
generate();
const after = snapshot();
const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
// The check must not change the working tree: put back what was there.
for (const [file, content] of before) {
  if (content === null) rmSync(file, { force: true });
  else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
for (const file of after.keys()) if (!before.has(file)) rmSync(file, { force: true });

const missing = untranslated(readFileSync(cyrillicXliff, 'utf8'));
let failed = false;
if (changed.length) {
  failed = true;
  console.error(`Stale or missing generated localization files: ${changed.join(', ')}\nRun \`npm run localize\` and commit the result.`);
}
if (missing.length) {
  failed = true;
  console.error(`Messages without a Serbian translation in ${cyrillicXliff}: ${missing.join(', ')}`);
}
if (!failed) console.log('Localization files are up to date and every message is translated.');
process.exit(failed ? 1 : 0);
