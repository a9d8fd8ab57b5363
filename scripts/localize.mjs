#!/usr/bin/env node
// The localization pipeline. The languages are the XLIFF files in xliff/: adding one is adding its
// file (`--add hu` starts it with every message to translate). Serbian is translated once, in
// Cyrillic (xliff/sr-Cyrl.xlf); the Latin XLIFF is never edited by hand but generated from it with
// the project's own toLatin, so the two scripts can never drift apart. Then lit-localize builds the
// runtime locale modules, and src/generated/translations.ts gets a loader for each.
//
//   node scripts/localize.mjs            extract messages, derive sr-Latn, build src/generated/
//   node scripts/localize.mjs --add hu   add a language: xliff/hu.xlf with every message to translate
//   node scripts/localize.mjs --check    fail (and change nothing) when a generated file is stale or
//                                         missing, or a message lacks a translation in any language
//                                         (or a translation drops or invents a placeholder)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as prettier from 'prettier';
import { importTs } from './lib/import-ts.mjs';
import { xliffProblems } from './lib/xliff.mjs';

const cyrillicXliff = 'xliff/sr-Cyrl.xlf';
const latinXliff = 'xliff/sr-Latn.xlf';
const configFile = 'lit-localize.json';
const loadersModule = 'src/generated/translations.ts';
const generatedFiles = () => [
  configFile,
  loadersModule,
  ...readdirSync('xliff').map((f) => `xliff/${f}`),
  'src/generated/locale-codes.ts',
  ...(existsSync('src/generated/locales')
    ? readdirSync('src/generated/locales').map((f) => `src/generated/locales/${f}`)
    : []),
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

/** Every language's gaps (see scripts/lib/xliff.mjs), one line each. */
const translationProblems = () =>
  readdirSync('xliff')
    .filter((file) => file.endsWith('.xlf'))
    .flatMap((file) =>
      xliffProblems(readFileSync(`xliff/${file}`, 'utf8')).map((problem) => `xliff/${file}: ${problem}`),
    );

const syncedLocales = () => JSON.parse(readFileSync(configFile, 'utf8')).targetLocales;

/** The languages are the XLIFF files: lit-localize.json lists exactly those. */
async function syncTargetLocales(extra = []) {
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  const fromFiles = readdirSync('xliff')
    .filter((f) => f.endsWith('.xlf'))
    .map((f) => f.slice(0, -4));
  const locales = [...new Set([...fromFiles, ...extra])].sort();
  if (JSON.stringify(locales) !== JSON.stringify(config.targetLocales)) {
    config.targetLocales = locales;
    // Formatted as Prettier formats it, so that `npm test`'s formatting check passes.
    const options = { ...(await prettier.resolveConfig(configFile)), filepath: configFile };
    writeFileSync(configFile, await prettier.format(JSON.stringify(config), options));
  }
  return locales;
}

function writeLoaders(locales) {
  const lines = locales.map((locale) => `  '${locale}': () => import('./locales/${locale}.js'),`);
  writeFileSync(
    loadersModule,
    `// Do not modify this file by hand! Re-generate it with \`npm run localize\`.\n` +
      `// One loader per XLIFF file in xliff/: a page loads only the translation it needs.\n` +
      `export const translations = {\n${lines.join('\n')}\n};\n`,
  );
}

async function generate(extra = []) {
  const locales = await syncTargetLocales(extra);
  litLocalize('extract');
  writeFileSync(latinXliff, latinFromCyrillic(readFileSync(cyrillicXliff, 'utf8')));
  litLocalize('build');
  writeLoaders(locales);
}

const snapshot = () =>
  new Map(generatedFiles().map((file) => [file, existsSync(file) ? readFileSync(file, 'utf8') : null]));

const added = process.argv.includes('--add') ? process.argv[process.argv.indexOf('--add') + 1] : undefined;
if (added !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(added)) {
  console.error('Usage: npm run localize -- --add <BCP 47 tag, e.g. hu or rue>');
  process.exit(2);
}

if (!checkOnly) {
  await generate(added ? [added] : []);
  if (added) console.log(`Added xliff/${added}.xlf: write a <target> for each <source>, then run npm run localize.`);
  // Shown in English until translated; `npm test` fails meanwhile.
  for (const problem of translationProblems()) console.warn(problem);
  console.log('Localization files generated.');
  process.exit(0);
}

const before = snapshot();
// The committed translations, checked before lit-localize (whose build aborts on a placeholder error).
const problems = translationProblems();
let generated = true;
try {
  await generate();
} catch {
  generated = false;
}
const after = snapshot();
const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
  (file) => before.get(file) !== after.get(file),
);
// The check must not change the working tree: put back what was there.
for (const [file, content] of before) {
  if (content === null) rmSync(file, { force: true });
  else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
for (const file of after.keys()) if (!before.has(file)) rmSync(file, { force: true });

let failed = !generated;
if (!generated) console.error('lit-localize could not build the locale modules (its message is above).');
if (changed.length) {
  failed = true;
  console.error(
    `Stale or missing generated localization files: ${changed.join(', ')}\nRun \`npm run localize\` and commit the result.`,
  );
}
if (problems.length) {
  failed = true;
  for (const problem of problems) console.error(problem);
}
if (!failed)
  console.log(
    `Localization files are up to date and every message is translated into the ${syncedLocales().length} languages besides English.`,
  );
process.exit(failed ? 1 : 0);
