import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

const root = import.meta.dirname;
const fromRoot = (path: string) => resolve(root, path);

/** The npm entries: each registers its element(s); `transliterate` is the pure engine. */
export const libraryEntries = {
  index: fromRoot('src/index.ts'),
  'contact-card': fromRoot('src/contact-card.ts'),
  transliterate: fromRoot('src/core/transliterate.ts'),
};

/**
 * `vite` / `npm start`: the demo pages on 127.0.0.1, straight from the sources.
 * `vite build`: the npm entries, one ES module each, with Lit and the other dependencies left as
 * imports so an application shares one copy of them.
 * `vite build --mode bundle`: dist/gov-widgets.js, one minified self-contained module for the
 * one-tag embed on CMS pages.
 */
export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    return {
      root: fromRoot('demo'),
      // The demo pages load the sources as ../src/index.ts; with demo/ as the root that arrives as /src/.
      resolve: { alias: [{ find: /^\/src\//, replacement: `${fromRoot('src')}/` }] },
      server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: [root] } },
      preview: { host: '127.0.0.1' },
    };
  }
  if (mode === 'bundle') {
    return {
      publicDir: false,
      build: {
        target: 'es2022',
        outDir: fromRoot('dist'),
        emptyOutDir: false,
        lib: { entry: fromRoot('src/index.ts'), formats: ['es'], fileName: () => 'gov-widgets.js' },
        rolldownOptions: { output: { minify: true, codeSplitting: false } },
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
