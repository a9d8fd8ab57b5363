// gov-widgets-cli render, run as a webmaster runs it, on the fixture site (tests/fixtures/render/site/:
// a Serbian page with a news feed read from RSS at `src`, a photo gallery from a JSON Feed file, a
// contact card with inline JSON-LD and a converting script toggle), and renderPage as a build
// pipeline calls it. What the pages show in Chromium is tests/cli/prerendered.test.ts, on the
// committed output in tests/fixtures/render/prerendered/, which the first test keeps current:
//   node cli/dist/cli.js render tests/fixtures/render/site/index.html --out tests/fixtures/render/prerendered --script latn --hydrate /src/hydrate.ts
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCli, root, runCli, scratch } from './lib/cli.mjs';

const site = join(root, 'tests/fixtures/render/site');
const committed = join(root, 'tests/fixtures/render/prerendered');
const read = (folder, file) => readFileSync(join(folder, file), 'utf8');
/** The light DOM of a rendered page: what the page converter converted, without the rendered shadow roots and data. */
const lightDom = (html) =>
  html
    .replace(/<template shadowroot[\s\S]*?<\/template>/g, '')
    .replace(/<script type="application[^>]*>[\s\S]*?<\/script>/g, '');

describe('render: a Serbian page and its Latin copy', () => {
  let out;
  let run;
  before(async () => {
    out = scratch();
    run = await runCli(
      ['render', join(site, 'index.html'), '--out', out, '--script', 'latn', '--hydrate', '/src/hydrate.ts'],
      {},
    );
  });

  it('writes the page and its Latin copy, as committed for the browser tests', () => {
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['index.html', 'index.sr-Latn.html']);
    for (const file of ['index.html', 'index.sr-Latn.html'])
      assert.equal(
        read(out, file),
        read(committed, file),
        `${file} differs from the committed fixture: re-run the command in this file's header`,
      );
    assert.match(run.stderr, /hreflang links are relative: search engines want them absolute \(--base-url\)/);
  });

  it("embeds each widget's data, RSS read as JSON Feed, and renders it into a declarative shadow root", () => {
    const page = read(out, 'index.html');
    const feed = JSON.parse(
      /<gov-news-feed[^>]*>[\s\S]*?<script type="application\/feed\+json">([\s\S]*?)<\/script>/.exec(page)[1],
    );
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.deepEqual(
      feed.items.map((item) => item.id),
      ['vest-3', 'vest-2', 'vest-1'],
    );
    // The dateline the news command lifts, lifted here too; `src` stays, as the base of the feed's links.
    assert.equal(feed.items[0]._gov.place, 'Београд');
    assert.equal(feed.items[0].url, 'vesti/ambasador.html');
    assert.match(
      page,
      /<gov-news-feed src="feeds\/news.rss"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/,
    );
    assert.match(
      page,
      /<gov-photo-gallery src="feeds\/photos.json"><template shadowrootmode|<gov-photo-gallery src="feeds\/photos.json"><template shadowroot="open"/,
    );
    assert.match(page, /<gov-contact-card heading-level="3"><template shadowroot="open"/);
    // Each element's styles come minified, as in the browser bundle: they are in the page once per element.
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css);
    assert.equal(styles.length, 4);
    for (const css of styles) assert.doesNotMatch(css, /\/\*|\n\s/);
    // The server cannot know whether a gallery is in view: every thumbnail is left to lazy loading.
    assert.deepEqual([...new Set(page.match(/loading="\w+"/g))], ['loading="lazy"']);
    // The hydrate support runs before the bundle.
    assert.match(
      page,
      /<script type="module" src="\/src\/hydrate.ts"><\/script><script type="module" src="\/src\/index.ts"><\/script>/,
    );
    // Nothing of the data can end its <script> early.
    assert.doesNotMatch(feed.items.map((item) => item.content_html).join(''), /<\/script/i);
  });

  it('converts the Latin copy by the toggle\'s rules: lang-aware, translate="no" and code kept, labels converted, addresses untouched', () => {
    const latin = lightDom(read(out, 'index.sr-Latn.html'));
    assert.match(latin, /<html lang="sr-Latn">/);
    assert.match(latin, /<title>Ministarstvo — početna<\/title>/);
    assert.match(latin, /<h1 title="Ministarstvo spoljnih poslova">Ministarstvo spoljnih poslova<\/h1>/);
    assert.match(
      latin,
      /Pišite nam na <a href="mailto:info@example.gov.rs">info@example.gov.rs<\/a> ili posetite www.example.gov.rs./,
    );
    assert.match(latin, /<p translate="no">Назив који се не мења<\/p>/);
    assert.match(latin, /<code>ћирилица<\/code>/);
    assert.match(latin, /<span lang="en">English text<\/span> i\s+<span lang="ru">русский текст<\/span>/);
    assert.match(latin, /alt="Grb Republike Srbije"/);
    // The widgets render in Latin (their data stays as written: the elements show it in the page's script).
    const latinPage = read(out, 'index.sr-Latn.html');
    assert.match(latinPage, /Ministar primio ambasadora Grčke/);
    assert.match(latinPage, /"title":"Министар примио амбасадора Грчке"/);
  });

  it('links the two pages both ways: hreflang alternates, and the toggle as two links', () => {
    for (const file of ['index.html', 'index.sr-Latn.html']) {
      const page = read(out, file);
      assert.match(
        page,
        /<link rel="alternate" hreflang="sr-Cyrl" href="index.html"><link rel="alternate" hreflang="sr-Latn" href="index.sr-Latn.html">/,
      );
      assert.match(page, /<gov-script-toggle mode="link" href-cyrl="index.html" href-latn="index.sr-Latn.html">/);
    }
    assert.match(
      read(out, 'index.sr-Latn.html'),
      /class="option active"\s+part="option option-latn active"\s+href="index.sr-Latn.html"/,
    );
  });

  it('is idempotent: a second run writes nothing, and rendering the output again gives the same pages', async () => {
    const again = await runCli([
      'render',
      join(site, 'index.html'),
      '--out',
      out,
      '--script',
      'latn',
      '--hydrate',
      '/src/hydrate.ts',
    ]);
    assert.match(again.stderr, /\(0 written, 2 unchanged\)/);
    const twice = scratch();
    const rerun = await runCli([
      'render',
      join(out, 'index.html'),
      join(out, 'index.sr-Latn.html'),
      '--out',
      twice,
      '--script',
      'latn',
      '--hydrate',
      '/src/hydrate.ts',
    ]);
    assert.equal(rerun.code, 0, rerun.stderr);
    for (const file of ['index.html', 'index.sr-Latn.html']) assert.equal(read(twice, file), read(out, file), file);
  });
});

describe('render: options and problems', () => {
  it("writes absolute hreflang alternates with --base-url, keeping the widgets' links relative", async () => {
    const out = scratch();
    const run = await runCli([
      'render',
      join(site, 'index.html'),
      '--out',
      out,
      '--script',
      'latn',
      '--base-url',
      'https://www.example.gov.rs/sr',
      '--hydrate',
      '/src/hydrate.ts',
      '-q',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const page = read(out, 'index.sr-Latn.html');
    assert.match(page, /<link rel="alternate" hreflang="sr-Cyrl" href="https:\/\/www.example.gov.rs\/sr\/index.html">/);
    assert.match(
      page,
      /<link rel="alternate" hreflang="sr-Latn" href="https:\/\/www.example.gov.rs\/sr\/index.sr-Latn.html">/,
    );
    assert.match(page, /href-cyrl="index.html" href-latn="index.sr-Latn.html"/);
    assert.match(page, /part="title-link" href="feeds\/vesti\/ambasador.html"/);
  });

  it('makes no Latin copy of a page in another language, and tells which widget it could not render', async () => {
    const folder = scratch();
    writeFileSync(
      join(folder, 'en.html'),
      '<!doctype html><html lang="en"><head><script type="module" src="js/gov-widgets.js"></script></head><body>' +
        '<gov-news-feed src="missing.json"></gov-news-feed><gov-contact-card id="office"><script type="application/ld+json">' +
        '{"@context":"https://schema.org","@type":"GovernmentOffice","name":"Embassy","telephone":"+381 11 123 4567"}</script></gov-contact-card></body></html>',
    );
    const out = join(folder, 'out');
    const run = await runCli(['render', join(folder, 'en.html'), '--out', out, '--script', 'latn']);
    assert.equal(run.code, 1);
    assert.deepEqual(readdirSync(out), ['en.html']);
    assert.match(run.stderr, /en.html: not a Serbian page/);
    assert.match(run.stderr, /<gov-news-feed> was not prerendered: .*missing.json/);
    const page = read(out, 'en.html');
    assert.match(
      page,
      /<script type="module" src="js\/gov-widgets-hydrate.js"><\/script><script type="module" src="js\/gov-widgets.js">/,
    );
    assert.match(page, /<gov-contact-card id="office"><template shadowroot="open"[\s\S]*href="tel:\+381111234567"/);
    assert.match(page, /<gov-news-feed src="missing.json"><\/gov-news-feed>/);
  });

  it('refuses a wrong command line with a usage error', async () => {
    assert.equal((await runCli(['render', '--out', scratch()])).code, 2);
    assert.equal((await runCli(['render', join(site, 'index.html')])).code, 2);
    const wrong = await runCli(['render', join(site, 'index.html'), '--out', scratch(), '--script', 'cyrillic']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--script must be latn/);
  });
});

describe('renderPage() for build pipelines', () => {
  it('renders a page from its HTML, reading src through the readFile it is given', async () => {
    const { renderPage } = await import(pathToFileURL(join(dirname(buildCli()), 'render.js')).href);
    const asked = [];
    const html = await renderPage(read(site, 'index.html'), {
      baseUrl: 'https://www.example.gov.rs/index.html',
      hydrateSupport: '/src/hydrate.ts',
      readFile: async (url) => {
        asked.push(url);
        return readFileSync(join(site, new URL(url).pathname));
      },
      warn: (message) => assert.fail(message),
    });
    assert.deepEqual(asked.sort(), [
      'https://www.example.gov.rs/feeds/news.rss',
      'https://www.example.gov.rs/feeds/photos.json',
    ]);
    assert.match(html, /<gov-news-feed[^>]*><template shadowroot="open"[\s\S]*Министар примио амбасадора Грчке/);
    assert.doesNotMatch(
      html,
      /<gov-script-toggle[^>]*><template/,
      'a converting toggle keeps the links the page wrote',
    );
  });
});
