// gov-widgets-cli photos, run as a webmaster runs it, on the committed photo folder: JPEGs stored
// sideways (EXIF orientation 6 and 8), a PNG, a WebP, a photo with GPS, one with no text at all.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import exifr from 'exifr';
import { runCli, scratch } from './lib/cli.mjs';

const read = (folder, file) => JSON.parse(readFileSync(join(folder, file), 'utf8'));
const csvRows = (folder) =>
  readFileSync(join(folder, 'photos.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/);

/** The colour of a pixel, at fractions of the image's width and height. */
async function pixel(path, x, y) {
  const { data, info } = await sharp(path).raw().toBuffer({ resolveWithObject: true });
  const offset = (Math.round(y * (info.height - 1)) * info.width + Math.round(x * (info.width - 1))) * info.channels;
  return [...data.subarray(offset, offset + 3)];
}

describe('photos: first run', () => {
  let source;
  let out;
  let run;
  let feed;
  before(async () => {
    source = scratch('photos');
    out = scratch();
    run = await runCli(['photos', source, '--out', out, '--title', 'Test gallery', '--time-zone', 'Europe/Belgrade']);
    feed = read(out, 'photos.json');
  });

  it('exits 0, creates photos.csv and warns, with its line, about every photo without alt text', () => {
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /created .*photos\.csv/);
    for (const [line, file] of [
      [4, 'kalemegdan-rotated-6.jpg'],
      [5, 'logo-square.png'],
      [6, 'no-alt.jpg'],
    ]) {
      assert.match(
        run.stderr,
        new RegExp(`warning: photos\\.csv:${line}: ${file.replace('.', '\\.')} has no alt text`),
      );
    }
    assert.match(run.stderr, /6 made, 0 unchanged, 0 failed; [\d.]+ of \d+ cores busy/);
    // Not a terminal: plain progress lines instead of a bar.
    assert.match(run.stderr, /photos: \[6\/6\] /);
  });

  it('lists every photo in photos.csv with what its EXIF and XMP say', () => {
    assert.equal(readFileSync(join(source, 'photos.csv'))[0], 0xef, 'UTF-8 with a byte order mark');
    assert.deepEqual(csvRows(source), [
      'file,alt,caption,description,credit,date',
      'djerdap-gps.jpg,A river between steep dark cliffs at dawn,Djerdap gorge,,Press Office,2016-09-01 08:30',
      'golubac-rotated-8.jpg,Камене куле тврђаве изнад широке реке,Тврђава Голубац на Дунаву,,Милан Јовановић,2016-11-23 11:05',
      'kalemegdan-rotated-6.jpg,,Kalemegdan at dusk,,Dragana Petrovic,2016-10-13 17:45',
      'logo-square.png,,,,,',
      'no-alt.jpg,,,,,',
      'sunflowers.webp,A field of sunflowers under a purple sky,Sunflowers in Vojvodina,,Ana Kovač,',
    ]);
  });

  it('writes a photo feed with each photo upright: its real size after the EXIF orientation', () => {
    assert.equal(feed.title, 'Test gallery');
    assert.deepEqual(
      feed.items.map((item) => [item.id, item._gov.width, item._gov.height]),
      [
        ['photo-djerdap-gps', 400, 300],
        ['photo-golubac-rotated-8', 480, 320],
        ['photo-kalemegdan-rotated-6', 480, 320],
        ['photo-logo-square', 360, 360],
        ['photo-no-alt', 400, 267],
        ['photo-sunflowers', 420, 280],
      ],
    );
    const golubac = feed.items[1];
    assert.equal(golubac.title, 'Тврђава Голубац на Дунаву');
    assert.equal(golubac.language, 'sr-Cyrl');
    assert.deepEqual(golubac.authors, [{ name: 'Милан Јовановић' }]);
    assert.equal(golubac.date_published, '2016-11-23T11:05:00+01:00');
    assert.equal(feed.items[4]._gov.alt, undefined, 'no alt text is left out, not written as "" (decorative)');
    for (const item of feed.items) {
      assert.match(item._gov.thumbnail, /^images\/.+-\d+\.webp$/);
      assert.match(item._gov.srcset, /^images\/\S+\.webp \d+w$/);
      for (const file of [item.image, item._gov.thumbnail]) assert.ok(statSync(join(out, file)).size > 0, file);
    }
  });

  it('turns the sideways JPEGs upright: sky at the top, sun on the left', async () => {
    for (const item of feed.items.slice(1, 3)) {
      for (const file of [item.image, item._gov.thumbnail]) {
        const [skyR, , skyB] = await pixel(join(out, file), 0.5, 0.05);
        const [groundR, , groundB] = await pixel(join(out, file), 0.5, 0.95);
        const [sunR, sunG, sunB] = await pixel(join(out, file), 0.2, 0.25);
        assert.ok(skyB > 180 && skyR < 120, `${file}: blue sky on top`);
        assert.ok(groundB < 140 && groundR > 100, `${file}: ground at the bottom`);
        assert.ok(sunR > 230 && sunG > 190 && sunB < 100, `${file}: the sun top left`);
      }
    }
  });

  it('leaves GPS out of the published copies, and says so', async () => {
    assert.match(run.stderr, /GPS positions left out of the published copies of: djerdap-gps\.jpg/);
    const original = await exifr.gps(join(source, 'djerdap-gps.jpg'));
    assert.ok(original.latitude > 44);
    const published = await exifr.parse(join(out, feed.items[0].image), { gps: true });
    assert.equal(published?.latitude, undefined);
    assert.equal((await sharp(join(out, feed.items[0].image)).metadata()).exif, undefined);
  });

  it('passes gov-widgets-cli check: no errors, a warning for each photo without alt text', async () => {
    const check = await runCli(['check', join(out, 'photos.json')]);
    assert.equal(check.code, 0, check.stdout);
    assert.match(check.stdout, /photo feed \(JSON Feed\), 6 photos shown — no errors, 3 warnings/);
  });

  it('a re-run skips unchanged photos; the webmaster’s edits win and their order is the gallery’s', async () => {
    const mtimes = () =>
      Object.fromEntries(
        readdirSync(join(out, 'images')).map((file) => [file, statSync(join(out, 'images', file)).mtimeMs]),
      );
    const before = mtimes();
    const again = await runCli([
      'photos',
      source,
      '--out',
      out,
      '--title',
      'Test gallery',
      '--time-zone',
      'Europe/Belgrade',
    ]);
    assert.match(again.stderr, /0 made, 6 unchanged/);
    assert.deepEqual(mtimes(), before);

    const rows = csvRows(source);
    const edited = [
      rows[0],
      'no-alt.jpg,A pink sky over a dark green field,Evening,A test scene.,Press Office,2016-12-01',
      ...rows.slice(1).filter((row) => !row.startsWith('no-alt.jpg')),
    ];
    writeFileSync(join(source, 'photos.csv'), `\uFEFF${edited.join('\r\n')}\r\n`);
    const third = await runCli(['photos', source, '--out', out, '--time-zone', 'Europe/Belgrade']);
    assert.equal(third.code, 0, third.stderr);
    assert.match(third.stderr, /1 made, 5 unchanged/, 'the changed caption and credit are written into that photo');
    const updated = read(out, 'photos.json');
    assert.equal(updated.items[0].id, 'photo-no-alt');
    assert.equal(updated.items[0]._gov.alt, 'A pink sky over a dark green field');
    assert.equal(updated.items[0].content_text, 'A test scene.');
    assert.equal(updated.items[0].date_published, '2016-12-01T12:00:00+01:00');
    assert.deepEqual(csvRows(source), [...edited], 'the webmaster’s file is kept as written');
    assert.doesNotMatch(third.stderr, /no-alt\.jpg has no alt text/);
  });

  it('appends a new photo to photos.csv and keeps the row of a photo that went away', async () => {
    const folder = scratch('photos');
    const target = scratch();
    assert.equal((await runCli(['photos', folder, '--out', target, '-q'])).code, 0);
    await sharp({ create: { width: 300, height: 200, channels: 3, background: '#3a7' } })
      .jpeg()
      .toFile(join(folder, 'aaa-new.jpg'));
    const { rmSync } = await import('node:fs');
    rmSync(join(folder, 'sunflowers.webp'));
    const run = await runCli(['photos', folder, '--out', target]);
    assert.equal(run.code, 0, run.stderr);
    const rows = csvRows(folder);
    assert.equal(rows.at(-1), 'aaa-new.jpg,,,,,', 'new photos go at the end, whatever their name');
    assert.ok(
      rows.some((row) => row.startsWith('sunflowers.webp,A field')),
      'the gone photo’s text is kept',
    );
    assert.match(run.stderr, /photos\.csv:7: sunflowers\.webp is not in the folder \(its row is kept\)/);
    assert.match(
      run.stderr,
      /1 made, 5 unchanged, 0 failed, 3 old files removed|1 made, 5 unchanged, 0 failed, \d+ old files? removed/,
    );
    assert.ok(!readdirSync(join(target, 'images')).some((file) => file.startsWith('sunflowers')));
  });
});

describe('photos: options', () => {
  it('--strict fails on a photo without alt text and writes no feed', async () => {
    const out = scratch();
    const run = await runCli(['photos', scratch('photos'), '--out', out, '--strict', '-q']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /error: photos\.csv:6: no-alt\.jpg has no alt text/);
    assert.match(run.stderr, /--strict: the feed was not written/);
    assert.ok(!readdirSync(out).includes('photos.json'));
  });

  it('--avif points the feed at AVIF versions; --keep-gps keeps the position', async () => {
    const out = scratch();
    const run = await runCli([
      'photos',
      scratch('photos'),
      '--out',
      out,
      '--avif',
      '--keep-gps',
      '-q',
      '--widths',
      '200,400',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const [djerdap] = read(out, 'photos.json').items;
    assert.match(
      djerdap._gov.srcset,
      /^images\/djerdap-gps-\w+-200\.avif 200w, images\/djerdap-gps-\w+-400\.avif 400w$/,
    );
    assert.equal((await sharp(join(out, djerdap._gov.thumbnail)).metadata()).format, 'heif');
    assert.ok(
      readdirSync(join(out, 'images')).some((file) => file.endsWith('-200.webp')),
      'the WebP versions are written too',
    );
    assert.ok((await exifr.gps(join(out, djerdap.image))).latitude > 44);
  });

  it('Ctrl-C leaves no half-written file: every file is whole, and the next run finishes the work', async () => {
    const folder = scratch();
    for (let index = 0; index < 5; index++) {
      await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 40 * index, g: 90, b: 160 } } })
        .composite([
          {
            input: Buffer.from(
              `<svg width="1600" height="1200"><circle cx="${300 * index}" cy="600" r="300" fill="#fd3"/></svg>`,
            ),
          },
        ])
        .jpeg({ quality: 90 })
        .toFile(join(folder, `large-${index}.jpg`));
    }
    const out = scratch();
    const run = await runCli(['photos', folder, '--out', out, '--jobs', '1'], { signalAfter: /\[1\/5\]/ });
    assert.equal(run.code, 130, run.stderr);
    assert.match(run.stderr, /Interrupted: no file was left half-written/);
    const files = readdirSync(join(out, 'images'));
    assert.ok(files.length > 0 && files.length < 5 * 5, `${files.length} files`);
    assert.ok(!files.some((file) => file.endsWith('.tmp')), 'no temporary file is left');
    for (const file of files) await sharp(join(out, 'images', file)).stats();
    assert.ok(!readdirSync(out).includes('photos.json'), 'no feed before all photos are done');
    const resumed = await runCli(['photos', folder, '--out', out, '-q']);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.equal(read(out, 'photos.json').items.length, 5);
  });

  it('names a photo it cannot read and publishes the others, with exit code 1', async () => {
    const folder = scratch('photos');
    writeFileSync(join(folder, 'broken.jpg'), 'not a JPEG at all');
    const run = await runCli(['photos', folder, '--out', scratch(), '-q']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /error: broken\.jpg: /);
  });
});
