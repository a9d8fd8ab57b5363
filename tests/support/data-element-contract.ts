/**
 * The contract every element that shows a document keeps, run against each of them (as Shoelace's
 * form-control base tests are): inline data, `src`, abort on `src` change, timeout, retry that keeps
 * the last good content, and the `gov-load` / `gov-error` events. An element's own test files add
 * only what is its own.
 */
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { GovErrorDetail, GovLoadDetail } from '../../src/events.js';
import { muteWarnings } from './console.js';
import type { DataElementSubject } from './data-elements.js';
import { clean, mount, outage, respond, setNetwork, unmountAll, type Widget } from './kit.js';

const loaded = async (element: Widget): Promise<GovLoadDetail> => {
  const { detail } = (await oneEvent(element, 'gov-load')) as CustomEvent<GovLoadDetail>;
  await element.updateComplete;
  return detail;
};
const failed = async (element: Widget): Promise<GovErrorDetail> => {
  const { detail } = (await oneEvent(element, 'gov-error')) as CustomEvent<GovErrorDetail>;
  await element.updateComplete;
  return detail;
};
const alertOf = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part="error"][role="alert"]');
const retryOf = (element: Element) => alertOf(element)?.querySelector<HTMLButtonElement>('[part="retry-button"]');

/** The fetch requests started while `run` runs: their address and whether their signal was aborted since. */
async function fetchesDuring(run: () => Promise<void>): Promise<{ url: string; signal?: AbortSignal | null }[]> {
  const started: { url: string; signal?: AbortSignal | null }[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    started.push({ url: String(input instanceof Request ? input.url : input), signal: init?.signal });
    return original(input, init);
  };
  try {
    await run();
  } finally {
    window.fetch = original;
  }
  return started;
}

export function describeDataElementContract(subject: DataElementSubject): void {
  const { tag, inlineType } = subject;
  const inline = (text: string) => ({ type: inlineType, text });

  describe(`<${tag}>: the data-element contract`, function () {
    this.timeout(20_000);
    muteWarnings();
    afterEach(unmountAll);

    describe('inline data', () => {
      it('is shown without any request, with gov-load and :state(ready)', async () => {
        let element!: Widget;
        let detail!: GovLoadDetail;
        const requests = await fetchesDuring(async () => {
          element = mount(tag, {}, inline(subject.good));
          detail = await loaded(element);
        });
        expect(requests.map(({ url }) => url)).to.deep.equal([]);
        expect(subject.shown(element)).to.deep.equal(subject.goodShown);
        expect(detail).to.deep.equal(subject.goodDetail);
        expect(element.matches(':state(ready)')).to.equal(true);
        await expect(element).to.be.accessible();
      });

      it('wins over src, and is shown again when a page script replaces it', async () => {
        const element = mount(tag, { src: respond({ body: subject.newer }) }, inline(subject.good));
        await loaded(element);
        expect(subject.shown(element)).to.deep.equal(subject.goodShown);
        const again = loaded(element);
        element.querySelector('script')!.textContent = subject.newer;
        await again;
        expect(subject.shown(element)).to.deep.equal(subject.newerShown);
      });

      it('damaged: says so in words, without "Try again" (retrying cannot help), gov-error "invalid"', async () => {
        const element = mount(tag, {}, inline(subject.good.slice(0, -3)));
        const detail = await failed(element);
        expect(detail.reason).to.equal('invalid');
        expect(clean(alertOf(element)!.textContent)).to.equal(detail.message);
        expect(detail.message).to.contain('damaged');
        expect(retryOf(element)).to.equal(null);
        expect(element.matches(':state(error)')).to.equal(true);
        await expect(element).to.be.accessible();
      });

      it('absent, and no src: says there is nothing to show, without "Try again"', async () => {
        const element = mount(tag);
        expect((await failed(element)).reason).to.equal('no-source');
        expect(alertOf(element)).to.exist;
        expect(retryOf(element)).to.equal(null);
      });
    });

    describe('src', () => {
      it('is busy with a placeholder while loading, then shows the document with gov-load and :state(ready)', async () => {
        const element = mount(tag, { src: respond({ body: subject.good, delay: 400 }) });
        const done = loaded(element);
        await element.updateComplete;
        const base = element.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('aria-busy')).to.equal('true');
        expect(element.shadowRoot!.querySelector('[part="loading"]')).to.exist;
        expect(element.matches(':state(loading)')).to.equal(true);
        await expect(element).to.be.accessible();
        expect(await done).to.deep.equal(subject.goodDetail);
        expect(subject.shown(element)).to.deep.equal(subject.goodShown);
        expect(base.getAttribute('aria-busy')).to.equal('false');
        expect(element.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
        expect(element.matches(':state(ready)') && !element.matches(':state(loading)')).to.equal(true);
      });

      it('a change aborts the request on its way, whose answer is never shown; gov-load fires once', async () => {
        const stale = respond({ body: subject.good, delay: 800, n: Math.random() });
        let element!: Widget;
        const loads: string[][] = [];
        const requests = await fetchesDuring(async () => {
          element = mount(tag, { src: stale });
          element.addEventListener('gov-load', () => loads.push(subject.shown(element)));
          await waitUntil(() => element.matches(':state(loading)'), 'the first request did not start');
          element.setAttribute('src', respond({ body: subject.newer }));
          await waitUntil(() => loads.length === 1, 'the newer document did not load');
        });
        const staleRequest = requests.find(({ url }) => url.endsWith(stale));
        expect(staleRequest, 'the first request').to.exist;
        expect(staleRequest!.signal?.aborted, 'the first request is aborted').to.equal(true);
        // Long after the stale answer would have come.
        await aTimeout(1000);
        expect(loads).to.deep.equal([subject.newerShown]);
        expect(subject.shown(element)).to.deep.equal(subject.newerShown);
        expect(alertOf(element)).to.equal(null);
      });

      it('gives up after `timeout` milliseconds with a timeout error and "Try again"', async () => {
        const element = mount(tag, { src: '/test-api/hang', timeout: '1000' });
        const start = performance.now();
        const detail = await failed(element);
        expect(detail.reason).to.equal('timeout');
        expect(performance.now() - start).to.be.within(950, 5000);
        expect(clean(alertOf(element)!.querySelector('p')!.textContent)).to.equal(detail.message);
        expect(retryOf(element)).to.exist;
        expect(element.matches(':state(error)')).to.equal(true);
      });

      it('a failed reload keeps the last good content under the error; "Try again" shows the document and clears it', async () => {
        const key = `${tag}-contract-${Math.random()}`;
        const element = mount(tag, { src: respond({ body: subject.good }) });
        await loaded(element);
        await setNetwork(key, 'down');
        element.setAttribute('src', outage(key, subject.newer));
        expect((await failed(element)).reason).to.equal('network');
        expect(subject.shown(element), 'the last good content').to.deep.equal(subject.goodShown);
        expect(alertOf(element)).to.exist;
        expect(element.matches(':state(error)')).to.equal(true);
        await expect(element).to.be.accessible();
        await setNetwork(key, 'up');
        const again = loaded(element);
        retryOf(element)!.click();
        await again;
        expect(subject.shown(element)).to.deep.equal(subject.newerShown);
        expect(alertOf(element)).to.equal(null);
        expect(element.matches(':state(ready)') && !element.matches(':state(error)')).to.equal(true);
      });
    });

    describe('events', () => {
      it('gov-load and gov-error bubble out of the shadow root to the page, gov-error naming reason, message, status and url', async () => {
        const heard: Event[] = [];
        const listen = (event: Event) => heard.push(event);
        document.addEventListener('gov-load', listen);
        document.addEventListener('gov-error', listen);
        try {
          const element = mount(tag, { src: respond({ body: subject.good }) });
          await loaded(element);
          const missing = respond({ status: 404, type: 'text/html', body: 'Not here' });
          element.setAttribute('src', missing);
          const detail = await failed(element);
          expect(heard.map((event) => [event.type, event.target, event.bubbles, event.composed])).to.deep.equal([
            ['gov-load', element, true, true],
            ['gov-error', element, true, true],
          ]);
          expect(detail).to.deep.equal({
            reason: 'http',
            status: 404,
            url: new URL(missing, location.href).href,
            message: clean(alertOf(element)!.querySelector('p')!.textContent),
          });
          expect(detail.message).to.contain('404');
        } finally {
          document.removeEventListener('gov-load', listen);
          document.removeEventListener('gov-error', listen);
        }
      });
    });
  });
}
