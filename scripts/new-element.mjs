#!/usr/bin/env node
// `npm run new:element -- <name>`: a new data element, `<gov-<name>>`, that works from the first
// minute: class, styles, entry, story (Loaded, Loading, Empty, Error), docs page, sample data, its own
// test and the data-element contract, from scripts/templates/element/, and registered where the
// project needs it (src/index.ts, the npm entries in vite.config.ts and package.json, a size budget,
// storybook:check's visible token). CONTRIBUTING.md says what to change next.
//
//   npm run new:element -- notice-board               creates <gov-notice-board>
//   npm run new:element -- notice-board --dry-run     prints what it would write and change, writes nothing
//   node scripts/new-element.mjs notice-board --root <dir>   into another copy of the repository
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as prettier from 'prettier';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index < 0 ? undefined : args.splice(index, 2)[1];
};
const root = resolve(option('--root') ?? join(import.meta.dirname, '..'));
const dryRun = args.includes('--dry-run');
const [name] = args.filter((arg) => !arg.startsWith('--'));

function fail(message) {
  console.error(`new:element: ${message}`);
  process.exit(1);
}

if (!name) fail('name the element: npm run new:element -- notice-board (it becomes <gov-notice-board>)');
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name))
  fail(`"${name}" is not a name: lower-case letters and digits, words joined by "-" (notice-board)`);
if (name.startsWith('gov-')) fail(`leave out the prefix: "${name.slice(4)}" becomes <gov-${name.slice(4)}>`);

const words = name.split('-');
const className = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
const values = {
  __name__: name,
  __Class__: className,
  __camel__: className[0].toLowerCase() + className.slice(1),
  __Title__: [words[0][0].toUpperCase() + words[0].slice(1), ...words.slice(1)].join(' '),
};
const fill = (text) => text.replace(/__(name|Class|camel|Title)__/g, (key) => values[key]);
const template = (file) => fill(readFileSync(join(import.meta.dirname, 'templates', 'element', file), 'utf8'));

/** New files, from their templates. */
const files = {
  [`src/components/${name}/${name}.ts`]: template('element.ts.tmpl'),
  [`src/components/${name}/${name}.styles.ts`]: template('styles.ts.tmpl'),
  [`src/${name}.ts`]: template('entry.ts.tmpl'),
  [`stories/${name}.stories.ts`]: template('stories.ts.tmpl'),
  [`docs/${name}.md`]: template('doc.md.tmpl'),
  [`demo/data/${name}.json`]: template('data.json.tmpl'),
  [`tests/${name}/${name}.test.ts`]: template('test.ts.tmpl'),
  [`tests/${name}/contract.test.ts`]: template('contract.test.ts.tmpl'),
};

const taken = Object.keys(files).filter((file) => existsSync(join(root, file)));
if (taken.length) fail(`<gov-${name}> exists already (${taken.join(', ')})`);

/** Inserts `line` into `file` after the line matching `after` (once), or fails saying where it looked. */
function insertAfter(file, after, line) {
  const text = readFileSync(join(root, file), 'utf8');
  const lines = text.split('\n');
  const at = lines.findIndex((each) => after.test(each));
  if (at < 0) fail(`${file}: no line matching ${after} to register <gov-${name}> after`);
  lines.splice(at + 1, 0, line);
  return lines.join('\n');
}

function withJson(file, change) {
  const json = JSON.parse(readFileSync(join(root, file), 'utf8'));
  change(json);
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Changed files: where the project lists its elements. */
const changes = {
  'src/index.ts': `${readFileSync(join(root, 'src/index.ts'), 'utf8').trimEnd()}\nexport * from './${name}.js';\n`,
  'vite.config.ts': insertAfter(
    'vite.config.ts',
    /^\s*'script-toggle': fromRoot\('src\/script-toggle\.ts'\),$/,
    `  '${name}': fromRoot('src/${name}.ts'),`,
  ),
  'package.json': withJson('package.json', (json) => {
    // After the other elements' entries, before the bundle and the metadata.
    const entries = Object.entries(json.exports);
    const at = entries.findIndex(([key]) => key === './transliterate');
    entries.splice(at, 0, [`./${name}`, { types: `./dist/types/${name}.d.ts`, default: `./dist/${name}.js` }]);
    json.exports = Object.fromEntries(entries);
  }),
  // The element as generated is 13.2 kB gzip (Lit and the shared base included): room for its own code.
  'size-budgets.json': withJson('size-budgets.json', (json) => {
    json.entries[name] = { entry: `src/${name}.ts`, gzip: 15000 };
  }),
  'scripts/storybook-check.mjs': insertAfter(
    'scripts/storybook-check.mjs',
    /^const VISIBLE_TOKENS = \{$/,
    `  'gov-${name}': { token: '--gov-${name}-gap', value: '3em', part: 'list', property: 'row-gap', of: 'part' },`,
  ),
};

const prettierConfig = (await prettier.resolveConfig(join(root, 'package.json'))) ?? {};
const formatted = async (file, text) =>
  file.endsWith('.mjs') || file.endsWith('.ts') || file.endsWith('.json') || file.endsWith('.md')
    ? prettier.format(text, { ...prettierConfig, filepath: join(root, file) })
    : text;

for (const [file, text] of Object.entries(files)) {
  console.log(`${dryRun ? 'would create' : 'created'} ${file}`);
  if (dryRun) continue;
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), await formatted(file, text));
}
for (const [file, text] of Object.entries(changes)) {
  console.log(`${dryRun ? 'would register it in' : 'registered it in'} ${file}`);
  if (!dryRun) writeFileSync(join(root, file), await formatted(file, text));
}

const where = relative(process.cwd(), root) || '.';
console.log(`
<gov-${name}> ${dryRun ? 'would be' : 'is'} ready in ${where}: a list of linked titles from a JSON Feed. Next (CONTRIBUTING.md):
  1. src/components/${name}/${name}.ts: its model (interpret), what it shows (renderContent), its JSDoc (the TODOs);
  2. npx web-test-runner --files "tests/${name}/*.test.ts" (its own test and the data-element contract);
  3. new UI strings: msg('…', { id: '${name}.…' }), then npm run localize and a translation in every xliff/*.xlf;
  4. npm run size (its budget in size-budgets.json), npm run lint, npm test.`);
