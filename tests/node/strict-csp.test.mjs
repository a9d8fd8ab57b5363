// `npm start` sends demo/csp.html with the strict Content-Security-Policy header, and only that
// page; SECURITY.md states the same policy a site has to send.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { strictContentSecurityPolicy, trustedTypesPolicyNames } from '../../scripts/lib/csp.mjs';

test('the dev server sends demo/csp.html with the strict policy, and the other demo pages without it', async () => {
  const server = await createServer({
    configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
    logLevel: 'silent',
    server: { port: 0, hmr: false },
  });
  await server.listen();
  try {
    const base = server.resolvedUrls.local[0];
    const csp = await fetch(new URL('csp.html', base));
    assert.equal(csp.status, 200);
    assert.equal(csp.headers.get('content-security-policy'), strictContentSecurityPolicy);
    assert.match(
      await csp.text(),
      /<gov-script-toggle>[\s\S]*<gov-news-feed[\s\S]*<gov-photo-gallery[\s\S]*<gov-contact-card/,
    );
    const index = await fetch(base);
    assert.equal(index.status, 200);
    assert.equal(index.headers.get('content-security-policy'), null);
  } finally {
    await server.close();
  }
});

test('SECURITY.md names the same policy and the same Trusted Types policies', () => {
  const security = readFileSync(new URL('../../SECURITY.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
  assert.ok(security.includes(strictContentSecurityPolicy), 'SECURITY.md quotes the header the tests use');
  for (const name of trustedTypesPolicyNames)
    assert.ok(security.includes(`\`${name}\``), `SECURITY.md explains ${name}`);
});
