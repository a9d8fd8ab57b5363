import { expect } from '@open-wc/testing';
import { isExternal, safeSrcset, safeUrl } from '../../src/core/url.js';

const base = 'https://example.gov.rs/news/feed.json';

describe('safeUrl', () => {
  it('resolves relative URLs against the base', () => {
    expect(safeUrl('item.html', base)).to.equal('https://example.gov.rs/news/item.html');
    expect(safeUrl('/a?b=1#c', base)).to.equal('https://example.gov.rs/a?b=1#c');
    expect(safeUrl('//cdn.example.org/x.jpg', base, 'image')).to.equal('https://cdn.example.org/x.jpg');
  });

  it('allows http, https, mailto and tel links', () => {
    expect(safeUrl('http://a.rs/', base)).to.equal('http://a.rs/');
    expect(safeUrl('mailto:info@mfa.gov.rs', base)).to.equal('mailto:info@mfa.gov.rs');
    expect(safeUrl('tel:+3227077981', base)).to.equal('tel:+3227077981');
  });

  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
    'blob:https://example.gov.rs/uuid',
    'ftp://example.org/',
  ];
  for (const value of hostile) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      expect(safeUrl(value, base)).to.equal(undefined);
      expect(safeUrl(value, base, 'image')).to.equal(undefined);
    });
  }

  it('refuses mailto and tel as images or fetches, and non-strings', () => {
    expect(safeUrl('mailto:a@b.rs', base, 'image')).to.equal(undefined);
    expect(safeUrl('tel:+381', base, 'fetch')).to.equal(undefined);
    expect(safeUrl(42, base)).to.equal(undefined);
    expect(safeUrl('', base)).to.equal(undefined);
    expect(safeUrl('http://[bad', base)).to.equal(undefined);
  });
});

describe('safeSrcset', () => {
  it('resolves each candidate and keeps descriptors', () => {
    expect(safeSrcset('a-640.jpg 640w, https://x.rs/a-1280.jpg 1280w', base)).to.equal(
      'https://example.gov.rs/news/a-640.jpg 640w, https://x.rs/a-1280.jpg 1280w',
    );
  });
  it('drops hostile candidates and bad descriptors', () => {
    expect(safeSrcset('javascript:alert(1) 1x, ok.jpg 2x', base)).to.equal('https://example.gov.rs/news/ok.jpg 2x');
    expect(safeSrcset('a.jpg onerror=alert(1)', base)).to.equal(undefined);
    expect(safeSrcset(null, base)).to.equal(undefined);
  });
});

describe('isExternal', () => {
  it('tells other origins apart', () => {
    expect(isExternal('https://nato.int/', 'https://example.gov.rs/')).to.equal(true);
    expect(isExternal('/local', 'https://example.gov.rs/')).to.equal(false);
    expect(isExternal('mailto:a@b.rs', 'https://example.gov.rs/')).to.equal(false);
  });

  it('is not fooled by hosts that merely start like the page’s', () => {
    const page = 'https://example.gov.rs/vesti/';
    expect(isExternal('https://example.gov.rs/vesti/1.html', page)).to.equal(false);
    expect(isExternal('https://example.gov.rs.evil.example/', page)).to.equal(true);
    expect(isExternal('https://example.gov.rs@evil.example/', page)).to.equal(true);
    expect(isExternal('https://example.gov.rs:8443/', page)).to.equal(true);
    expect(isExternal('HTTPS://EXAMPLE.GOV.RS/x', page)).to.equal(false);
  });
});
