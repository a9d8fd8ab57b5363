#!/usr/bin/env node
// `npm run test:cdn`: what a webmaster uploads. Serves exactly the folder the README says to upload
// (dist/cdn/<version>/, at /gov-widgets/<version>/) beside a Serbian page that embeds it with the snippet
// the build wrote (embed.html: Subresource Integrity for every file), and checks in Chromium that every
// widget works: the Serbian UI, the Latin switch, the lightbox, the compact contact card's ", ".
// Then it takes one on-demand file away (or changes one, which its integrity hash refuses) and checks that
// the console names the file and what to upload, and that the widget goes on honestly. Needs `npm run build`.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './quality/chromium.mjs';
import { serve } from './quality/serve.mjs';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const release = join(root, 'dist/cdn', version);
if (!existsSync(join(release, 'embed.html'))) {
  console.error(`test:cdn: dist/cdn/${version}/ is missing: run \`npm run build\` first`);
  process.exit(1);
}
const snippet = readFileSync(join(release, 'embed.html'), 'utf8');
if (!snippet.includes(`src="/gov-widgets/${version}/gov-widgets.js"`)) {
  console.error('test:cdn: embed.html was built for another address (GOV_CDN_BASE); build it with the default');
  process.exit(1);
}

const page = (embed) => `<!doctype html>
<html lang="sr-Cyrl">
<head>
<meta charset="utf-8"><title>Мисија Републике Србије при НАТО</title><link rel="icon" href="data:,">
${embed}
</head>
<body>
<h1>Мисија Републике Србије при НАТО</h1>
<gov-script-toggle></gov-script-toggle>
<gov-news-feed src="data/news.sr-Cyrl.json" limit="3"></gov-news-feed>
<gov-photo-gallery src="data/photos.sr-Cyrl.json"></gov-photo-gallery>
<gov-contact-card src="data/contact.sr-Cyrl.jsonld" layout="compact"></gov-contact-card>
</body>
</html>
`;

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures.push(what);
};
const started = Date.now();

/**
 * A site with the uploaded folder, changed by `alter` (a scenario's missing or altered file). With
 * `cdn`, the folder is on a server of its own, another origin (with or without CORS headers), and
 * the snippet's addresses point there.
 */
async function site(alter = () => undefined, { cdn } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'gov-widgets-site-'));
  const pages = join(dir, 'pages');
  const folder = join(cdn ? join(dir, 'cdn') : pages, 'gov-widgets', version);
  cpSync(release, folder, { recursive: true });
  cpSync(join(root, 'demo/data'), join(pages, 'data'), { recursive: true });
  alter(folder);
  const cdnServer = cdn && (await serve(join(dir, 'cdn'), { cors: cdn === 'cors' }));
  const embed = cdnServer ? snippet.replaceAll('"/gov-widgets/', `"${cdnServer.origin}/gov-widgets/`) : snippet;
  writeFileSync(join(pages, 'index.html'), page(embed));
  const server = await serve(pages);
  const close = async () => {
    await server.close();
    await cdnServer?.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { server, close };
}

const shadowText = (tag) => `document.querySelector('${tag}')?.shadowRoot?.textContent ?? ''`;

async function open(browser, origin, { rendered = true } = {}) {
  const tab = await browser.newPage();
  const console_ = { errors: [], warnings: [] };
  tab.on('console', (message) => {
    if (message.type() === 'error') console_.errors.push(message.text());
    if (message.type() === 'warning') console_.warnings.push(message.text());
  });
  tab.on('pageerror', (error) => console_.errors.push(`uncaught: ${error}`));
  await tab.goto(`${origin}/index.html`);
  if (!rendered) return { tab, console: console_ };
  await tab.waitForFunction(
    () =>
      ['gov-news-feed', 'gov-photo-gallery', 'gov-contact-card'].every((tag) => {
        const element = document.querySelector(tag);
        return element?.shadowRoot?.textContent.trim() && !element.matches(':state(loading)');
      }),
    null,
    { timeout: 10_000 },
  );
  return { tab, console: console_ };
}

const waitFor = (tab, test, timeout = 5000) =>
  tab.waitForFunction(test, null, { timeout }).then(
    () => true,
    () => false,
  );

const browser = await launchChromium();
try {
  {
    const { server, close } = await site();
    const { tab, console: said } = await open(browser, server.origin);
    check(
      (await tab.evaluate(shadowText('gov-news-feed'))).includes('Прикажи још вести'),
      'the whole folder: Serbian UI strings',
    );
    const separator = await tab.evaluate(() => {
      const second = document.querySelector('gov-contact-card').shadowRoot.querySelector('dd + dd');
      return second && getComputedStyle(second, '::before').content;
    });
    check(separator === '", "', `the compact contact card keeps ", " between its values (${separator})`);
    await tab.locator('gov-script-toggle [part~="option-latn"]').click();
    check(
      await waitFor(tab, () => document.querySelector('h1').textContent === 'Misija Republike Srbije pri NATO'),
      'the toggle switches the page to Latin',
    );
    check(
      await waitFor(tab, () =>
        /Prikaži još vesti/.test(document.querySelector('gov-news-feed').shadowRoot.textContent),
      ),
      'the widgets follow in Latin',
    );
    await tab.locator('gov-photo-gallery [data-index="1"]').click();
    check(
      await waitFor(tab, () => document.querySelector('gov-photo-gallery').shadowRoot.querySelector('dialog')?.open),
      'the lightbox opens',
    );
    check(
      said.errors.length === 0,
      `no error on the console${said.errors.length ? `: ${said.errors.join(' | ')}` : ''}`,
    );
    await tab.close();
    await close();
  }

  {
    // The folder on a CDN of its own that sends Access-Control-Allow-Origin: the whole suite works.
    const { server, close } = await site(undefined, { cdn: 'cors' });
    const { tab, console: said } = await open(browser, server.origin);
    check(
      (await tab.evaluate(shadowText('gov-news-feed'))).includes('Прикажи још вести'),
      'from another origin with CORS: the widgets render in Serbian',
    );
    await tab.locator('gov-photo-gallery [data-index="1"]').click();
    check(
      await waitFor(tab, () => document.querySelector('gov-photo-gallery').shadowRoot.querySelector('dialog')?.open),
      'from another origin with CORS: the lightbox opens (its pinned file loads)',
    );
    check(
      said.errors.length === 0,
      `from another origin with CORS: no error${said.errors.length ? `: ${said.errors.join(' | ')}` : ''}`,
    );
    await tab.close();
    await close();
  }

  {
    // The same CDN without the header: the browser refuses the module, as the README warns.
    const { server, close } = await site(undefined, { cdn: 'no-cors' });
    const { tab, console: said } = await open(browser, server.origin, { rendered: false });
    await tab.waitForTimeout(500);
    const defined = await tab.evaluate(() => customElements.get('gov-news-feed') !== undefined);
    check(
      !defined && said.errors.some((error) => /CORS|Access-Control-Allow-Origin/.test(error)),
      'from another origin without CORS: the module is refused (what the README’s server snippets prevent)',
    );
    await tab.close();
    await close();
  }

  const missing = (file) => (folder) => rmSync(join(folder, file));
  const saysMissing = (said, file) =>
    said.errors.some(
      (error) =>
        error.includes(`/gov-widgets/${version}/${file}`) && error.includes('Upload the whole gov-widgets folder'),
    );

  {
    const { server, close } = await site(missing('gov-widgets-sr-Cyrl.js'));
    const { tab, console: said } = await open(browser, server.origin);
    check(
      (await tab.evaluate(shadowText('gov-news-feed'))).includes('Show more news'),
      'without the Serbian strings: the UI falls back to English',
    );
    check(
      saysMissing(said, 'gov-widgets-sr-Cyrl.js'),
      'without the Serbian strings: the console names the file and what to upload',
    );
    check(
      said.warnings.some((warning) => warning.includes('UI strings did not load; the widgets show English')),
      'without the Serbian strings: a warning says the widgets show English',
    );
    await tab.close();
    await close();
  }

  {
    const { server, close } = await site(missing('gov-widgets-page-converter.js'));
    const { tab, console: said } = await open(browser, server.origin);
    await tab.locator('gov-script-toggle [part~="option-latn"]').click();
    check(
      await waitFor(tab, () =>
        /Латиница није могла да се учита; страница остаје на ћирилици/.test(
          document.querySelector('gov-script-toggle').shadowRoot.textContent,
        ),
      ),
      'without the page converter: the toggle says Latin is not available',
    );
    const state = await tab.evaluate(() => ({
      heading: document.querySelector('h1').textContent,
      latin: document
        .querySelector('gov-script-toggle')
        .shadowRoot.querySelector('[part~="option-latn"]')
        .getAttribute('aria-pressed'),
      cyrillic: document
        .querySelector('gov-script-toggle')
        .shadowRoot.querySelector('[part~="option-cyrl"]')
        .getAttribute('aria-pressed'),
      chosen: document.documentElement.getAttribute('data-gov-script'),
    }));
    check(
      state.heading === 'Мисија Републике Србије при НАТО' &&
        state.latin === 'false' &&
        state.cyrillic === 'true' &&
        state.chosen !== 'latn',
      `without the page converter: nothing claims Latin (${JSON.stringify(state)})`,
    );
    check(
      saysMissing(said, 'gov-widgets-page-converter.js'),
      'without the page converter: the console names the file and what to upload',
    );
    await tab.close();
    await close();
  }

  // A changed file is refused by its integrity hash, as a missing one: the photo itself still opens.
  for (const [what, alter] of [
    ['without the lightbox', missing('gov-widgets-lightbox.js')],
    [
      'with a changed lightbox',
      (folder) =>
        writeFileSync(join(folder, 'gov-widgets-lightbox.js'), '/* changed */ export const Lightbox = null;\n'),
    ],
  ]) {
    const { server, close } = await site(alter);
    const { tab, console: said } = await open(browser, server.origin);
    const href = await tab.evaluate(
      () => document.querySelector('gov-photo-gallery').shadowRoot.querySelector('[data-index="1"]').href,
    );
    await tab.locator('gov-photo-gallery [data-index="1"]').click();
    const navigated = await tab.waitForURL(href, { timeout: 5000 }).then(
      () => true,
      () => false,
    );
    check(navigated, `${what}: a click shows the photo itself (${tab.url().replace(server.origin, '')})`);
    check(saysMissing(said, 'gov-widgets-lightbox.js'), `${what}: the console names the file and what to upload`);
    check(!said.errors.some((error) => error.startsWith('uncaught')), `${what}: no uncaught error`);
    await tab.close();
    await close();
  }
} finally {
  await browser.close();
}

console.log(
  `\ntest:cdn: ${failures.length ? `${failures.length} failed` : 'all passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failures.length ? 1 : 0);
