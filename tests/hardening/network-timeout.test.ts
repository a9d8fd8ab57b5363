import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import type { GovErrorDetail } from '../../src/events.js';
import { mount, unmountAll, watchHostPage, widgets } from './network.js';

describe('network faults: a request that never answers, with the default timeout', () => {
  it('every widget gives up after 10 seconds, not before, and the host page runs on', async function () {
    this.timeout(16_000);
    const warn = console.warn;
    console.warn = () => undefined;
    const watch = watchHostPage();
    try {
      const elements = widgets.map(({ tag }) => mount(tag, { src: '/test-api/hang' }));
      for (const element of elements) expect(element.timeout).to.equal(10_000);
      const start = performance.now();
      const failures = elements.map((element) =>
        oneEvent(element, 'gov-error').then((event) => ({
          reason: (event as CustomEvent<GovErrorDetail>).detail.reason,
          after: performance.now() - start,
        })),
      );
      await aTimeout(8000);
      expect(
        elements.map((element) => element.matches(':state(loading)')),
        'still waiting after 8 s',
      ).to.deep.equal([true, true, true]);
      const ticks = watch.host.ticks;
      for (const { reason, after } of await Promise.all(failures)) {
        expect(reason).to.equal('timeout');
        expect(after).to.be.within(9_500, 12_000);
      }
      expect(watch.host.ticks).to.be.greaterThan(ticks);
      expect(watch.host.errors).to.deep.equal([]);
      expect(watch.host.rejections).to.deep.equal([]);
    } finally {
      watch.stop();
      console.warn = warn;
      unmountAll();
    }
  });
});
