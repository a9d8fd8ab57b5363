#!/usr/bin/env node
// `npm run test:package`: what an npm user gets. Packs the package as `npm publish` would, installs the
// tarball into a fresh Vite + strict TypeScript app, type-checks and builds the app for production, and
// opens each of its pages in Chromium: every element must be defined and render, on a page that imports
// the whole suite and on one page per element entry; the toggle converts the page; the lightbox opens;
// one copy of Lit runs. Then `gov-widgets/transliterate` is imported in plain Node. Needs `npm run build`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './quality/chromium.mjs';
import { serve } from './quality/serve.mjs';

const root = resolve(import.meta.dirname, '..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const lockedVersion = (name) => lock.packages[`node_modules/${name}`].version;

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('test:package: dist/ is missing: run `npm run build` first');
  process.exit(1);
}

const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'gov-widgets-consumer-'));
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures.push(what);
};

/** Each page of the app: which import it makes, and which elements it must find working. */
const entries = {
  all: {
    imports: "import 'gov-widgets';",
    elements: ['gov-news-feed', 'gov-photo-gallery', 'gov-contact-card', 'gov-script-toggle'],
  },
  'news-feed': { imports: "import 'gov-widgets/news-feed';", elements: ['gov-news-feed'] },
  'photo-gallery': { imports: "import 'gov-widgets/photo-gallery';", elements: ['gov-photo-gallery'] },
  'contact-card': { imports: "import 'gov-widgets/contact-card';", elements: ['gov-contact-card'] },
  'script-toggle': { imports: "import 'gov-widgets/script-toggle';", elements: ['gov-script-toggle'] },
};
const markup = {
  'gov-script-toggle': '<gov-script-toggle></gov-script-toggle>',
  'gov-news-feed': '<gov-news-feed src="data/news.sr-Cyrl.json" limit="3"></gov-news-feed>',
  'gov-photo-gallery': '<gov-photo-gallery src="data/photos.sr-Cyrl.json"></gov-photo-gallery>',
  'gov-contact-card': '<gov-contact-card src="data/contact.sr-Cyrl.jsonld"></gov-contact-card>',
};

try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const app = join(work, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'consumer-app',
        private: true,
        type: 'module',
        dependencies: { 'gov-widgets': `file:../${filename}` },
        devDependencies: { typescript: lockedVersion('typescript'), vite: lockedVersion('vite') },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ['src'],
    }),
  );
  const pages = Object.keys(entries);
  writeFileSync(
    join(app, 'vite.config.js'),
    `export default { build: { rollupOptions: { input: ${JSON.stringify(Object.fromEntries(pages.map((page) => [page, `${page}.html`])))} } } };\n`,
  );
  for (const [page, { imports, elements }] of Object.entries(entries)) {
    // The element types reach the app through HTMLElementTagNameMap: a typo or a missing declaration fails tsc.
    const typed = elements.map(
      (tag, index) =>
        `const element${index}: HTMLElementTagNameMap['${tag}'] | null = document.querySelector('${tag}');\nconsole.debug(element${index}?.localName);`,
    );
    writeFileSync(join(app, 'src', `${page}.ts`), `${imports}\n${typed.join('\n')}\n`);
    writeFileSync(
      join(app, `${page}.html`),
      `<!doctype html>\n<html lang="sr-Cyrl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${page}</title>\n<script type="module" src="/src/${page}.ts"></script></head>\n<body><h1>Мисија Републике Србије при НАТО</h1>\n${elements.map((tag) => markup[tag]).join('\n')}\n</body></html>\n`,
    );
  }
  cpSync(join(root, 'demo/data'), join(app, 'public/data'), { recursive: true });

  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
  console.log(
    `installed ${filename} into a fresh Vite ${lockedVersion('vite')} + TypeScript ${lockedVersion('typescript')} app`,
  );
  run(join(app, 'node_modules/.bin/tsc'), ['-p', '.'], app);
  check(true, 'the app type-checks with strict TypeScript against the package’s declarations');
  run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], app);
  check(true, 'vite build of the app');

  const latin = run(
    'node',
    [
      '--input-type=module',
      '-e',
      "import { toLatin } from 'gov-widgets/transliterate'; console.log(toLatin('Ћирилица и латиница'));",
    ],
    app,
  ).trim();
  check(latin === 'Ćirilica i latinica', `gov-widgets/transliterate in plain Node: "${latin}"`);

  const server = await serve(join(app, 'dist'));
  const browser = await launchChromium();
  try {
    for (const [page, { elements }] of Object.entries(entries)) {
      // Each page is checked on its own: one that throws is a failure, and the others still run.
      await checkPage(page, elements).catch((error) => check(false, `${page}.html: ${error.message}`));
    }
    async function checkPage(page, elements) {
      const tab = await browser.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(String(error)));
      tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      tab.on(
        'response',
        (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`),
      );
      await tab.goto(`${server.origin}/${page}.html`);
      const rendered = await tab
        .waitForFunction(
          (tags) =>
            tags.every((tag) => {
              const element = document.querySelector(tag);
              const shadow = customElements.get(tag) && element?.shadowRoot;
              return shadow && shadow.textContent.trim() !== '' && !element.matches(':state(loading)');
            }),
          elements,
          { timeout: 10_000 },
        )
        .then(
          () => true,
          () => false,
        );
      check(
        rendered,
        `${page}.html (import ${entries[page].imports.slice(7, -1)}): ${elements.join(', ')} defined and rendered`,
      );
      if (page === 'all') {
        const lits = await tab.evaluate(() => ({
          element: window.litElementVersions?.length ?? 0,
          reactive: window.reactiveElementVersions?.length ?? 0,
          html: window.litHtmlVersions?.length ?? 0,
        }));
        check(
          lits.element === 1 && lits.reactive === 1 && lits.html === 1,
          `one copy of Lit runs (${JSON.stringify(lits)})`,
        );
        const card = await tab.evaluate(
          () => document.querySelector('gov-contact-card')?.shadowRoot?.textContent ?? '',
        );
        check(/Мисија Републике Србије при НАТО/.test(card), 'the contact card renders its Cyrillic data');
        await tab.locator('gov-script-toggle [part~="option-latn"]').click();
        const switched = await tab
          .waitForFunction(
            () => document.querySelector('h1').textContent === 'Misija Republike Srbije pri NATO',
            null,
            { timeout: 10_000 },
          )
          .then(
            () => true,
            () => false,
          );
        check(switched, 'the script toggle converts the page to Latin (page converter and converter chunks load)');
        await tab.locator('gov-photo-gallery [data-index="0"]').click();
        const opened = await tab
          .waitForFunction(
            () => document.querySelector('gov-photo-gallery').shadowRoot.querySelector('dialog')?.open,
            null,
            { timeout: 10_000 },
          )
          .then(
            () => true,
            () => false,
          );
        check(opened, 'the gallery’s lightbox opens (its chunk loads)');
      }
      check(
        errors.length === 0,
        `${page}.html: no error on the console${errors.length ? `: ${errors.join(' | ')}` : ''}`,
      );
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
} catch (error) {
  failures.push(error.message);
  console.error(error.stdout ?? '', error.message);
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(
  `\ntest:package: ${failures.length ? `${failures.length} failed` : 'all passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failures.length ? 1 : 0);
