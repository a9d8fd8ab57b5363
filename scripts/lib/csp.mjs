// @ts-check
/**
 * The strict Content-Security-Policy the widgets are proven to work under (SECURITY.md). The dev
 * server (`npm start`) sends it with demo/csp.html; the test server sends it with every page named
 * csp.html or csp-<something>.html, and the strict-CSP tests load those pages.
 */

/**
 * The Trusted Types policies the widgets create, and so all a page's `trusted-types` must allow:
 * `lit-html` (Lit's template policy, created when Lit loads) and `gov-widgets` (inert parsing:
 * src/page/inert.ts, also handed to DOMPurify, which therefore creates no `dompurify` policy).
 */
export const trustedTypesPolicyNames = ['lit-html', 'gov-widgets'];

export const strictContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${trustedTypesPolicyNames.join(' ')}`,
].join('; ');

/**
 * Whether a request path is a page served with the strict policy.
 * @param {string} path
 */
export const isStrictCspPage = (path) => /(^|\/)csp(-[\w-]+)?\.html$/.test(path);
