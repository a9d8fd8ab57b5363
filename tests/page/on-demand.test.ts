import { expect } from '@open-wc/testing';
import { onDemand } from '../../src/page/on-demand.js';

describe('onDemand', () => {
  let error: typeof console.error;
  let said: string[];
  beforeEach(() => {
    error = console.error;
    said = [];
    console.error = (message: string) => said.push(message);
  });
  afterEach(() => {
    console.error = error;
  });

  it('loads once, exposes the module once loaded, and tries again after a failure', async () => {
    let calls = 0;
    let fail = true;
    const module = { name: 'module' };
    const get = onDemand('the test part', async () => {
      calls++;
      if (fail) throw new Error('offline');
      return module;
    });
    expect(get.loaded).to.equal(undefined);
    let failed: unknown;
    await get().catch((error: unknown) => (failed = error));
    expect((failed as Error).message).to.equal('offline');
    expect(get.loaded).to.equal(undefined);
    fail = false;
    const [first, second] = await Promise.all([get(), get()]);
    expect(first).to.equal(module);
    expect(second).to.equal(module);
    expect(get.loaded).to.equal(module);
    await get();
    expect(calls).to.equal(2, 'one failed attempt, one load');
  });

  it('says once on the console which file is missing and what to upload', async () => {
    const get = onDemand(
      'the photo viewer (lightbox)',
      () =>
        // A sibling file that is not on the server: the real failure, with the browser's own message.
        import(/* @vite-ignore */ `${location.origin}/dist/gov-widgets-missing-${Date.now()}.js`),
    );
    await get().catch(() => undefined);
    await get().catch(() => undefined);
    expect(said).to.have.length(1);
    expect(said[0]).to.match(
      /^gov-widgets: the photo viewer \(lightbox\) did not load \(http:\/\/[^)]*gov-widgets-missing-\d+\.js\)/,
    );
    expect(said[0]).to.contain('gov-widgets.js with every gov-widgets-*.js file beside it');
  });
});
