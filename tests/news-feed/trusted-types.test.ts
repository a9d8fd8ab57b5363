import { aTimeout, expect, html } from '@open-wc/testing';
import { trustedTypesPolicyName } from '../../src/page/inert.js';
import { all, clean, fixtures, load, one, titles, muteWarnings } from './support.js';

// This file's page enforces Trusted Types with the only policies the widgets need (SECURITY.md), as
// `<meta http-equiv="Content-Security-Policy">` (Chromium honours require-trusted-types-for there).
// No `dompurify`: DOMPurify parses with our policy.
const csp = document.createElement('meta');
csp.httpEquiv = 'Content-Security-Policy';
csp.content = `require-trusted-types-for 'script'; trusted-types lit-html ${trustedTypesPolicyName}`;
document.head.append(csp);

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.effectiveDirective}: ${event.sample}`),
);

describe('<gov-news-feed> under enforced Trusted Types', () => {
  muteWarnings();
  beforeEach(async () => {
    await aTimeout(50); // violation events are queued
    violations.length = 0;
  });

  it('really enforces them', () => {
    expect(() => {
      document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
  });

  it('renders full stories with DOMPurify parsing through the gov-widgets policy, hostile ones included', async () => {
    const el = await load(html`<gov-news-feed src=${fixtures + 'hostile.json'} show="full" limit="1"></gov-news-feed>`);
    await el.updateComplete;
    await aTimeout(100);
    const content = one(el, '[part="content"]')!;
    expect(content.textContent).to.contain('End of hostile story.');
    expect(content.querySelector('script, iframe, svg, math, form')).to.equal(null);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    // DOMPurify asked for no policy of its own (the CSP would have refused and reported it).
    expect(violations).to.deep.equal([]);
  });

  it('reads titles with entities and RSS and Atom feeds (XML parsing is a Trusted Types sink too)', async () => {
    const rss = await load(html`<gov-news-feed src=${fixtures + 'wordpress.rss'} show="full"></gov-news-feed>`);
    await rss.updateComplete;
    expect(titles(rss)).to.deep.equal(['Seminar on defence reform', 'Guid is the permalink']);
    expect(clean(all(rss, '[part="content"]')[1]!.textContent)).to.equal('Escaped & HTML');
    const atom = await load(html`<gov-news-feed src=${fixtures + 'atom.xml'}></gov-news-feed>`);
    expect(titles(atom)[2]).to.equal('Plain <text> title');
  });
});
