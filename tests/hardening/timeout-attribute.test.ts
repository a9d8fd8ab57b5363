import { expect, oneEvent } from '@open-wc/testing';
import type { GovErrorDetail } from '../../src/events.js';
import { mount, respond, unmountAll, widgets } from './network.js';

/**
 * `timeout` as webmasters write it (issue 22, item 13): a value that is not a time in milliseconds
 * falls back to the default with one warning, and any number is kept within 1 s to 120 s, so a
 * healthy server is never given up on at once.
 */
describe('the timeout attribute: wrong values never fail a healthy document', function () {
  this.timeout(20_000);
  let warnings: string[];
  let warn: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
    unmountAll();
  });

  const outcome = (element: HTMLElement) =>
    Promise.race([
      oneEvent(element, 'gov-load').then(() => 'loaded'),
      oneEvent(element, 'gov-error').then((event) => (event as CustomEvent<GovErrorDetail>).detail.reason),
    ]);

  // Every kind of wrong value on one widget; the other two share the same code, checked once each.
  const cases = [
    ...['10s', 'abc', '0', '-5', '', '4294967296', 'Infinity', '500'].map((timeout) => ({
      widget: widgets[0],
      timeout,
    })),
    { widget: widgets[1], timeout: '10s' },
    { widget: widgets[2], timeout: '4294967296' },
  ];
  for (const { widget, timeout } of cases) {
    it(`<${widget.tag} timeout="${timeout}"> waits for an answer that takes 700 ms`, async () => {
      const element = mount(widget.tag, { timeout, src: respond({ delay: 700, body: widget.good }) });
      expect(await outcome(element)).to.equal('loaded');
      await element.updateComplete;
      expect(widget.shown(element)).to.deep.equal(widget.goodShown);
      const named = warnings.filter((warning) => warning.includes(`timeout="${timeout}"`));
      expect(named, 'one warning that names the value').to.have.length(1);
      // Loading again does not warn again.
      element.setAttribute('src', respond({ body: widget.newer }));
      expect(await outcome(element)).to.equal('loaded');
      expect(warnings.filter((warning) => warning.includes(`timeout="${timeout}"`))).to.have.length(1);
    });
  }

  it('a valid timeout within 1 to 120 seconds is used as written, without a warning', async () => {
    const element = mount('gov-news-feed', { timeout: '1500', src: '/test-api/hang' });
    const start = performance.now();
    expect(await outcome(element)).to.equal('timeout');
    expect(performance.now() - start).to.be.within(1400, 5000);
    expect(warnings.filter((warning) => warning.includes('timeout='))).to.deep.equal([]);
  });

  it('a timeout under a second is raised to one second, with a warning', async () => {
    const element = mount('gov-contact-card', { timeout: '100', src: '/test-api/hang' });
    const start = performance.now();
    expect(await outcome(element)).to.equal('timeout');
    expect(performance.now() - start).to.be.at.least(950);
    expect(warnings.filter((warning) => warning.includes('timeout="100"'))).to.have.length(1);
  });
});
