import { cpSync, existsSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { isStrictCspPage, strictContentSecurityPolicy } from './scripts/lib/csp.mjs';
import { minifyLitCss } from './scripts/lib/minify-lit-css.mjs';

const root = import.meta.dirname;
const fromRoot = (path: string) => resolve(root, path);

/** The npm entries: each registers its element(s); `transliterate` is the pure engine. */
export const libraryEntries = {
  index: fromRoot('src/index.ts'),
  'contact-card': fromRoot('src/contact-card.ts'),
  'photo-gallery': fromRoot('src/photo-gallery.ts'),
  'news-feed': fromRoot('src/news-feed.ts'),
  'script-toggle': fromRoot('src/script-toggle.ts'),
  transliterate: fromRoot('src/core/transliterate.ts'),
};

/**
 * What the one-file bundle leaves out and imports on demand from a sibling file, because only some
 * pages need it: a page needs at most one translation, a converter only when it shows Serbian
 * content in the other script, the HTML sanitizer (with DOMPurify) only when it shows a feed's full
 * stories, the news reader of what is not clean JSON Feed (RSS, Atom, other dates, datelines, a web page
 * at `src`) and the gallery's reader of Media RSS only for such feeds, the gallery's lightbox only once a photo is
 * (likely to be) opened, the vCard builder only when a contact is (about to be) saved, the page
 * converter only where a script toggle converts.
 *
 * Each sibling stands alone and borrows what it needs of the suite's state (Lit, messages, the
 * script state...) from the element that loads it: docs/decisions/0006 and SuiteRuntime in
 * src/components/shared/runtime.ts.
 */
export const onDemandModules: Record<string, string> = {
  ...Object.fromEntries(
    readdirSync(fromRoot('src/generated/locales')).map((file) => [
      `gov-widgets-${basename(file, '.ts')}`,
      fromRoot(`src/generated/locales/${file}`),
    ]),
  ),
  'gov-widgets-to-latin': fromRoot('src/core/transliteration/to-latin.ts'),
  'gov-widgets-to-cyrillic': fromRoot('src/core/transliteration/to-cyrillic.ts'),
  'gov-widgets-sanitize': fromRoot('src/components/news-feed/full-story.ts'),
  'gov-widgets-xml-feed': fromRoot('src/components/news-feed/xml-feed.ts'),
  'gov-widgets-xml-photos': fromRoot('src/components/photo-gallery/xml-photos.ts'),
  'gov-widgets-lightbox': fromRoot('src/components/photo-gallery/lightbox.ts'),
  'gov-widgets-save-contact': fromRoot('src/components/contact-card/save-contact.ts'),
  'gov-widgets-page-converter': fromRoot('src/components/script-toggle/page-converter.ts'),
};

/** Turns each dynamic import of an on-demand module into an import of its sibling file. */
function loadOnDemandFromSiblings(): Plugin {
  const byPath = new Map(Object.entries(onDemandModules).map(([name, path]) => [path, `./${name}.js`]));
  return {
    name: 'gov-widgets:on-demand-siblings',
    enforce: 'pre',
    async resolveId(source, importer) {
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      const sibling = resolved && byPath.get(resolved.id);
      return sibling ? { id: sibling, external: true } : null;
    },
  };
}

/**
 * @lit/localize names a message without an explicit id by a hash of its text, computed at run time.
 * Every message of the suite names its id (tests/node/localization.test.mjs fails on a generated one), so
 * the minified builds leave the hash out (about 0.4 kB gzip on every page): scripts/lib/explicit-message-ids.js
 * stands in for it, and throws should a message without an id ever reach it.
 */
function explicitMessageIdsOnly(): Plugin {
  const stand = fromRoot('scripts/lib/explicit-message-ids.js');
  return {
    name: 'gov-widgets:explicit-message-ids-only',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === './id-generation.js' && importer?.includes('/@lit/localize/internal/') ? stand : null,
  };
}

/** `npm start` sends demo/csp.html with the strict Content-Security-Policy header (SECURITY.md), as a site would. */
function strictCspDemoPage(): Plugin {
  return {
    name: 'gov-widgets:strict-csp-page',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (isStrictCspPage(path)) response.setHeader('Content-Security-Policy', strictContentSecurityPolicy);
        next();
      });
    },
  };
}

/**
 * The demo pages as a webmaster publishes them: each page's `<script>` of the sources becomes the
 * one-file bundle, copied with its on-demand sibling files next to the page, and the sample data
 * beside them. Needs `npm run build:bundle` first (`npm run build:demo` does both).
 */
function demoPagesWithTheBundle(outDir: string): Plugin {
  const bundleDir = fromRoot('dist');
  return {
    name: 'gov-widgets:demo-pages-with-the-bundle',
    buildStart() {
      if (!existsSync(resolve(bundleDir, 'gov-widgets.js'))) {
        this.error('dist/gov-widgets.js is missing: run `npm run build:bundle` first');
      }
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html
          .replace(
            /<script type="module" src="\.\.\/src\/index\.ts"><\/script>/,
            '<script type="module" src="gov-widgets.js" vite-ignore></script>',
          )
          // Alternate versions (the feed, the page in another language) are links to follow, not assets.
          .replaceAll('<link rel="alternate"', '<link rel="alternate" vite-ignore'),
    },
    closeBundle() {
      for (const file of readdirSync(bundleDir).filter((name) => /^gov-widgets.*\.js$/.test(name))) {
        cpSync(resolve(bundleDir, file), resolve(outDir, file));
      }
      cpSync(fromRoot('demo/data'), resolve(outDir, 'data'), { recursive: true });
    },
  };
}

/** The minified builds' Lit `css` templates, squeezed by a real CSS minifier (scripts/lib/minify-lit-css.mjs). */
function minifyLitCssTemplates(): Plugin {
  return {
    name: 'gov-widgets:minify-lit-css',
    transform: (code, id) => (id.endsWith('.ts') ? minifyLitCss(code) : null),
  };
}

/**
 * `vite` / `npm start`: the demo pages on 127.0.0.1, straight from the sources.
 * `vite build`: the npm entries, one ES module each, with Lit and the other dependencies left as
 * imports so an application shares one copy of them.
 * `vite build --mode bundle`: dist/gov-widgets.js, one minified self-contained module for the
 * one-tag embed on CMS pages. Mode `on-demand` is the config of the sibling files it may import,
 * which scripts/build-on-demand.mjs builds one by one, each into a single file (`npm run build:bundle`).
 * `vite build --mode demo`: dist/demo/, the demo pages for production, which the audits test.
 */
export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    return {
      root: fromRoot('demo'),
      plugins: [strictCspDemoPage()],
      // The demo pages load the sources as ../src/index.ts; with demo/ as the root that arrives as /src/.
      resolve: { alias: [{ find: /^\/src\//, replacement: `${fromRoot('src')}/` }] },
      server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: [root] } },
      preview: { host: '127.0.0.1' },
    };
  }
  if (mode === 'demo') {
    const outDir = fromRoot('dist/demo');
    const pages = readdirSync(fromRoot('demo')).filter((file) => file.endsWith('.html'));
    return {
      root: fromRoot('demo'),
      // Relative URLs, so the pages work from any folder of a web server.
      base: './',
      publicDir: false,
      plugins: [demoPagesWithTheBundle(outDir)],
      build: {
        target: 'es2022',
        outDir,
        emptyOutDir: true,
        rolldownOptions: {
          input: Object.fromEntries(pages.map((page) => [basename(page, '.html'), fromRoot(`demo/${page}`)])),
        },
      },
    };
  }
  const minifiedBundle = {
    publicDir: false as const,
    build: { target: 'es2022', outDir: fromRoot('dist'), emptyOutDir: false },
  };
  if (mode === 'bundle' || mode === 'hydrate') {
    // `--mode hydrate`: dist/gov-widgets-hydrate.js, Lit's hydrate support for prerendered pages.
    const [entry, fileName] =
      mode === 'hydrate' ? ['src/hydrate.ts', 'gov-widgets-hydrate.js'] : ['src/index.ts', 'gov-widgets.js'];
    return {
      ...minifiedBundle,
      plugins: [loadOnDemandFromSiblings(), minifyLitCssTemplates(), explicitMessageIdsOnly()],
      build: {
        ...minifiedBundle.build,
        lib: { entry: fromRoot(entry), formats: ['es'], fileName: () => fileName },
        rolldownOptions: { output: { minify: true, codeSplitting: false } },
      },
    };
  }
  if (mode === 'on-demand') {
    return {
      ...minifiedBundle,
      plugins: [minifyLitCssTemplates()],
      // The translations use `str` of @lit/localize, a pure tag; taking it from its own module keeps the
      // runtime's state out of them (and a sibling that imported anything else of it would not build).
      resolve: {
        alias: [{ find: /^@lit\/localize$/, replacement: fromRoot('node_modules/@lit/localize/internal/str-tag.js') }],
      },
      build: {
        ...minifiedBundle.build,
        lib: { entry: onDemandModules, formats: ['es'], fileName: (_format, name) => `${name}.js` },
        rolldownOptions: { output: { minify: true, chunkFileNames: 'gov-widgets-[name]-[hash].js' } },
      },
    };
  }
  return {
    publicDir: false,
    build: {
      target: 'es2022',
      outDir: fromRoot('dist'),
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      lib: { entry: libraryEntries, formats: ['es'] },
      rolldownOptions: { external: [/^lit(\/.*)?$/, /^@lit\//, /^dompurify(\/.*)?$/] },
    },
  };
});
