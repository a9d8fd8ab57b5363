// The layers of src/ (README, "Development") hold: src/core/ imports only src/core/ and touches no
// page global, page infrastructure never imports an element, and no import cycle exists, type-only
// imports included. The lint rules (eslint.config.js) are run here on snippets that break them, so a
// rule that silently stopped resolving imports would fail this test rather than pass everything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The rules a snippet breaks, when it is linted as if it were the file at `filePath`. */
let probes = 0;
async function brokenRules(code, filePath) {
  // A file name of its own each time: the import plugin caches what it learned about a file.
  const probe = filePath.replace(/\.ts$/, `-${++probes}.ts`);
  const [result] = await eslint.lintText(code, { filePath: join(root, probe) });
  return [...new Set(result.messages.map((message) => message.ruleId ?? message.message))];
}

test('src/core/ may import src/core/ only', async () => {
  assert.deepEqual(
    await brokenRules(
      "import { safeUrl } from './url.js';\nimport { toLatin } from './transliteration/to-latin.js';\nexport const ok = [safeUrl, toLatin];\n",
      'src/core/layer-probe.ts',
    ),
    [],
    'imports inside core are fine',
  );
  assert.deepEqual(
    await brokenRules(
      "import { setScript } from '../page/page-script.js';\nexport const state = setScript;\n",
      'src/core/layer-probe.ts',
    ),
    ['import-x/no-restricted-paths'],
  );
  assert.deepEqual(
    await brokenRules(
      "import type { GovLoadDetail } from '../../events.js';\nexport type Detail = GovLoadDetail;\n",
      'src/core/transliteration/layer-probe.ts',
    ),
    ['import-x/no-restricted-paths'],
    'a type-only import counts too',
  );
});

test('src/core/ touches no page global', async () => {
  assert.deepEqual(
    await brokenRules(
      "export const stored = () => localStorage.getItem('x');\nexport const here = () => location.href;\n",
      'src/core/layer-probe.ts',
    ),
    ['no-restricted-globals'],
  );
  assert.deepEqual(
    await brokenRules("export const stored = () => localStorage.getItem('x');\n", 'src/page/layer-probe.ts'),
    [],
    'the page layer may',
  );
});

test('page infrastructure imports no element, and an element no entry', async () => {
  assert.deepEqual(
    await brokenRules(
      "import type { GovNewsFeed } from '../components/news-feed/news-feed.js';\nexport type Feed = GovNewsFeed;\n",
      'src/page/layer-probe.ts',
    ),
    ['import-x/no-restricted-paths'],
  );
  assert.deepEqual(
    await brokenRules(
      "import { GovPhotoGallery } from '../../photo-gallery.js';\nexport const gallery = GovPhotoGallery;\n",
      'src/components/photo-gallery/layer-probe.ts',
    ),
    ['import-x/no-restricted-paths'],
  );
});

/** Every relative import of a file: static, type-only, re-exports, dynamic import() and typeof import(). */
export function importsOf(text) {
  const specifiers = [];
  const statement = /(?:^|[;\n])\s*(?:import|export)\b(?:\s+type\b)?[^'";]*?['"](\.{1,2}\/[^'"]+)['"]/g;
  const dynamic = /\bimport\(\s*[`'"](\.{1,2}\/[^`'"?]+)/g;
  for (const pattern of [statement, dynamic]) for (const match of text.matchAll(pattern)) specifiers.push(match[1]);
  return specifiers;
}

/** The strongly connected components of more than one module, and modules that import themselves. */
export function cycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let next = 0;
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node), low.get(target)));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node), index.get(target)));
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.has(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

function sourceGraph(dir) {
  const graph = new Map();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) graph.set(path, new Set());
    }
  };
  walk(dir);
  for (const [file, targets] of graph) {
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      const found = [target, `${target}.ts`].find((path) => graph.has(path) && existsSync(path));
      if (found) targets.add(found);
    }
  }
  return graph;
}

test('the cycle finder sees type-only, dynamic and re-export edges', () => {
  assert.deepEqual(
    importsOf("import type { A } from './a.js';\nexport { b } from '../b.js';\nconst c = import('./c.js');\n"),
    ['./a.js', '../b.js', './c.js'],
  );
  const graph = new Map([
    ['a', new Set(['b'])],
    ['b', new Set(['a'])],
    ['c', new Set(['a'])],
  ]);
  assert.deepEqual(cycles(graph), [['a', 'b']]);
});

test('src/ has no import cycle, type-only imports included', () => {
  const graph = sourceGraph(join(root, 'src'));
  assert.ok(graph.size > 50, `read ${graph.size} modules`);
  assert.ok([...graph.values()].reduce((sum, targets) => sum + targets.size, 0) > 100, 'the imports were read');
  const found = cycles(graph).map((component) => component.map((file) => relative(root, file)));
  assert.deepEqual(found, []);
});
