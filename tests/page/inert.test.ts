import { expect } from '@open-wc/testing';
import { parseInert, trustedTypesPolicyName } from '../../src/page/inert.js';
import { parseDocument, parseXml } from '../../src/page/load.js';
import { plainText } from '../../src/core/feed.js';

// This file's page enforces Trusted Types, as the strictest portal CSP does, from here on.
const csp = document.createElement('meta');
csp.httpEquiv = 'Content-Security-Policy';
csp.content = `require-trusted-types-for 'script'; trusted-types lit-html ${trustedTypesPolicyName}`;
document.head.append(csp);

describe('parseInert under enforced Trusted Types', () => {
  it('really enforces Trusted Types on this page', () => {
    expect(() => new DOMParser().parseFromString('<b>x</b>', 'text/html')).to.throw(TypeError);
  });

  it('parses HTML into an inert document that runs nothing', () => {
    const ran: string[] = [];
    (window as unknown as { ranInert: (s: string) => void }).ranInert = (s) => ran.push(s);
    const doc = parseInert(
      '<p>Q&amp;A</p><img src="x:" onerror="ranInert(1)"><script>ranInert(2)</script>',
      'text/html',
    );
    expect(doc.body.querySelector('p')!.textContent).to.equal('Q&A');
    expect(ran).to.deep.equal([]);
  });

  it('lets plain-text fields with entities and tags be read', () => {
    expect(plainText('Q&amp;A <b>today</b>')).to.equal('Q&A today');
  });

  it('lets XML feeds be parsed', () => {
    const parsed = parseDocument('<rss version="2.0"><channel><title>T</title></channel></rss>', { xml: parseXml });
    expect(parsed.kind).to.equal('xml');
  });
});
