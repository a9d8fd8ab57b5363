import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { TestDataElement } from '../support/test-data-element.js';
import { LoadError } from '../../src/page/load.js';
import type { GovErrorEvent } from '../../src/events.js';
import { muteWarnings } from '../support/console.js';
import { respond } from '../support/kit.js';

const feed = (items: string[], title = 'Test') => JSON.stringify({ title, items });

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

// What every data element does (inline data, src, abort, timeout, retry, events) is the contract of
// tests/support/data-element-contract.ts, run on this element in contract.test.ts; here, the rest.
describe('GovDataElement (the shared data base)', () => {
  muteWarnings();

  describe('inline data', () => {
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
  });

  describe('loading from src', () => {
    it('resolves a relative src against the page', async () => {
      const relative = new URL('/test-api/respond?body=%7B%22items%22%3A%5B%22rel%22%5D%7D', location.href);
      const path = relative.pathname.replace(/^\//, '') + relative.search;
      const el = await create(html`<test-data-element src=${path}></test-data-element>`);
      await oneEvent(el, 'gov-load');
      expect(items(el)).to.deep.equal(['rel']);
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
