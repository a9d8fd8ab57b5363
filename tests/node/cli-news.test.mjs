// gov-widgets-cli news, run as a webmaster runs it, on the committed CuteNews data folder (32 stories:
// news.txt in UTF-8, two archives in windows-1251), a windows-1250 one, and a WordPress-style RSS feed.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures, root, runCli, scratch } from './lib/cli.mjs';

const read = (folder, file) => JSON.parse(readFileSync(join(folder, file), 'utf8'));
const all = (folder, first = 'news.json') => {
  const pages = [];
  for (let file = first; file; file = read(folder, file).next_url) pages.push({ file, ...read(folder, file) });
  return pages;
};

describe('news from a CuteNews data folder', () => {
  let out;
  let run;
  before(async () => {
    out = scratch();
    run = await runCli([
      'news',
      join(fixtures, 'cutenews'),
      '--out',
      out,
      '--page-size',
      '10',
      '--time-zone',
      'Europe/Belgrade',
      '--item-url',
      'https://www.example.gov.rs/news.php?subaction=showfull&id={id}&archive={archive}',
      '--latin',
    ]);
  });

  it('exits 0, names the encodings it read and the category it could not find, with file and line', () => {
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /read 4 files as utf-8, 2 files as windows-1251/);
    assert.match(run.stderr, /data\/news\.txt:5: category 9 is not in category\.db/);
    assert.match(run.stderr, /32 stories → 3 pages and their 3 Latin copies/);
  });

  it('pages newest first, anchored at the oldest story: news.json → news-2.json → news-1.json', () => {
    const pages = all(out);
    assert.deepEqual(
      pages.map((page) => [page.file, page.items.length]),
      [
        ['news.json', 12],
        ['news-2.json', 10],
        ['news-1.json', 10],
      ],
    );
    const dates = pages.flatMap((page) => page.items.map((item) => Date.parse(item.date_published)));
    assert.deepEqual(
      dates,
      [...dates].sort((a, b) => b - a),
    );
    assert.ok(pages.every((page) => page.feed_url === 'news.json' && page.language === 'sr-Cyrl'));
  });

  it('keeps the CuteNews ids and links each story with the --item-url template', () => {
    const [first] = read(out, 'news.json').items;
    assert.equal(first.id, '1479900600');
    assert.equal(first.url, 'https://www.example.gov.rs/news.php?subaction=showfull&id=1479900600&archive=');
    const archived = read(out, 'news-1.json').items.at(-1);
    assert.match(archived.url, /archive=1443657600$/);
  });

  it('lifts the leading dateline into _gov.place with the element’s recognizer, out of the text', () => {
    const items = all(out).flatMap((page) => page.items);
    const byId = new Map(items.map((item) => [item.id, item]));
    assert.equal(byId.get('1479900600')._gov.place, 'Брисел');
    assert.match(byId.get('1479900600').content_html, /^<p>Председник Владе/);
    assert.match(byId.get('1479900600').summary, /^Председник Владе/);
    assert.equal(byId.get('1479810000')._gov.place, 'Brussels');
    assert.equal(byId.get('1478862000')._gov.place, 'Приштина/Београд');
    // A story without a dateline has no place.
    assert.equal(byId.get('1478170800')._gov, undefined);
    // The archives, in windows-1251, read as Cyrillic with their datelines lifted.
    assert.ok(items.filter((item) => item.date_published.startsWith('2015')).every((item) => item._gov.place));
  });

  it('turns CuteNews markup into clean HTML and sanitizes it like the element', () => {
    const items = new Map(all(out).flatMap((page) => page.items.map((item) => [item.id, item])));
    assert.match(items.get('1479900600').content_html, /<strong>Партнерство за мир<\/strong>/);
    assert.match(items.get('1479810000').content_html, /<a href="https:\/\/www\.nato\.int\/">NATO web site<\/a> 🙂/);
    assert.match(items.get('1479380400').content_html, /<p>Програм семинара:<\/p><ul><li>планирање одбране<\/li>/);
    assert.match(items.get('1477566000').content_html, /<blockquote><p><cite>Шеф Мисије<\/cite>:<\/p>/);
    assert.match(items.get('1475751600').content_html, /^<p>Делегација .*<\/p><p>Чланови/);
    const hostile = items.get('1475146800').content_html;
    for (const bad of ['<script', 'onerror', 'javascript:', '<iframe', 'style='])
      assert.ok(!hostile.includes(bad), bad);
    assert.equal(items.get('1478170800').title, 'Саопштење за јавност | Мисија');
    assert.equal(items.get('1476356400').title, 'Изјава министра одбране & министра спољних послова');
  });

  it('writes RFC 3339 dates in the site’s time zone, categories as tags, and each language that differs', () => {
    const items = new Map(all(out).flatMap((page) => page.items.map((item) => [item.id, item])));
    assert.equal(items.get('1479900600').date_published, '2016-11-23T12:30:00+01:00');
    assert.deepEqual(items.get('1479900600').tags, ['Вести', 'Events']);
    assert.equal(items.get('1479810000').language, 'en');
    assert.equal(items.get('1479726000').language, 'sr-Latn');
    assert.equal(items.get('1479900600').language, undefined);
    const summer = [...items.values()].find((item) => item.date_published.startsWith('2015-07'));
    assert.match(summer.date_published, /\+02:00$/);
  });

  it('writes Latin copies with the project’s engine, leaving English and links alone', () => {
    const pages = all(out, 'news.sr-Latn.json');
    assert.deepEqual(
      pages.map((page) => page.file),
      ['news.sr-Latn.json', 'news-2.sr-Latn.json', 'news-1.sr-Latn.json'],
    );
    assert.equal(pages[0].language, 'sr-Latn');
    const [first, english] = pages[0].items;
    assert.equal(first.title, 'Predsednik Vlade Republike Srbije u sedištu NATO');
    assert.equal(first._gov.place, 'Brisel');
    assert.deepEqual(first.tags, ['Vesti', 'Events']);
    assert.equal(english.title, 'Prime Minister of Serbia meets NATO Secretary General');
    assert.match(english.content_html, /href="https:\/\/www\.nato\.int\/"/);
  });

  it('passes gov-widgets-cli check with no errors', async () => {
    const files = readdirSync(out).filter((file) => file.endsWith('.json'));
    const check = await runCli(['check', ...files.map((file) => join(out, file))]);
    assert.equal(check.code, 0, check.stdout);
    const lines = check.stdout.trim().split('\n');
    assert.equal(lines.length, 6);
    for (const line of lines) assert.match(line, /— no errors, 0 warnings$/);
  });
});

describe('a re-run rewrites only what changed', () => {
  it('one new story changes news.json only; at 2 × page size a new page appears and no older page changes', async () => {
    const source = scratch('cutenews');
    const out = scratch();
    const args = ['news', source, '--out', out, '--page-size', '5', '--time-zone', 'UTC', '-q'];
    assert.equal((await runCli(args)).code, 0);
    const snapshot = () =>
      Object.fromEntries(
        readdirSync(out).map((file) => [
          file,
          { bytes: readFileSync(join(out, file), 'utf8'), mtime: statSync(join(out, file)).mtimeMs },
        ]),
      );
    const before = snapshot();
    assert.deepEqual(Object.keys(before).sort(), [
      'news-1.json',
      'news-2.json',
      'news-3.json',
      'news-4.json',
      'news-5.json',
      'news.json',
    ]);
    assert.equal(read(out, 'news.json').items.length, 7);

    const again = await runCli(args.filter((arg) => arg !== '-q'));
    assert.match(again.stderr, /0 written, 6 unchanged/);
    assert.deepEqual(snapshot(), before);

    const news = join(source, 'data/news.txt');
    const story = (time, title) => `${time}|press|${title}|Брисел, 1. децембар 2016. – Нова вест.||||1||\n`;
    writeFileSync(news, story(1480590000, 'Нова вест') + readFileSync(news, 'utf8'));
    const third = await runCli(args.filter((arg) => arg !== '-q'));
    assert.match(third.stderr, /1 written, 5 unchanged/);
    const after = snapshot();
    for (const file of Object.keys(before).filter((file) => file !== 'news.json'))
      assert.deepEqual(after[file], before[file], file);
    assert.equal(read(out, 'news.json').items[0].id, '1480590000');
    assert.equal(read(out, 'news.json').items.length, 8);

    // Two more make ten in news.json: its oldest five become news-6.json; pages 1–5 stay as they were.
    writeFileSync(news, story(1480600000, 'Друга') + story(1480610000, 'Трећа') + readFileSync(news, 'utf8'));
    assert.equal((await runCli(args)).code, 0);
    const rolled = snapshot();
    assert.equal(read(out, 'news.json').items.length, 5);
    assert.equal(read(out, 'news.json').next_url, 'news-6.json');
    assert.equal(read(out, 'news-6.json').next_url, 'news-5.json');
    for (const file of Object.keys(before).filter((file) => file !== 'news.json'))
      assert.deepEqual(rolled[file], before[file], file);
  });
});

describe('other sources and mistakes', () => {
  it('reads windows-1250 Serbian Latin', async () => {
    const out = scratch();
    const run = await runCli(['news', join(fixtures, 'cutenews-1250'), '--out', out, '--time-zone', 'Europe/Belgrade']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /2 files as windows-1250/);
    const feed = read(out, 'news.json');
    assert.deepEqual(
      feed.items.map((item) => item.title),
      ['Đaci iz Šapca u poseti', 'Božićni prijem u Misiji', 'Čestitka povodom Nove godine'],
    );
    assert.equal(feed.language, 'sr-Latn');
    assert.deepEqual(feed.items[0].tags, ['Vesti i događaji']);
  });

  it('reads a WordPress RSS feed and its next page through the elements’ readers', async () => {
    const out = scratch();
    const run = await runCli([
      'news',
      join(root, 'tests/fixtures/news-feed/wordpress.rss'),
      '--out',
      out,
      '--title',
      'Ministry news',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const feed = read(out, 'news.json');
    assert.equal(feed.title, 'Ministry news');
    assert.equal(feed.language, 'en-GB');
    assert.ok(feed.items.length >= 3);
    const seminar = feed.items.find((item) => item.id === 'https://ministry.example.org/?p=42');
    assert.deepEqual(seminar.tags, ['Defence', 'Belgrade']);
    assert.equal(seminar._gov.alt, 'Belgrade at dusk, the fortress hill on the left.');
    assert.match(
      seminar.content_html,
      /href="https:\/\/ministry\.example\.org\/2016\/10\/13\/seminar\/programme\.pdf"/,
    );
  });

  it('names the file and line of a line it cannot read, and goes on', async () => {
    const source = scratch('cutenews');
    appendFileSync(join(source, 'data/news.txt'), 'this is not a story\n');
    const run = await runCli(['news', source, '--out', scratch(), '--time-zone', 'UTC']);
    assert.equal(run.code, 0);
    assert.match(run.stderr, /warning: data\/news\.txt:15: not a CuteNews story line/);
  });

  it('explains a wrong command line with exit code 2, and a missing source with 1', async () => {
    const noOut = await runCli(['news', join(fixtures, 'cutenews')]);
    assert.equal(noOut.code, 2);
    assert.match(noOut.stderr, /needs --out <dir>/);
    const unknown = await runCli(['news', join(fixtures, 'cutenews'), '--out', scratch(), '--page-sise', '3']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--page-sise/);
    const missing = await runCli(['news', join(fixtures, 'nothing-here.rss'), '--out', scratch()]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nothing-here\.rss: cannot be read \(ENOENT\)/);
    const zone = await runCli(['news', join(fixtures, 'cutenews'), '--out', scratch(), '--time-zone', 'Mars/Olympus']);
    assert.equal(zone.code, 2);
    assert.match(zone.stderr, /"Mars\/Olympus" is not a time zone/);
  });

  it('--help reads like the README: usage, what it does, options with defaults, examples', async () => {
    const tool = await runCli(['--help']);
    assert.equal(tool.code, 0);
    for (const command of ['news', 'photos', 'check']) assert.match(tool.stdout, new RegExp(`\\n  ${command} `));
    const news = await runCli(['news', '--help']);
    assert.equal(news.code, 0);
    assert.match(news.stdout, /^Usage: gov-widgets-cli news <source> --out <dir> \[options\]/);
    assert.match(news.stdout, /--page-size <n>\n\s+Stories per page.*Default: 20\./);
    assert.match(news.stdout, /Examples:\n {2}gov-widgets-cli news /);
  });
});
