// gov-widgets-cli photos on 100 JPEGs of 12 megapixels (4000 × 3000, made here in a temporary folder),
// side by side with a plain sharp loop that makes the same files: for each photo, for each output,
// sharp(file).rotate().resize(width) → JPEG or WebP, one after another. Also against the same loop
// run on all cores at once (Promise.all in batches), for what the tool's one decode per photo saves.
// Reports the busy cores of each (CPU time / wall time).
//
//   node bench/cli-photos.bench.mjs [--photos=100]
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { buildCli, timeCli } from './lib/cli.mjs';

const goal = 1.15;
/** The CLI's defaults: srcset widths, thumbnail, longest side of the full image. */
const widths = [480, 800, 1200, 1600, 2400];
const maxSize = 2400;
const distinct = 10;

/** `count` different 12 MP JPEGs: ten drawn scenes, each saved with different trailing bytes (so each file is its own). */
async function makePhotos(folder, count) {
  const scenes = [];
  for (let index = 0; index < distinct; index++) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="3000">
      <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${index * 36} 60% 65%)"/>
      <stop offset="1" stop-color="hsl(${index * 36 + 90} 40% 30%)"/></linearGradient></defs>
      <rect width="4000" height="3000" fill="url(#g)"/>
      ${Array.from({ length: 40 }, (_, n) => `<circle cx="${(n * 397 + index * 211) % 4000}" cy="${(n * 613 + index * 97) % 3000}" r="${60 + ((n * 37) % 240)}" fill="hsl(${(n * 29 + index * 50) % 360} 55% 50% / 0.6)"/>`).join('')}
    </svg>`;
    // Noise like a camera's sensor, so the JPEG costs what a photo costs to decode.
    const noisy = await sharp(Buffer.from(svg))
      .composite([
        {
          input: {
            create: { width: 4000, height: 3000, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 12 } },
          },
          blend: 'overlay',
        },
      ])
      .jpeg({ quality: 88 })
      .toBuffer();
    scenes.push(noisy);
  }
  for (let index = 0; index < count; index++) {
    writeFileSync(
      join(folder, `photo-${String(index).padStart(3, '0')}.jpg`),
      Buffer.concat([scenes[index % distinct], Buffer.from(`#${index}`)]),
    );
  }
  return scenes[0].length;
}

/** The plain loop: what a webmaster's own script would do for the same files. */
async function plainLoop(folder, out, parallel) {
  const files = readdirSync(folder).sort();
  const one = async (file) => {
    const input = join(folder, file);
    const stem = file.replace(/\.jpg$/, '');
    await sharp(input)
      .rotate()
      .resize(maxSize, maxSize, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 85, mozjpeg: true })
      .toFile(join(out, `${stem}.jpg`));
    for (const width of widths) {
      await sharp(input)
        .rotate()
        .resize(width)
        .webp({ quality: 78 })
        .toFile(join(out, `${stem}-${width}.webp`));
    }
  };
  if (!parallel) for (const file of files) await one(file);
  else {
    const cores = availableParallelism();
    for (let start = 0; start < files.length; start += cores)
      await Promise.all(files.slice(start, start + cores).map(one));
  }
}

async function timeInProcess(work) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cores: (used.user + used.system) / 1000 / ms };
}

const seconds = (ms) => Math.round(ms / 100) / 10;

export async function run({ photos = 100 } = {}) {
  const cli = buildCli();
  const scratch = mkdtempSync(join(tmpdir(), 'gov-widgets-bench-photos-'));
  try {
    const folder = join(scratch, 'photos');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    const bytes = await makePhotos(folder, photos);
    console.log(
      `${photos} JPEGs of 4000 × 3000 px (${(bytes / 1e6).toFixed(1)} MB each) in ${folder}; ${availableParallelism()} cores`,
    );

    const ours = await timeCli(
      cli,
      ['photos', folder, '--out', join(scratch, 'ours'), '--time-zone', 'UTC'],
      join(scratch, 'cache'),
    );
    const busy = Number(/([\d.]+) of \d+ cores busy/.exec(ours.stderr)?.[1]);
    const made = readdirSync(join(scratch, 'ours/images')).length;
    rmSync(join(folder, 'photos.csv'));

    mkdirSync(join(scratch, 'plain'));
    const plain = await timeInProcess(() => plainLoop(folder, join(scratch, 'plain'), false));
    mkdirSync(join(scratch, 'parallel'));
    const parallel = await timeInProcess(() => plainLoop(folder, join(scratch, 'parallel'), true));
    const plainFiles = readdirSync(join(scratch, 'plain')).length;
    if (made !== plainFiles) throw new Error(`the CLI made ${made} files, the loop ${plainFiles}`);
    const size = (dir) => readdirSync(dir).reduce((sum, file) => sum + readFileSync(join(dir, file)).length, 0);
    console.log(
      `files: ${made} each; cores busy: gov-widgets-cli ${busy.toFixed(2)}, plain loop ${plain.cores.toFixed(2)}, parallel loop ${parallel.cores.toFixed(2)}; ` +
        `output ${(size(join(scratch, 'ours/images')) / 1e6).toFixed(1)} MB vs ${(size(join(scratch, 'plain')) / 1e6).toFixed(1)} MB`,
    );
    return [
      {
        name: `photos: ${photos} × 12 MP JPEG → full JPEG + ${widths.length} WebP widths, vs a plain sharp loop (cores busy ${busy.toFixed(1)} vs ${plain.cores.toFixed(1)})`,
        value: seconds(ours.ms),
        unit: 's',
        baseline: seconds(plain.ms),
        ratio: Math.round((ours.ms / plain.ms) * 1000) / 1000,
        goal,
      },
      {
        name: `photos: the same vs the loop on all cores at once (cores busy ${busy.toFixed(1)} vs ${parallel.cores.toFixed(1)})`,
        value: seconds(ours.ms),
        unit: 's',
        baseline: seconds(parallel.ms),
        ratio: Math.round((ours.ms / parallel.ms) * 1000) / 1000,
      },
    ];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const photos = Number(process.argv.find((arg) => arg.startsWith('--photos='))?.slice(9) ?? 100);
  console.table(await run({ photos }));
}
