// The translation checks behind `npm run localize -- --check` (part of `npm test`), on small XLIFF
// files and on the project's own: every language translates every message, placeholders intact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { misplaced, untranslated, xliffProblems } from '../../scripts/lib/xliff.mjs';

const unit = (id, source, target) =>
  `<trans-unit id="${id}">\n  <source>${source}</source>${target === undefined ? '' : `\n  <target>${target}</target>`}\n</trans-unit>`;
const xliff = (...units) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file target-language="hu"><body>\n${units.join('\n')}\n</body></file></xliff>\n`;
const x = (id) => `<x id="${id}" equiv-text="\${count}"/>`;

test('a message without a target, or with an empty one, is untranslated', () => {
  const file = xliff(unit('a', 'Close', 'Bezárás'), unit('b', 'Zoom'), unit('c', 'Photos', '  '));
  assert.deepEqual(untranslated(file), ['b', 'c']);
  assert.deepEqual(xliffProblems(file), ['2 message(s) without a translation: b, c']);
});

test('a translation must keep every placeholder of its source, each once, in any order', () => {
  const file = xliff(
    unit('kept', `${x(0)} of ${x(1)}`, `${x(0)} / ${x(1)}`),
    unit('moved', `Photo ${x(0)}`, `${x(0)}. fotó`),
    unit('dropped', `Photo ${x(0)}`, 'Fotó'),
    unit('doubled', `${x(0)} more`, `${x(0)} ${x(0)}`),
    unit('invented', 'Photos', `Fotók ${x(0)}`),
  );
  assert.deepEqual(misplaced(file), ['dropped', 'doubled', 'invented']);
  assert.deepEqual(xliffProblems(file), [
    'translation(s) whose placeholders differ from the source: dropped, doubled, invented',
  ]);
});

test('a complete file has no problems', () => {
  assert.deepEqual(xliffProblems(xliff(unit('a', `${x(0)} of ${x(1)}`, `${x(1)}-ből ${x(0)}`))), []);
});

test("the project's languages translate every message", () => {
  const files = readdirSync('xliff').filter((file) => file.endsWith('.xlf'));
  const ids = (file) =>
    [...readFileSync(`xliff/${file}`, 'utf8').matchAll(/<trans-unit id="([^"]+)">/g)].map((m) => m[1]);
  assert.deepEqual(files.sort(), ['hr.xlf', 'hu.xlf', 'ro.xlf', 'rue.xlf', 'sk.xlf', 'sr-Cyrl.xlf', 'sr-Latn.xlf']);
  const messages = ids('sr-Cyrl.xlf').sort();
  assert.ok(messages.length > 50);
  for (const file of files) {
    assert.deepEqual(ids(file).sort(), messages, `${file} has the messages of the code`);
    assert.deepEqual(xliffProblems(readFileSync(`xliff/${file}`, 'utf8')), [], file);
  }
});

test('every message names its id: the one-file bundle ships no generator of ids (vite.config.ts)', () => {
  // lit-localize extract names a message without an id by a hash of its text: "s" or "h" and 16 hex digits.
  const ids = [...readFileSync('xliff/sr-Cyrl.xlf', 'utf8').matchAll(/<trans-unit id="([^"]+)">/g)].map((m) => m[1]);
  assert.ok(ids.length > 50);
  assert.deepEqual(
    ids.filter((id) => /^[sh][\da-f]{16}$/.test(id)),
    [],
  );
});
