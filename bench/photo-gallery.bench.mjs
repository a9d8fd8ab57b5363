// "Gallery open": the time from a click on a thumbnail to the full photo decoded and painted in the
// lightbox, side by side with a plain <dialog> + <img> opened by hand in the same page for the same
// picture (the floor any lightbox stands on). Also the next photo, which the gallery preloaded, against
// a plain <img> switching to a picture it never saw. Sizes are `npm run size`'s: one measure for them.
// Headless Debian Chromium (playwright-core); the page is bundled with esbuild and served locally.
// Run: node bench/photo-gallery.bench.mjs (prints a table). `run()` returns the rows.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/quality/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, 'node_modules/.cache/gov-widgets-bench');
const WARM_UP_RUNS = 2;
const MEASURED_RUNS = 25;

/** The demo's pictures, read from its gallery feed: name and full size of each. */
const demoPhotos = JSON.parse(readFileSync(join(root, 'demo/data/photos.json'), 'utf8')).items.map((item) => ({
  slug: basename(item.image, '.jpg'),
  width: item._gov.width,
  height: item._gov.height,
}));

/** The gallery entry, minified, with the chunk it loads on demand (the Latin → Cyrillic engine) apart. */
async function bundle() {
  mkdirSync(cacheDir, { recursive: true });
  const result = await build({
    entryPoints: { 'photo-gallery': join(root, 'src/photo-gallery.ts') },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: cacheDir,
    write: false,
    logLevel: 'error',
  });
  return Object.fromEntries(result.outputFiles.map((file) => [`/bench/${basename(file.path)}`, file.contents]));
}

const page = `<!DOCTYPE html>
<html lang="en">
  <head><meta charset="utf-8"><title>gallery open</title><link rel="stylesheet" href="/bench/page.css">
  <script type="module" src="/bench/photo-gallery.js"></script><script type="module" src="/bench/page.js"></script></head>
  <body>
    <gov-photo-gallery id="gallery"></gov-photo-gallery>
    <button id="open-plain" type="button">Open the plain dialog</button>
    <dialog id="plain" aria-label="Plain"><img id="plain-photo" alt="" sizes="100vw"></dialog>
  </body>
</html>`;

const css = `dialog { inset: 0; width: 100%; height: 100%; max-width: none; max-height: none; margin: 0; padding: 0; border: 0; background: #111; }
#plain-photo { width: 100%; height: 100%; object-fit: contain; }`;

/** Runs in the page: the two ways to open a photo, timed the same way. */
const script = `
const shown = async (image, start) => {
  if (!image.complete) await new Promise((resolve) => image.addEventListener('load', resolve, { once: true }));
  await image.decode();
  await new Promise(requestAnimationFrame);
  return performance.now() - start;
};
const frame = () => new Promise(requestAnimationFrame);
const gallery = document.getElementById('gallery');
const lightboxPhoto = async () => {
  for (;;) {
    const image = gallery.shadowRoot.querySelector('[part="photo"]');
    if (image) return image;
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve));
  }
};

window.loadFeed = (feed) =>
  new Promise((resolve) => {
    gallery.addEventListener('gov-load', async () => {
      const thumbnails = [...gallery.shadowRoot.querySelectorAll('[part="thumbnail-image"]')].slice(0, 4);
      await Promise.all(thumbnails.map((image) => image.decode().catch(() => undefined)));
      resolve();
    }, { once: true });
    gallery.replaceChildren(Object.assign(document.createElement('script'), { type: 'application/feed+json', textContent: JSON.stringify(feed) }));
  });

window.openGallery = async (index) => {
  const link = gallery.shadowRoot.querySelector('[data-index="' + index + '"]');
  await frame();
  const start = performance.now();
  link.click();
  return shown(await lightboxPhoto(), start);
};

window.nextInGallery = async () => {
  const current = await lightboxPhoto();
  await new Promise((resolve) => setTimeout(resolve, 300)); // the neighbours' preloads finish
  const start = performance.now();
  gallery.shadowRoot.querySelector('[part="next-button"]').click();
  let image;
  do image = await lightboxPhoto(); while (image === current && (await frame(), true));
  const time = await shown(image, start);
  gallery.close();
  await frame();
  return time;
};

window.openPlain = async (src, srcset) => {
  const dialog = document.getElementById('plain');
  const image = document.getElementById('plain-photo');
  const button = document.getElementById('open-plain');
  button.onclick = () => {
    image.srcset = srcset;
    image.src = src;
    dialog.showModal();
  };
  await frame();
  const start = performance.now();
  button.click();
  return shown(image, start);
};

window.nextInPlain = async (src, srcset) => {
  const image = document.getElementById('plain-photo');
  await frame();
  const start = performance.now();
  image.srcset = srcset;
  image.src = src;
  const time = await shown(image, start);
  document.getElementById('plain').close();
  await frame();
  return time;
};
`;

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
};

function serve(files) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const body =
      files[path] ??
      (path.startsWith('/demo/data/photos/') ? await readFile(join(root, path)).catch(() => undefined) : undefined);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'max-age=3600',
    });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A gallery feed of all the demo pictures; `run` makes every URL new, so nothing comes from the cache. */
function feedFor(run) {
  const url = (file) => `/demo/data/photos/${file}.jpg?run=${run}`;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Photographic presentation of Serbia',
    authors: [{ name: 'Dragoljub Zamurović' }],
    items: demoPhotos.map(({ slug, width, height }, index) => ({
      id: `photo-${index}`,
      image: url(slug),
      title: slug,
      _gov: {
        alt: slug,
        width,
        height,
        thumbnail: url(`${slug}-thumb`),
        srcset: `${url(`${slug}-640`)} 640w, ${url(slug)} ${width}w`,
      },
    })),
  };
}

export async function run() {
  const chunks = await bundle();
  const server = await serve({
    '/bench/index.html': page,
    '/bench/page.css': css,
    '/bench/page.js': script,
    ...chunks,
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const times = { gallery: [], plain: [], galleryNext: [], plainNext: [] };
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await tab.goto(`${origin}/bench/index.html`);
    await tab.waitForFunction(() => customElements.get('gov-photo-gallery') && 'openPlain' in window);
    for (let run = 0; run < WARM_UP_RUNS + MEASURED_RUNS; run++) {
      const index = run % (demoPhotos.length - 1);
      const photo = ({ slug, width }, tag) => {
        const url = (file) => `/demo/data/photos/${file}.jpg?plain=${run}-${tag}`;
        return [url(slug), `${url(`${slug}-640`)} 640w, ${url(slug)} ${width}w`];
      };
      await tab.evaluate((feed) => window.loadFeed(feed), feedFor(run));
      // Alternate which goes first, so that neither always has the warmer browser.
      const measureGallery = async () => [
        await tab.evaluate((i) => window.openGallery(i), index),
        await tab.evaluate(() => window.nextInGallery()),
      ];
      const measurePlain = async () => [
        await tab.evaluate(([src, srcset]) => window.openPlain(src, srcset), photo(demoPhotos[index], 'open')),
        await tab.evaluate(([src, srcset]) => window.nextInPlain(src, srcset), photo(demoPhotos[index + 1], 'next')),
      ];
      let gallery, plain;
      if (run % 2) {
        gallery = await measureGallery();
        plain = await measurePlain();
      } else {
        plain = await measurePlain();
        gallery = await measureGallery();
      }
      if (run < WARM_UP_RUNS) continue;
      times.gallery.push(gallery[0]);
      times.galleryNext.push(gallery[1]);
      times.plain.push(plain[0]);
      times.plainNext.push(plain[1]);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const row = (name, value, baseline, goal) => ({
    name,
    value,
    unit: 'ms',
    baseline,
    ratio: value / baseline,
    goal,
  });
  return [
    row(
      'gallery open: click → full photo decoded',
      median(times.gallery),
      median(times.plain),
      'ratio ≤ 1.5 against a plain <dialog> + <img>',
    ),
    row(
      'next photo (preloaded) → decoded',
      median(times.galleryNext),
      median(times.plainNext),
      'ratio < 1: faster than an image not preloaded',
    ),
  ];
}

function print(rows) {
  const chromiumVersion = (() => {
    try {
      return readFileSync('/usr/lib/chromium/chromium-version', 'utf8').trim();
    } catch {
      return 'Debian Chromium';
    }
  })();
  console.log(
    `${chromiumVersion}, headless; median of ${MEASURED_RUNS} runs after ${WARM_UP_RUNS} warm-up runs; local server, no cache.`,
  );
  console.table(
    rows.map(({ name, value, baseline, ratio, goal }) => ({
      measure: name,
      gallery: `${value.toFixed(1)} ms`,
      baseline: `${baseline.toFixed(1)} ms`,
      ratio: ratio.toFixed(2),
      goal,
    })),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) print(await run());
