// gov-widgets-cli check on good and bad documents: the exit code, every problem with its
// file:line:column and JSON pointer, what the widget does and how to fix it. Also: the compiled
// schema validators are those of schemas/, and the feeds the browser tests load are what the CLI
// makes today from the committed fixtures.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dirname } from 'node:path';
import { buildCli, fixtures, root, runCli, scratch } from './lib/cli.mjs';

const publishedNews = [
  'news',
  join(fixtures, 'cutenews'),
  '--page-size',
  '10',
  '--time-zone',
  'Europe/Belgrade',
  '--latin',
  '--item-url',
  'news.php?subaction=showfull&id={id}&archive={archive}',
];
const publishedPhotos = [
  'photos',
  join(fixtures, 'photos'),
  '--title',
  'Test gallery',
  '--time-zone',
  'Europe/Belgrade',
  '-q',
];

describe('check', () => {
  it('passes the demo’s feeds and contact data with no problem at all', async () => {
    const files = readdirSync(join(root, 'demo/data')).filter((file) => /\.(json|jsonld)$/.test(file));
    const run = await runCli(['check', ...files.map((file) => join(root, 'demo/data', file))]);
    assert.equal(run.code, 0, run.stdout);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, files.length);
    for (const line of lines) assert.match(line, /— no errors, 0 warnings$/);
    assert.match(run.stdout, /photos\.json: photo feed \(JSON Feed\), 12 photos shown/);
    assert.match(run.stdout, /contact\.jsonld: contact data \(JSON-LD\), 1 office shown/);
  });

  it('lists each problem at its line, column and pointer, with the widget’s behaviour and a fix; exit code 1', async () => {
    const folder = scratch();
    const feed = join(folder, 'feed.json');
    writeFileSync(
      feed,
      [
        '{',
        '  "version": "https://jsonfeed.org/version/1.1",',
        '  "title": "Вести",',
        '  "items": [',
        '    { "id": "a", "title": "One", "content_html": "<p>x</p>", "date_publised": "2016-11-23T10:00:00+01:00" },',
        '    { "title": "No id", "content_text": "y" },',
        '    { "id": "a", "content_text": "again", "url": "javascript:alert(1)", "date_published": "23 Nov 2016" }',
        '  ]',
        '}',
      ].join('\n'),
    );
    const run = await runCli(['check', feed]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /feed\.json: news feed \(JSON Feed\), 1 item shown — 3 errors, 2 warnings/);
    const block = (line, column) => {
      const start = run.stdout.indexOf(`${feed}:${line}:${column} `);
      assert.ok(start > 0, `a problem at ${line}:${column}\n${run.stdout}`);
      return run.stdout.slice(start, run.stdout.indexOf('Fix:', start) + 200);
    };
    assert.match(
      block(5, 62),
      /warning {2}\/items\/0\/date_publised\n {4}"date_publised" is not a member[^\n]*\n {4}What the widget does: The news feed ignores it\.\n {4}Fix: Did you mean "date_published"\?/,
    );
    assert.match(
      block(6, 5),
      /error {2}\/items\/1\n {4}Item 2 has no "id"\.\n {4}What the widget does: The news feed skips it/,
    );
    assert.match(
      block(7, 13),
      /error {2}\/items\/2\/id\n {4}Item 3 has the id "a" of an earlier item\.\n {4}What the widget does: The news feed shows only the first/,
    );
    assert.match(
      block(7, 50),
      /error {2}\/items\/2\/url\n {4}"url" \("javascript:alert\(1\)"\) is not an http\(s\) or relative address\.\n {4}What the widget does: The news feed drops it/,
    );
    assert.match(
      block(7, 91),
      /warning {2}\/items\/2\/date_published\n {4}"date_published" \("23 Nov 2016"\) is not an RFC 3339 date/,
    );
  });

  it('places a JSON syntax error, says an HTML page is not data, and checks RSS, contact data and URLs', async () => {
    const folder = scratch();
    writeFileSync(
      join(folder, 'broken.json'),
      '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [1,]\n}',
    );
    writeFileSync(join(folder, 'page.json'), '<!doctype html><title>404</title>');
    writeFileSync(
      join(folder, 'contact.jsonld'),
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'GovernmentOffice',
        name: 'Мисија',
        email: 'not an address',
        telephone: '+32 2 707 79 81',
      }),
    );
    const run = await runCli([
      'check',
      join(folder, 'broken.json'),
      join(folder, 'page.json'),
      join(folder, 'contact.jsonld'),
      join(root, 'tests/fixtures/news-feed/wordpress.rss'),
      'http://127.0.0.1:9/nothing.json',
      '--json',
    ]);
    assert.equal(run.code, 1);
    const [broken, page, contact, rss, unreachable] = JSON.parse(run.stdout);
    assert.deepEqual(
      [broken.problems[0].line, broken.problems[0].column, broken.problems[0].severity],
      [3, 15, 'error'],
    );
    assert.match(broken.problems[0].message, /^The JSON is not valid/);
    assert.match(page.problems[0].message, /HTML page, not data/);
    assert.equal(contact.kind, 'contact');
    assert.deepEqual(
      contact.problems.map((problem) => [problem.pointer, problem.severity]),
      [['/email', 'error']],
    );
    assert.equal(rss.format, 'rss');
    assert.equal(rss.problems.length, 0);
    assert.match(unreachable.problems[0].message, /Could not reach http:\/\/127\.0\.0\.1:9\/nothing\.json/);
  });

  it('checks as --as says, and reports a wrong --as as a usage error', async () => {
    const asPhotos = await runCli(['check', join(root, 'demo/data/news.en.json'), '--as', 'photos', '--json']);
    assert.equal(asPhotos.code, 1);
    assert.ok(JSON.parse(asPhotos.stdout)[0].problems.some((problem) => /has no "image"/.test(problem.message)));
    const wrong = await runCli(['check', 'x.json', '--as', 'gallery']);
    assert.equal(wrong.code, 2);
  });
});

describe('generated files', () => {
  it('the compiled schema validators are those of schemas/*.schema.json', () => {
    execFileSync(process.execPath, [join(root, 'cli/scripts/schema-validators.mjs'), '--check'], { stdio: 'pipe' });
  });

  it('the built package stands alone: it imports only its own dependencies and Node, and evaluates no code', () => {
    const dist = dirname(buildCli());
    const { dependencies } = JSON.parse(readFileSync(join(root, 'cli/package.json'), 'utf8'));
    const files = [...readdirSync(dist), ...readdirSync(join(dist, 'chunks')).map((file) => `chunks/${file}`)].filter(
      (file) => file.endsWith('.js'),
    );
    const imported = new Set();
    for (const file of files) {
      const code = readFileSync(join(dist, file), 'utf8');
      for (const [, specifier] of code.matchAll(/(?:from\s*|import\()"([^"]+)"/g)) imported.add(specifier);
      assert.doesNotMatch(code, /new Function\(|\beval\(/, file);
    }
    const outside = [...imported].filter(
      (specifier) =>
        !specifier.startsWith('./') && !specifier.startsWith('../chunks/') && !specifier.startsWith('node:'),
    );
    for (const specifier of outside) {
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      assert.ok(name in dependencies, `${specifier} is not a dependency of gov-widgets-cli`);
    }
    assert.ok(
      [...imported].every((specifier) => !specifier.includes('src/core')),
      'src/core is bundled in',
    );
  });

  it('the feeds the browser tests load are what the CLI makes from the fixtures today', async () => {
    // UPDATE_PUBLISHED=1 node --test tests/node/cli-check.test.mjs rewrites them after an intended change.
    for (const [folder, args] of [
      ['news', publishedNews],
      ['photos', publishedPhotos],
    ]) {
      const committed = join(fixtures, 'published', folder);
      const out = scratch();
      const source = args[1];
      // The photos command writes photos.csv into its source: run it on a copy.
      const copy = folder === 'photos' ? scratch('photos') : source;
      const run = await runCli([args[0], copy, '--out', out, ...args.slice(2)]);
      assert.equal(run.code, 0, run.stderr);
      if (process.env.UPDATE_PUBLISHED) {
        rmSync(committed, { recursive: true, force: true });
        cpSync(out, committed, { recursive: true, filter: (path) => !path.split('/').at(-1).startsWith('.') });
      }
      const feeds = readdirSync(out).filter((file) => file.endsWith('.json') && !file.startsWith('.'));
      assert.deepEqual(
        feeds,
        readdirSync(committed).filter((file) => file.endsWith('.json')),
      );
      for (const file of feeds)
        assert.equal(readFileSync(join(out, file), 'utf8'), readFileSync(join(committed, file), 'utf8'), file);
      if (folder === 'photos')
        assert.deepEqual(readdirSync(join(out, 'images')), readdirSync(join(committed, 'images')));
    }
  });
});
