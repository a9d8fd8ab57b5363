// `npm run new:element` as a contributor runs it, into a copy of the repository: it writes a new data
// element and registers it, the result type-checks with the whole project and passes the linters, a
// dry run writes nothing, and a wrong or taken name is refused. (The generated element's own browser
// tests, the contract included, are run by hand when the templates change: see CONTRIBUTING.md.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = new URL('../..', import.meta.url).pathname;
const generator = join(repo, 'scripts/new-element.mjs');

/** A copy of what the generator reads and writes and what type-checking needs, node_modules linked. */
function copyOfRepository() {
  const copy = mkdtempSync(join(tmpdir(), 'gov-new-element-'));
  const sources = (path) => !/\.(png|jpe?g|webp|gif)$/.test(path) && !path.includes('/fixtures/');
  for (const path of ['src', 'stories', 'tests/support', 'scripts', 'demo/data']) {
    cpSync(join(repo, path), join(copy, path), { recursive: true, filter: sources });
  }
  for (const file of [
    'package.json',
    'size-budgets.json',
    'vite.config.ts',
    'tsconfig.json',
    '.prettierrc.json',
    'eslint.config.js',
  ]) {
    cpSync(join(repo, file), join(copy, file));
  }
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

const run = (copy, ...args) =>
  spawnSync(process.execPath, [generator, ...args, '--root', copy], { encoding: 'utf8', cwd: copy });

const created = [
  'src/components/notice-board/notice-board.ts',
  'src/components/notice-board/notice-board.styles.ts',
  'src/notice-board.ts',
  'stories/notice-board.stories.ts',
  'docs/notice-board.md',
  'demo/data/notice-board.json',
  'tests/notice-board/notice-board.test.ts',
  'tests/notice-board/contract.test.ts',
];

test('new:element creates a data element that type-checks and lints with the project, registered everywhere', () => {
  const copy = copyOfRepository();
  try {
    const dry = run(copy, 'notice-board', '--dry-run');
    assert.equal(dry.status, 0, dry.stderr);
    for (const file of created) assert.match(dry.stdout, new RegExp(`would create ${file}`));
    assert.deepEqual(
      created.filter((file) => existsSync(join(copy, file))),
      [],
      'a dry run writes nothing',
    );
    assert.equal(readFileSync(join(copy, 'src/index.ts'), 'utf8'), readFileSync(join(repo, 'src/index.ts'), 'utf8'));

    const made = run(copy, 'notice-board');
    assert.equal(made.status, 0, made.stderr);
    for (const file of created) assert.ok(existsSync(join(copy, file)), `${file} was not created`);
    const element = readFileSync(join(copy, created[0]), 'utf8');
    assert.match(element, /export class GovNoticeBoard extends GovDataElement<NoticeBoardDocument>/);
    assert.match(element, /@tagname gov-notice-board/);
    assert.match(readFileSync(join(copy, 'src/index.ts'), 'utf8'), /export \* from '\.\/notice-board\.js';\n$/);
    assert.match(
      readFileSync(join(copy, 'vite.config.ts'), 'utf8'),
      /'notice-board': fromRoot\('src\/notice-board\.ts'\)/,
    );
    const pkg = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.exports['./notice-board'], {
      types: './dist/types/notice-board.d.ts',
      default: './dist/notice-board.js',
    });
    const budgets = JSON.parse(readFileSync(join(copy, 'size-budgets.json'), 'utf8'));
    assert.equal(budgets.entries['notice-board'].entry, 'src/notice-board.ts');
    assert.match(
      readFileSync(join(copy, 'scripts/storybook-check.mjs'), 'utf8'),
      /'gov-notice-board': \{ token: '--gov-notice-board-gap'/,
    );

    // The whole project with the new element, as `npm run typecheck` and `npm run lint` see it.
    const bin = (name) => join(repo, 'node_modules/.bin', name);
    const typecheck = spawnSync(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: copy, encoding: 'utf8' });
    assert.equal(typecheck.status, 0, typecheck.stdout + typecheck.stderr);
    const touched = [...created, 'src/index.ts', 'vite.config.ts', 'package.json', 'size-budgets.json'];
    execFileSync(bin('prettier'), ['--check', ...touched], { cwd: copy, stdio: 'pipe' });
    const lint = spawnSync(bin('eslint'), ['--max-warnings=0', ...created.filter((file) => file.endsWith('.ts'))], {
      cwd: copy,
      encoding: 'utf8',
    });
    assert.equal(lint.status, 0, lint.stdout + lint.stderr);

    const again = run(copy, 'notice-board');
    assert.notEqual(again.status, 0);
    assert.match(again.stderr, /<gov-notice-board> exists already/);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('new:element refuses a name that is not one, and the gov- prefix', () => {
  const copy = copyOfRepository();
  try {
    for (const [name, answer] of [
      ['Notice_Board', /is not a name/],
      ['gov-notices', /leave out the prefix/],
      ['news-feed', /exists already/],
    ]) {
      const result = run(copy, name);
      assert.notEqual(result.status, 0, name);
      assert.match(result.stderr, answer, name);
    }
    const missing = run(copy);
    assert.match(missing.stderr, /name the element/);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
