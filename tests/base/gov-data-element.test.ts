import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { TestDataElement } from '../support/test-data-element.js';
import { LoadError } from '../../src/core/load.js';
import type { GovErrorEvent, GovLoadEvent } from '../../src/events.js';
import { muteWarnings } from '../support/console.js';

const feed = (items: string[], title = 'Test') => JSON.stringify({ title, items });
const respond = (params: Record<string, string | number>) =>
  `/test-api/respond?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);

/** Creates the element without awaiting its load, so a test can listen for the first event. */
async function create(template: ReturnType<typeof html>): Promise<TestDataElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const wrapper = document.createElement('div');
  host.append(wrapper);
  const { render } = await import('lit');
  render(template, wrapper);
  return wrapper.firstElementChild as TestDataElement;
}

describe('GovDataElement (the shared data base)', () => {
  muteWarnings();

  describe('inline data', () => {
    it('renders an inline <script type="application/feed+json"> without any request', async () => {
      const requests: string[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => requests.push(e.name)));
      observer.observe({ type: 'resource' });
      const el = await fixture<TestDataElement>(
        html`<test-data-element>
          <script type="application/feed+json">
            { "title": "Inline", "items": ["one", "two"] }
          </script>
        </test-data-element>`,
      );
      expect(items(el)).to.deep.equal(['one', 'two']);
      observer.disconnect();
      expect(requests.filter((name) => name.includes('test-api'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('prefers inline data over src, and reads application/json too', async () => {
      const el = await fixture<TestDataElement>(
        html`<test-data-element src=${respond({ body: feed(['remote']) })}>
          <script type="application/json">
            { "items": ["inline"] }
          </script>
        </test-data-element>`,
      );
      expect(items(el)).to.deep.equal(['inline']);
    });

    it('re-renders when a page script replaces the inline data', async () => {
      const el = await fixture<TestDataElement>(
        html`<test-data-element>
          <script type="application/json">
            { "items": ["before"] }
          </script>
        </test-data-element>`,
      );
      el.querySelector('script')!.textContent = '{"items": ["after"]}';
      await waitUntil(() => items(el)[0] === 'after', 'inline change not picked up');
    });

    it('shows the error state, without a retry button, for broken inline JSON', async () => {
      const el = await fixture<TestDataElement>(
        html`<test-data-element>
          <script type="application/json">
            {"items": [
          </script>
        </test-data-element>`,
      );
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('damaged');
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('loading from src', () => {
    it('loads, fires gov-load with the count and title, and shows the content', async () => {
      const el = await create(
        html`<test-data-element src=${respond({ body: feed(['a', 'b', 'c'], 'Remote') })}></test-data-element>`,
      );
      const event = (await oneEvent(el, 'gov-load')) as GovLoadEvent;
      expect(event.detail).to.deep.equal({ count: 3, title: 'Remote' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(items(el)).to.deep.equal(['a', 'b', 'c']);
    });

    it('shows a busy loading state while the request is under way', async () => {
      const el = await create(
        html`<test-data-element src=${respond({ body: feed(['late']), delay: 400 })}></test-data-element>`,
      );
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
      expect(el.matches(':state(loading)')).to.equal(true);
      await expect(el).to.be.accessible();
      await oneEvent(el, 'gov-load');
      expect(base.getAttribute('aria-busy')).to.equal('false');
      expect(el.matches(':state(ready)')).to.equal(true);
    });

    it('resolves a relative src against the page', async () => {
      const relative = new URL('/test-api/respond?body=%7B%22items%22%3A%5B%22rel%22%5D%7D', location.href);
      const path = relative.pathname.replace(/^\//, '') + relative.search;
      const el = await create(html`<test-data-element src=${path}></test-data-element>`);
      await oneEvent(el, 'gov-load');
      expect(items(el)).to.deep.equal(['rel']);
    });

    it('aborts a stale request when src changes, and never shows its answer', async () => {
      const el = await create(
        html`<test-data-element src=${respond({ body: feed(['stale']), delay: 600 })}></test-data-element>`,
      );
      await el.updateComplete;
      el.src = respond({ body: feed(['fresh']), delay: 50 });
      await oneEvent(el, 'gov-load');
      expect(items(el)).to.deep.equal(['fresh']);
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(items(el)).to.deep.equal(['fresh']);
    });

    it('gives up after the timeout with a timeout error', async () => {
      const el = await create(html`<test-data-element src="/test-api/hang" timeout="300"></test-data-element>`);
      const event = (await oneEvent(el, 'gov-error')) as GovErrorEvent;
      expect(event.detail.reason).to.equal('timeout');
      expect(shadowText(el)).to.contain('took too long');
    });

    it('counts the body against the timeout (a slow trickle)', async () => {
      const body = encodeURIComponent(feed(['slow']));
      const el = await create(
        html`<test-data-element
          src=${`/test-api/trickle?chunks=10&interval=200&body=${body}`}
          timeout="500"
        ></test-data-element>`,
      );
      const event = (await oneEvent(el, 'gov-error')) as GovErrorEvent;
      expect(event.detail.reason).to.equal('timeout');
    });
  });

  describe('errors', () => {
    const cases: [string, string, string, string][] = [
      ['404', respond({ status: 404, body: 'Not here' }), 'http', 'not found'],
      ['500', respond({ status: 500, body: 'Oops' }), 'http', 'error 500'],
      ['invalid JSON', respond({ body: '{"items": [1,' }), 'invalid', 'damaged'],
      [
        'an HTML page with status 200',
        respond({ type: 'text/html', body: '<!DOCTYPE html><html><body>Error</body></html>' }),
        'format',
        'does not hold',
      ],
      ['an image', respond({ type: 'image/png', body: 'PNG' }), 'format', 'does not hold'],
      ['JSON that is not the expected document', respond({ body: '{"hello": "world"}' }), 'format', 'does not hold'],
      ['a refused connection', 'http://127.0.0.1:9/feed.json', 'network', 'connection'],
    ];
    for (const [name, src, reason, words] of cases) {
      it(`explains ${name} in words, with a retry button, and fires gov-error`, async () => {
        const el = await create(html`<test-data-element src=${src}></test-data-element>`);
        const event = (await oneEvent(el, 'gov-error')) as GovErrorEvent;
        expect(event.detail.reason).to.equal(reason);
        expect(event.detail.message.toLowerCase()).to.contain(words);
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent!.toLowerCase()).to.contain(words);
        expect(alert.querySelector('button')!.textContent!.trim()).to.equal('Try again');
        await expect(el).to.be.accessible();
      });
    }

    it('explains a missing source without a retry button', async () => {
      const el = await create(html`<test-data-element></test-data-element>`);
      const event = (await oneEvent(el, 'gov-error')) as GovErrorEvent;
      expect(event.detail.reason).to.equal('no-source');
      expect(el.shadowRoot!.querySelector('[role="alert"] button')).to.equal(null);
    });

    it('keeps the last good content when a reload fails, and recovers on retry', async () => {
      const good = respond({ body: feed(['kept']) });
      const el = await create(html`<test-data-element src=${good}></test-data-element>`);
      await oneEvent(el, 'gov-load');
      el.src = respond({ status: 503 });
      await oneEvent(el, 'gov-error');
      expect(items(el)).to.deep.equal(['kept']);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      el.src = good;
      await oneEvent(el, 'gov-load');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('retries the same src when the retry button is pressed', async () => {
      const el = await create(html`<test-data-element src=${respond({ status: 500 })}></test-data-element>`);
      await oneEvent(el, 'gov-error');
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
      button.focus();
      const retried = oneEvent(el, 'gov-error');
      button.click();
      await retried;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    });

    it('never lets a failure escape as an unhandled rejection or exception', async () => {
      const escaped: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => escaped.push(event.reason);
      const onError = (event: ErrorEvent) => escaped.push(event.error);
      window.addEventListener('unhandledrejection', onRejection);
      window.addEventListener('error', onError);
      const el = await create(html`<test-data-element src=${respond({ status: 500 })}></test-data-element>`);
      await oneEvent(el, 'gov-error');
      el.src = '/test-api/hang';
      await el.updateComplete;
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 100));
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
      expect(escaped).to.deep.equal([]);
    });
  });

  describe('errors of further loads (the document controller’s report / recover)', () => {
    class PagingElement extends TestDataElement {
      failPage(error: unknown) {
        this.documents.report(error, true);
      }
      recoverPage() {
        this.documents.recover();
      }
    }
    customElements.define('test-paging-element', PagingElement);

    it('shows a reported error with the content kept, and takes it back once the page succeeds', async () => {
      const el = document.createElement('test-paging-element') as PagingElement;
      el.innerHTML = '<script type="application/json">{"items": ["kept"]}</script>';
      await fixture(el);
      const failed = oneEvent(el, 'gov-error');
      el.failPage(new LoadError('network', 'page 2 unreachable'));
      expect(((await failed) as GovErrorEvent).detail.reason).to.equal('network');
      await el.updateComplete;
      expect(el.matches(':state(error)')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      expect(items(el)).to.deep.equal(['kept']);
      el.recoverPage();
      await el.updateComplete;
      expect(el.matches(':state(ready)') && !el.matches(':state(error)')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(items(el)).to.deep.equal(['kept']);
    });
  });

  describe('empty state', () => {
    it('says there is nothing to show yet', async () => {
      const el = await fixture<TestDataElement>(
        html`<test-data-element>
          <script type="application/json">
            { "items": [] }
          </script>
        </test-data-element>`,
      );
      expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('Nothing to show yet.');
      await expect(el).to.be.accessible();
    });
  });
});
