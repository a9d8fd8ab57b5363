// @ts-check
/**
 * Koa middleware for the test server: pages named csp.html or csp-<name>.html (demo/csp.html, the
 * hardening fixtures) are sent with the strict Content-Security-Policy header, a real header as a
 * site would send it, not a <meta> tag. Two query parameters prepare a page for a test:
 *
 *   ?probe    puts tests/fixtures/hardening/probe.js first in <head>, so that it sees every
 *             violation, error and warning the page causes, from the first script on
 *   ?bundle   loads the built one-file bundle (/dist/gov-widgets.js) instead of src/index.ts
 *   ?allow-duplicates   adds 'allow-duplicates' to the policy's trusted-types (what a site that
 *             cannot avoid loading two copies adds, SECURITY.md)
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isStrictCspPage, strictContentSecurityPolicy } from '../../scripts/lib/csp.mjs';

const root = resolve(import.meta.dirname, '../..');
const probe = '<script src="/tests/fixtures/hardening/probe.js"></script>';

/** @type {import('koa').Middleware} */
export async function strictCspMiddleware(ctx, next) {
  if (!ctx.path.endsWith('.html')) return next();
  const strict = isStrictCspPage(ctx.path);
  const withProbe = 'probe' in ctx.query;
  const withBundle = 'bundle' in ctx.query;
  const allowDuplicates = 'allow-duplicates' in ctx.query;
  if (!strict && !withProbe && !withBundle) return next();
  const file = resolve(root, `.${decodeURIComponent(ctx.path)}`);
  if (!file.startsWith(`${root}/`)) return next();
  let page;
  try {
    page = await readFile(file, 'utf8');
  } catch {
    return next();
  }
  if (withProbe) page = page.replace(/<head[^>]*>/i, (head) => `${head}${probe}`);
  if (withBundle) page = page.replace(/src="[^"]*\/src\/index\.ts"/g, 'src="/dist/gov-widgets.js"');
  if (strict) {
    const policy = allowDuplicates
      ? strictContentSecurityPolicy.replace(/trusted-types [^;]*/, (list) => `${list} 'allow-duplicates'`)
      : strictContentSecurityPolicy;
    ctx.set('Content-Security-Policy', policy);
  }
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'html';
  ctx.body = page;
}
