import { expect } from '@open-wc/testing';
import { onDemand } from '../../src/core/on-demand.js';

describe('onDemand', () => {
  it('loads once, exposes the module once loaded, and tries again after a failure', async () => {
    let calls = 0;
    let fail = true;
    const module = { name: 'module' };
    const get = onDemand(async () => {
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
});
