// A small static file server for the audits: the built demo pages (dist/demo/) or the static
// Storybook, on 127.0.0.1, with the content types and the compression a real web server gives, and
// the strict Content-Security-Policy header on the CSP demo page.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The policy the project promises to work under (COMMON.md, README). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html dompurify gov-widgets";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.vcf': 'text/vcard; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|ld\+json|feed\+json|xml|rss\+xml|atom\+xml)|image\/svg)/;

/** A JSON Feed is served as one, whatever its file is called. */
function contentType(path, body) {
  const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  if (
    type.startsWith('application/json') &&
    /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(body.subarray(0, 512).toString())
  ) {
    return 'application/feed+json; charset=utf-8';
  }
  return type;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port.
 * @param {string} dir
 * @param {{ csp?: (path: string) => boolean, maxAge?: number, cors?: boolean }} [options] `csp`: which paths get the
 *   strict CSP header (default: any page named csp.html); `maxAge`: seconds the browser may cache a
 *   file without asking again (default 0: it asks every time, as for pages being edited); `cors`: send
 *   `Access-Control-Allow-Origin: *`, as a CDN that serves other sites does
 * @returns {Promise<{ origin: string, close: () => Promise<void>, requests: string[] }>}
 */
export async function serve(dir, { csp = (path) => /(^|\/)csp\.html$/.test(path), maxAge = 0, cors = false } = {}) {
  const root = resolve(dir);
  const cache = new Map();
  const requests = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    requests.push(path);
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      let entry = cache.get(file);
      if (!entry) {
        const body = await readFile(file);
        const type = contentType(file, body);
        entry = { body, type, gzip: COMPRESSIBLE.test(type) && body.length > 512 ? gzipSync(body) : undefined };
        cache.set(file, entry);
      }
      const headers = {
        'content-type': entry.type,
        'cache-control': maxAge ? `max-age=${maxAge}` : 'no-cache',
        'x-content-type-options': 'nosniff',
      };
      if (csp(path)) headers['content-security-policy'] = STRICT_CSP;
      if (cors) headers['access-control-allow-origin'] = '*';
      const gzip = entry.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      if (gzip) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
      const body = gzip ? entry.gzip : entry.body;
      headers['content-length'] = body.length;
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${path}\n`);
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
