/**
 * The photos command's work: the photos of a folder → their published copies (photos/render.ts),
 * photos.csv (photos/sidecar.ts) and the gallery's JSON Feed. Photos whose content, settings and
 * text are those of the last run are not processed again (a content hash, in the user's cache
 * folder: lib/cache.ts); several photos are processed at once, one per core.
 */
import { createHash } from 'node:crypto';
import { access, readFile, readdir, rm } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { dateTimeAttribute } from '../../../src/core/news.js';
import { toLatin } from '../../../src/core/transliterate.js';
import { cachePath } from '../lib/cache.js';
import { CliError } from '../lib/command.js';
import { offsetInZone } from '../lib/time.js';
import { writeFileAtomic } from '../lib/write.js';
import { layoutPages } from '../news/pages.js';
import { detectLanguage, mostCommon } from '../news/language.js';
import { readFacts, type PhotoFacts } from './metadata.js';
import { fullSize, plannedFiles, renderPhoto, type RenderSettings, type RenderedPhoto } from './render.js';
import { readSidecar, writeSidecar, type SidecarRow } from './sidecar.js';

export const photoExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.heic', '.heif', '.tif', '.tiff', '.gif'];

export interface PhotosOptions {
  folder: string;
  out: string;
  sidecar?: string;
  title?: string;
  language?: string;
  baseUrl?: string;
  name: string;
  pageSize: number;
  timeZone: string;
  strict: boolean;
  jobs: number;
  settings: RenderSettings;
  /** Told when each photo is done (or skipped, or failed). */
  progress: (event: { file: string; done: number; total: number; state: 'made' | 'unchanged' | 'failed' }) => void;
}

export interface PhotosResult {
  total: number;
  made: number;
  unchanged: number;
  failed: { file: string; message: string }[];
  /** `photos.csv:4: no-alt.jpg`: photos without alt text. */
  withoutAlt: string[];
  /** Photos whose GPS position the published copies do not carry. */
  gpsRemoved: string[];
  /** Rows of photos.csv whose file is gone. */
  orphanRows: string[];
  sidecar: { path: string; created: boolean; written: boolean };
  pages: { file: string; items: number; written: boolean }[];
  /** False with --strict when a photo has no alt text: the feed was not written. */
  feedWritten: boolean;
  removedFiles: number;
  /** Busy cores on average while photos were processed (CPU time / wall time). */
  coresBusy: number;
}

interface CacheEntry {
  key: string;
  width: number;
  height: number;
  rendered: RenderedPhoto;
  facts: PhotoFacts;
}

interface Cache {
  version: 1;
  photos: Record<string, CacheEntry>;
}

/** A file name as a URL-safe ASCII stem: Cyrillic in Latin, accents dropped. */
export function slug(file: string): string {
  const base = file.slice(0, file.length - extname(file).length);
  return (
    toLatin(base)
      .normalize('NFKD')
      .replace(/đ/g, 'dj')
      .replace(/Đ/g, 'Dj')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'photo'
  );
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

async function runPool<T>(items: T[], jobs: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** A sidecar date (`2016-10-13 17:45`, `2016-10-13`, or RFC 3339) as RFC 3339 in the site's time zone. */
export function publishedDate(written: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:\d{2})?$/.exec(
    written.trim(),
  );
  if (!match) return undefined;
  const [, year, month, day, hours = '12', minutes = '00', seconds = '00', zone] = match;
  const wall = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds));
  if (Number.isNaN(wall)) return undefined;
  const offset = zone
    ? zone === 'Z'
      ? 0
      : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)))
    : offsetInZone(new Date(wall), timeZone);
  return dateTimeAttribute(new Date(wall - offset * 60_000), offset);
}

export async function publishPhotos(options: PhotosOptions): Promise<PhotosResult> {
  const folder = resolve(options.folder);
  const out = resolve(options.out);
  const sidecarPath = resolve(options.sidecar ?? join(folder, 'photos.csv'));
  const names = (
    await readdir(folder).catch(() => {
      throw new CliError(`${options.folder}: cannot be read as a folder`);
    })
  )
    .filter((name) => photoExtensions.includes(extname(name).toLowerCase()) && !name.startsWith('.'))
    .sort((a, b) => a.localeCompare(b));
  const sidecarText = await readFile(sidecarPath, 'utf8').catch(() => undefined);
  const sidecar = readSidecar(sidecarText, sidecarPath);
  const rows = new Map(sidecar.rows.map((row) => [row.file, row]));
  const cache: Cache = JSON.parse(
    (await readFile(cachePath('photos', out), 'utf8').catch(() => undefined)) ?? '{"version":1,"photos":{}}',
  );
  const settingsKey = JSON.stringify(options.settings);

  const done: Record<string, CacheEntry> = {};
  const failed: PhotosResult['failed'] = [];
  const gpsRemoved: string[] = [];
  let made = 0;
  let unchanged = 0;
  let finished = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await runPool(names, options.jobs, async (name) => {
    let state: 'made' | 'unchanged' | 'failed' = 'made';
    try {
      const input = await readFile(join(folder, name));
      const hash = createHash('sha256').update(input).digest('hex').slice(0, 10);
      const row = rows.get(name);
      const stem = `${slug(name)}-${hash}`;
      const cached = cache.photos[name];
      const text = (facts: PhotoFacts) => ({
        caption: (row ? row.caption : facts.caption) || undefined,
        credit: (row ? row.credit : facts.credit) || undefined,
      });
      const key = (facts: PhotoFacts) => JSON.stringify([hash, settingsKey, text(facts)]);
      let metadata: Metadata | undefined;
      if (
        cached &&
        cached.key === key(cached.facts) &&
        (await Promise.all(cached.rendered.files.map((file) => exists(join(out, file))))).every(Boolean)
      ) {
        done[name] = cached;
        state = 'unchanged';
      } else {
        metadata = await sharp(input).metadata();
        const facts = await readFacts(metadata);
        const { width, height } = fullSize(metadata, options.settings.maxSize);
        const planned = plannedFiles(stem, width, metadata.hasAlpha === true, options.settings);
        const rendered = await renderPhoto(input, metadata, stem, out, options.settings, text(facts));
        if (rendered.files.length !== planned.length) throw new Error('unexpected set of files');
        done[name] = { key: key(facts), width, height, rendered, facts };
      }
      if (done[name]!.facts.gps && !options.settings.keepGps) gpsRemoved.push(name);
      if (state === 'made') made++;
      else unchanged++;
    } catch (error) {
      state = 'failed';
      const reason = (error as Error).message.split('\n')[0];
      const hint = /heif|heic/i.test(name) ? ' (this sharp cannot decode HEVC photos: export them as JPEG)' : '';
      failed.push({ file: name, message: `${reason}${hint}` });
    }
    options.progress({ file: name, done: ++finished, total: names.length, state });
  });
  const cpu = process.cpuUsage(cpuBefore);
  const elapsed = performance.now() - started;
  const coresBusy = elapsed > 0 ? (cpu.user + cpu.system) / 1000 / elapsed : 0;

  // photos.csv: the webmaster's rows as they are, then new photos with what their metadata say.
  const created = sidecarText === undefined;
  const present = new Set(names);
  for (const name of names) {
    const facts = done[name]?.facts;
    if (rows.has(name) || !facts) continue;
    const row: SidecarRow = {
      file: name,
      alt: facts.alt ?? '',
      caption: facts.caption ?? '',
      description: '',
      credit: facts.credit ?? '',
      date: facts.date ?? '',
    };
    sidecar.rows.push(row);
    rows.set(name, row);
  }
  const sidecarWritten = await writeFileAtomic(sidecarPath, writeSidecar(sidecar));
  const lineOf = (file: string) => sidecar.rows.findIndex((row) => row.file === file) + 2;
  const csvName = sidecarPath === join(folder, 'photos.csv') ? 'photos.csv' : sidecarPath;
  const orphanRows = sidecar.rows
    .filter((row) => !present.has(row.file))
    .map((row) => `${csvName}:${lineOf(row.file)}: ${row.file} is not in the folder (its row is kept)`);

  const shown = sidecar.rows.filter((row) => done[row.file]);
  const withoutAlt = shown.filter((row) => !row.alt).map((row) => `${csvName}:${lineOf(row.file)}: ${row.file}`);
  const base = options.baseUrl?.replace(/\/?$/, '/');
  const address = (file: string) => (base ? new URL(file, base).href : file);
  const credits = new Set(shown.map((row) => row.credit));
  const sharedCredit = credits.size === 1 ? [...credits][0] : undefined;
  // The feed's language is --lang, else the most common one of the photos' texts; a photo names its own where it differs.
  const detected = new Map(
    shown.map((row) => [row.file, detectLanguage([row.alt, row.caption, row.description].join(' '))]),
  );
  const language = options.language ?? mostCommon([...detected.values()]);
  const ids = new Set<string>();
  const items = shown.map((row) => {
    const { rendered } = done[row.file]!;
    let id = `photo-${slug(row.file)}`;
    for (let n = 2; ids.has(id); n++) id = `photo-${slug(row.file)}-${n}`;
    ids.add(id);
    const gov: Record<string, unknown> = {
      // No alt text is left out, never written as "" (which would call the photo decorative).
      ...(row.alt ? { alt: row.alt } : {}),
      width: rendered.image.width,
      height: rendered.image.height,
      thumbnail: address(rendered.thumbnail.file),
      srcset: rendered.srcset.map((version) => `${address(version.file)} ${version.width}w`).join(', '),
    };
    return Object.fromEntries(
      Object.entries({
        id,
        image: address(rendered.image.file),
        title: row.caption || undefined,
        content_text: row.description,
        date_published: row.date ? publishedDate(row.date, options.timeZone) : undefined,
        authors: row.credit && !sharedCredit ? [{ name: row.credit }] : undefined,
        language: options.language || detected.get(row.file) === language ? undefined : detected.get(row.file),
        _gov: gov,
      }).filter(([, value]) => value !== undefined),
    );
  });

  const feedWritten = !(options.strict && withoutAlt.length > 0);
  const pages: PhotosResult['pages'] = [];
  if (feedWritten) {
    const layout = layoutPages(items, options.pageSize, options.name);
    for (const page of layout) {
      const document = Object.fromEntries(
        Object.entries({
          version: 'https://jsonfeed.org/version/1.1',
          title: options.title ?? 'Photos',
          feed_url: address(layout[0]!.file),
          language,
          authors: sharedCredit ? [{ name: sharedCredit }] : undefined,
          next_url: page.next && address(page.next),
          items: page.items,
        }).filter(([, value]) => value !== undefined),
      );
      const written = await writeFileAtomic(join(out, page.file), `${JSON.stringify(document, null, 2)}\n`);
      pages.push({ file: page.file, items: page.items.length, written });
    }
  }

  // Files an earlier run made that no photo uses now (a photo changed or went away).
  const used = new Set(Object.values(done).flatMap((entry) => entry.rendered.files));
  let removedFiles = 0;
  for (const entry of Object.values(cache.photos)) {
    for (const file of entry.rendered.files) {
      if (used.has(file)) continue;
      used.add(file);
      await rm(join(out, file), { force: true });
      removedFiles++;
    }
  }
  await writeFileAtomic(cachePath('photos', out), `${JSON.stringify({ version: 1, photos: done } satisfies Cache)}\n`);
  return {
    total: names.length,
    made,
    unchanged,
    failed,
    withoutAlt,
    gpsRemoved,
    orphanRows,
    sidecar: { path: sidecarPath, created, written: sidecarWritten },
    pages,
    feedWritten,
    removedFiles,
    coresBusy,
  };
}
