// @ts-check
/**
 * Koa middleware for the test server: answers under /test-api/ with whatever status, type,
 * body and timing a test asks for, so network faults are real HTTP, not mocked fetch.
 *
 *   /test-api/respond?status=500&type=text/html&delay=200&body=...   one answer
 *   /test-api/respond?type=text/xml&base64=...                       exact bytes, type as given (no charset)
 *   /test-api/hang                                                  never answers
 *   /test-api/trickle?chunks=20&interval=100&body=...               body in slow pieces
 *   /test-api/large?megabytes=10                                    a huge JSON Feed (Content-Length)
 *   /test-api/large?megabytes=10&chunked=1                          the same, streamed without a length
 *   /test-api/destroy                                               the connection drops, no answer at all
 *   /test-api/outage?key=k&body=...&type=...                        while `key` is down, drops every request
 *                                                                   (the browser's own retries too); else
 *                                                                   answers like respond
 *   /test-api/outage-control?key=k&down=1                           takes `key` down (down=0: back up)
 *   POST /test-api/documents?type=application/rss+xml               keeps the posted body; answers
 *                                                                   {"url": "/test-api/documents/<n>"}
 *   /test-api/documents/<n>                                         that body, with that type
 *   /test-api/delay-next?path=to-cyrillic&ms=800                    delays the next request for a file (a
 *                                                                   module) whose path holds `path`, from
 *                                                                   the same browser context (by cookie)
 *   /test-api/raw?path=tests/fixtures/a.rss&type=text/xml           a fixture's bytes as they are on disk (the
 *                                                                   dev server re-encodes files it serves as
 *                                                                   text), with the type exactly as given
 *
 * Like ordinary static hosting, every route sends `Access-Control-Allow-Origin: *` and answers no
 * CORS pre-flight: an OPTIONS request gets 405, so a request that needs one fails cross-origin.
 */
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the client goes away, so a hanging answer frees the socket. */
const clientGone = (ctx) => new Promise((resolve) => ctx.req.once('close', resolve));

/** Drops the connection without an answer: to the browser, the network went away. */
const dropConnection = (ctx) => {
  ctx.respond = false;
  ctx.req.socket.destroy();
};

/** @param {import('node:http').IncomingMessage} request */
async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A JSON Feed of about `megabytes` MB, made once per size. */
const largeFeeds = new Map();
function largeFeed(megabytes) {
  if (!largeFeeds.has(megabytes)) {
    const item = (i) => ({ id: String(i), title: `Item ${i}`, content_text: 'x'.repeat(900) });
    const items = Array.from({ length: Math.ceil((megabytes * 1024 * 1024) / 1000) }, (_, i) => item(i));
    largeFeeds.set(megabytes, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Large', items }));
  }
  return largeFeeds.get(megabytes);
}

/** The `outage` keys that are down now. */
const down = new Set();
/** Documents posted by tests, by number. */
const documents = [];

/** Requests to hold back: the first request of context `key` whose path holds `path` waits `ms`. */
const delays = [];

/** @type {import('koa').Middleware} */
export async function testApiMiddleware(ctx, next) {
  const context = ctx.cookies.get('test-api-context');
  const delayed = delays.findIndex(({ path, key }) => key === context && ctx.path.includes(path));
  if (delayed >= 0 && !ctx.path.startsWith('/test-api/')) await sleep(delays.splice(delayed, 1)[0].ms);
  if (!ctx.path.startsWith('/test-api/')) return next();
  const query = /** @type {Record<string, string>} */ (ctx.query);
  const route = ctx.path.slice('/test-api/'.length);
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Access-Control-Allow-Origin', '*');
  if (ctx.method === 'OPTIONS') {
    ctx.status = 405;
    return;
  }
  if (route === 'delay-next') {
    // Test files run side by side, each in a browser context of its own: a delay is for its context only.
    const key = context ?? String(Math.random());
    ctx.cookies.set('test-api-context', key, { httpOnly: false, overwrite: true });
    delays.push({ path: query.path, ms: Number(query.ms ?? 500), key });
    ctx.status = 204;
    return;
  }

  if (route === 'hang') {
    await clientGone(ctx);
    ctx.status = 204;
    return;
  }
  if (route === 'respond') {
    if (query.delay) await Promise.race([sleep(Number(query.delay)), clientGone(ctx)]);
    ctx.status = Number(query.status ?? 200);
    if (query.base64) {
      // Bytes exactly as given, with the type exactly as given: no charset added.
      ctx.body = Buffer.from(query.base64, 'base64');
      ctx.set('Content-Type', query.type ?? 'application/octet-stream');
      return;
    }
    ctx.type = query.type ?? 'application/json';
    ctx.body = query.body ?? '';
    return;
  }
  if (route === 'trickle') {
    const body = query.body ?? '{}';
    const chunks = Number(query.chunks ?? 10);
    const interval = Number(query.interval ?? 100);
    const { PassThrough } = await import('node:stream');
    const stream = new PassThrough();
    ctx.type = query.type ?? 'application/json';
    ctx.body = stream;
    const size = Math.ceil(body.length / chunks);
    (async () => {
      for (let i = 0; i < body.length && !stream.destroyed; i += size) {
        stream.write(body.slice(i, i + size));
        await sleep(interval);
      }
      stream.end();
    })();
    return;
  }
  if (route === 'large') {
    const body = largeFeed(Number(query.megabytes ?? 10));
    ctx.type = 'application/feed+json';
    if (query.chunked) {
      const { Readable } = await import('node:stream');
      const size = 64 * 1024;
      ctx.body = Readable.from(
        (function* () {
          for (let i = 0; i < body.length; i += size) yield body.slice(i, i + size);
        })(),
      );
    } else ctx.body = body;
    return;
  }
  if (route === 'destroy') {
    dropConnection(ctx);
    return;
  }
  if (route === 'outage-control') {
    if (query.down === '1') down.add(query.key);
    else down.delete(query.key);
    ctx.status = 204;
    return;
  }
  if (route === 'outage') {
    if (down.has(query.key)) {
      dropConnection(ctx);
      return;
    }
    ctx.type = query.type ?? 'application/json';
    ctx.body = query.body ?? '';
    return;
  }
  if (route === 'documents' && ctx.method === 'POST') {
    documents.push({ type: query.type ?? 'application/octet-stream', body: await readBody(ctx.req) });
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ url: `/test-api/documents/${documents.length - 1}` });
    return;
  }
  if (route === 'raw') {
    const fixturesDir = resolve('tests/fixtures');
    const path = resolve(query.path ?? '');
    if (!path.startsWith(fixturesDir + sep)) {
      ctx.status = 403;
      return;
    }
    ctx.body = await readFile(path);
    ctx.set('Content-Type', query.type ?? 'application/octet-stream');
    return;
  }
  if (route.startsWith('documents/')) {
    const document = documents[Number(route.slice('documents/'.length))];
    if (!document) {
      ctx.status = 404;
      return;
    }
    ctx.set('Content-Type', document.type);
    ctx.body = document.body;
    return;
  }
  ctx.status = 404;
  ctx.body = `unknown test route ${route}`;
}
