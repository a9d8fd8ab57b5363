// Lit's `css` templates ship as written, with the indentation, comments and line breaks of the
// source. The minified browser builds (vite.config.ts) and the prerenderer (cli/build.mjs: its
// declarative shadow DOM carries each element's styles in the page, once per element) squeeze them
// with esbuild's CSS minifier, a real CSS parser: strings (`content: ', '`), `calc()` and selectors
// keep their meaning. A template with a `${...}` interpolation is not whole CSS and stays as written.
import { transform } from 'esbuild';

async function minifyCss(text) {
  // UTF-8 out, so that no `\\` escape the source did not have enters the template literal.
  const { code } = await transform(text, { loader: 'css', minify: true, charset: 'utf8', logLevel: 'silent' });
  return code.trim();
}

/**
 * The module's source with every whole-CSS `css` template minified, or null when it has none.
 * @param {string} code
 * @returns {Promise<string | null>}
 */
export async function minifyLitCss(code) {
  if (!code.includes('css`')) return null;
  let result = '';
  let last = 0;
  for (const { index, 0: whole, 1: body } of code.matchAll(/\bcss`([^`]*)`/g)) {
    const minified = body.includes('${') ? body : await minifyCss(body);
    result += `${code.slice(last, index)}css\`${minified}\``;
    last = index + whole.length;
  }
  return result + code.slice(last);
}
