// The JSON Schema of our `_gov` JSON Feed extension: it accepts every `_gov` the demo and the test
// feeds publish, and rejects the mistakes a writer makes. Runs in Node (`node --test`).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from 'jsonschema';

const schema = JSON.parse(readFileSync('schemas/json-feed-gov-extension.schema.json', 'utf8'));
const validator = new Validator();
const errors = (value) => validator.validate(value, schema).errors.map((error) => error.stack);

function extensionsIn(folder, skip = []) {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json') && !skip.includes(file))
    .flatMap((file) => {
      const feed = JSON.parse(readFileSync(`${folder}/${file}`, 'utf8'));
      return (feed.items ?? [])
        .filter((item) => item._gov !== undefined)
        .map((item) => [`${file} ${item.id}`, item._gov]);
    });
}

describe('schemas/json-feed-gov-extension.schema.json', () => {
  it('has an $id that resolves to the file the npm package ships', () => {
    const { name } = JSON.parse(readFileSync('package.json', 'utf8'));
    const path = new URL(schema.$id).pathname.replace(`/${name}/`, '');
    assert.equal(new URL(schema.$id).origin + `/${name}/${path}`, schema.$id, 'an unpkg address of this package');
    const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }));
    assert.ok(
      files.some((file) => file.path === path),
      `${path} is in the package`,
    );
  });

  it('is a draft-07 schema with a description for every member', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    for (const [name, member] of Object.entries(schema.properties)) assert.ok(member.description, name);
  });

  const published = [...extensionsIn('demo/data'), ...extensionsIn('tests/fixtures/news-feed', ['hostile.json'])];

  it('accepts every _gov of the demo and test feeds', () => {
    assert.ok(published.length > 20);
    for (const [where, extension] of published) assert.deepEqual(errors(extension), [], where);
  });

  const mistakes = [
    ['an empty place', { place: '' }],
    ['a width in a string', { width: '640', height: 360 }],
    ['a zero height', { width: 640, height: 0 }],
    ['a width without a height', { width: 640 }],
    ['a javascript: thumbnail', { thumbnail: 'javascript:alert(1)' }],
    ['a data: thumbnail', { thumbnail: 'data:image/png;base64,AAAA' }],
    ['a srcset with a CSS unit', { srcset: 'a.jpg 640px' }],
    ['a misspelt member', { plcae: 'Brussels' }],
    ['a non-object', 'Brussels'],
  ];
  for (const [name, extension] of mistakes) {
    it(`rejects ${name}`, () => {
      assert.notDeepEqual(errors(extension), []);
    });
  }

  it('accepts relative and absolute http(s) image URLs', () => {
    assert.deepEqual(
      errors({ thumbnail: 'photos/a-thumb.jpg', srcset: 'a-640.jpg 640w, https://cdn.example.org/a.jpg 1600w' }),
      [],
    );
    assert.deepEqual(errors({ thumbnail: 'HTTPS://cdn.example.org/a.jpg', srcset: 'a.jpg' }), []);
  });
});
