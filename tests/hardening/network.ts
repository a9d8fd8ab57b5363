/**
 * The network-fault tests' shared parts: the widgets that load data, the faults the test server
 * serves, the sentences each must produce in English and Serbian Cyrillic, and a watch on the host
 * page (its timers keep firing, nothing is thrown at it).
 */
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { GovErrorDetail } from '../../src/events.js';
import { localeReady } from '../../src/localization.js';
import { muteWarnings } from '../support/console.js';
import { widgets } from '../support/data-elements.js';
import { clean, jsonFeed, mount, outage, respond, setNetwork, unmountAll, type Widget } from '../support/kit.js';

export type Language = 'en' | 'sr-Cyrl';

export { clean, jsonFeed, mount, respond, unmountAll, widgets, type Widget };

export const messages: Record<string, Record<Language, string>> = {
  network: {
    en: 'The content could not be loaded. Check your connection and try again.',
    'sr-Cyrl': 'Садржај није могуће учитати. Проверите везу и покушајте поново.',
  },
  timeout: {
    en: 'The server took too long to answer. Please try again in a moment.',
    'sr-Cyrl': 'Сервер предуго не одговара. Покушајте поново за неколико тренутака.',
  },
  404: {
    en: 'The content was not found at its address (error 404).',
    'sr-Cyrl': 'Садржај није пронађен на наведеној адреси (грешка 404).',
  },
  500: {
    en: 'The server could not provide the content (error 500).',
    'sr-Cyrl': 'Сервер није могао да достави садржај (грешка 500).',
  },
  'too-large': {
    en: 'The content is too large to be shown here.',
    'sr-Cyrl': 'Садржај је превелик да би се овде приказао.',
  },
  invalid: {
    en: 'The content could not be read because its data is damaged.',
    'sr-Cyrl': 'Садржај није могуће прочитати јер су подаци оштећени.',
  },
  format: {
    en: 'The address does not hold content that this widget can show.',
    'sr-Cyrl': 'На наведеној адреси нема садржаја који се овде може приказати.',
  },
  page: {
    en: 'The address is a web page that links to no feed.',
    'sr-Cyrl': 'На наведеној адреси је веб-страница која не упућује ни на један фид.',
  },
};
export const retryLabel: Record<Language, string> = { en: 'Try again', 'sr-Cyrl': 'Покушајте поново' };

/**
 * Each fault: where it is served, what the widget must report, and the attributes it needs. An HTML
 * page is a web page without a feed link to a widget that reads feeds.
 */
const faults = (good: string, readsFeeds: boolean) =>
  [
    {
      name: 'a 404',
      src: respond({ status: 404, type: 'text/html', body: '<h1>Not Found</h1>' }),
      reason: 'http',
      message: '404',
      status: 404,
    },
    {
      name: 'a 500',
      src: respond({ status: 500, type: 'text/html', body: '<h1>Error</h1>' }),
      reason: 'http',
      message: '500',
      status: 500,
    },
    {
      name: 'the connection dropped without an answer',
      src: '/test-api/destroy',
      reason: 'network',
      message: 'network',
    },
    {
      name: 'no answer within a short timeout',
      src: '/test-api/hang',
      timeout: '300',
      reason: 'timeout',
      message: 'timeout',
    },
    { name: 'invalid JSON', src: respond({ body: good.slice(0, -7) }), reason: 'invalid', message: 'invalid' },
    {
      name: 'an HTML error page with status 200',
      src: respond({ type: 'text/html', body: '<!DOCTYPE html><html><body><h1>Database error</h1></body></html>' }),
      reason: 'format',
      message: readsFeeds ? 'page' : 'format',
    },
    {
      name: 'a document sent as image/png',
      src: respond({ type: 'image/png', body: good }),
      reason: 'format',
      message: 'format',
    },
    { name: 'a 10 MB feed', src: '/test-api/large?megabytes=10', reason: 'too-large', message: 'too-large' },
    {
      name: 'a 10 MB feed sent without a length',
      src: '/test-api/large?megabytes=10&chunked=1',
      reason: 'too-large',
      message: 'too-large',
    },
    {
      name: 'a trickle slower than the timeout',
      src: `/test-api/trickle?${new URLSearchParams({ body: good, chunks: '10', interval: '150' })}`,
      timeout: '500',
      reason: 'timeout',
      message: 'timeout',
    },
  ] as const;

/** What the host page must keep doing while a widget fails: its timers fire, nothing is thrown at it. */
export function watchHostPage() {
  const host = { ticks: 0, errors: [] as string[], rejections: [] as string[] };
  const timer = setInterval(() => host.ticks++, 10);
  const onError = (event: ErrorEvent) => host.errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => host.rejections.push(String(event.reason));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    host,
    stop() {
      clearInterval(timer);
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export async function setLanguage(lang: Language): Promise<void> {
  document.documentElement.lang = lang;
  await aTimeout(0);
  await localeReady();
  await aTimeout(0);
}

export const errorOf = (element: Element) => element.shadowRoot!.querySelector('[part="error"]');

/** Mutes the widgets' console warnings (each failure is rightly reported there too) and watches the host page. */
function useWatch(): { current: ReturnType<typeof watchHostPage> } {
  const watch = {} as { current: ReturnType<typeof watchHostPage> };
  muteWarnings();
  beforeEach(() => {
    watch.current = watchHostPage();
  });
  afterEach(async () => {
    watch.current.stop();
    unmountAll();
    await setLanguage('en');
  });
  return watch;
}

/** Every fault for one widget, in English and in Serbian Cyrillic, and the cases that must not fail. */
export function describeNetworkFaults(widget: (typeof widgets)[number]): void {
  describe(`<${widget.tag}>: network faults, served by the test server`, function () {
    this.timeout(20_000);
    const watch = useWatch();

    for (const lang of ['en', 'sr-Cyrl'] as const) {
      describe(lang, () => {
        beforeEach(() => setLanguage(lang));

        for (const [index, fault] of faults(widget.good, 'readsFeeds' in widget).entries()) {
          it(`${fault.name}: a clear message with retry, gov-error "${fault.reason}", the last good content kept`, async () => {
            const element = mount(widget.tag, { src: respond({ body: widget.good }) });
            await oneEvent(element, 'gov-load');
            await element.updateComplete;
            expect(widget.shown(element)).to.deep.equal(widget.goodShown);

            const ticks = watch.current.host.ticks;
            if ('timeout' in fault) element.setAttribute('timeout', fault.timeout);
            const failed = oneEvent(element, 'gov-error');
            element.setAttribute('src', fault.src);
            const { detail } = (await failed) as CustomEvent<GovErrorDetail>;
            await element.updateComplete;

            const message = messages[fault.message]![lang];
            expect(detail.reason).to.equal(fault.reason);
            if ('status' in fault) expect(detail.status).to.equal(fault.status);
            expect(detail.message).to.equal(message);
            const error = errorOf(element)!;
            expect(error.getAttribute('role')).to.equal('alert');
            expect(clean(error.querySelector('p')!.textContent)).to.equal(message);
            const retry = error.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
            expect(clean(retry.textContent)).to.equal(retryLabel[lang]);
            expect(widget.shown(element), 'the last good content').to.deep.equal(widget.goodShown);
            expect(element.matches(':state(error)')).to.equal(true);
            if (index === 0) await expect(element).to.be.accessible();

            // Retry asks again (and fails again, the fault being permanent): the button works.
            const again = oneEvent(element, 'gov-error');
            retry.click();
            expect(((await again) as CustomEvent<GovErrorDetail>).detail.reason).to.equal(fault.reason);

            await aTimeout(50);
            expect(watch.current.host.ticks, 'the host page’s timers fired meanwhile').to.be.greaterThan(ticks);
            expect(watch.current.host.errors, 'errors thrown at the host page').to.deep.equal([]);
            expect(watch.current.host.rejections, 'unhandled rejections').to.deep.equal([]);
          });
        }
      });
    }

    it('a retry after the connection came back shows the content and clears the error', async () => {
      const key = `${widget.tag}-${Math.random()}`;
      await setNetwork(key, 'down');
      const element = mount(widget.tag, { src: outage(key, widget.good) });
      expect(((await oneEvent(element, 'gov-error')) as CustomEvent<GovErrorDetail>).detail.reason).to.equal('network');
      await element.updateComplete;
      await setNetwork(key, 'up');
      errorOf(element)!.querySelector<HTMLElement>('[part="retry-button"]')!.click();
      await oneEvent(element, 'gov-load');
      await element.updateComplete;
      expect(widget.shown(element)).to.deep.equal(widget.goodShown);
      expect(errorOf(element)).to.equal(null);
      expect(watch.current.host.rejections).to.deep.equal([]);
    });

    it('a document arriving in a slow trickle, within the timeout, is shown', async () => {
      const element = mount(widget.tag, {
        src: `/test-api/trickle?${new URLSearchParams({ body: widget.good, chunks: '8', interval: '100' })}`,
      });
      await oneEvent(element, 'gov-load');
      await element.updateComplete;
      expect(widget.shown(element)).to.deep.equal(widget.goodShown);
    });

    it('a valid document sent as text/plain or text/html is shown (the content decides, not the label)', async () => {
      for (const type of ['text/plain', 'text/html; charset=utf-8']) {
        const element = mount(widget.tag, { src: respond({ type, body: widget.good }) });
        await oneEvent(element, 'gov-load');
        await element.updateComplete;
        expect(widget.shown(element), type).to.deep.equal(widget.goodShown);
      }
    });
  });
}

/**
 * "Show more" when the network goes away: the next page fails at the network level, the loaded
 * page stays, the error has a retry, which fails while the network is down and works once it is back.
 */
export function describeShowMoreOutage(
  tag: string,
  pages: { first: (next: string) => string; second: string; shown: (element: Element) => string[] },
  attributes: Record<string, string> = {},
): void {
  describe(`<${tag}>: the network goes away during "Show more"`, function () {
    this.timeout(20_000);
    const watch = useWatch();

    for (const lang of ['en', 'sr-Cyrl'] as const) {
      it(`the page stays, the error says so (${lang}) with a retry that works once the network is back`, async () => {
        await setLanguage(lang);
        const key = `${tag}-more-${Math.random()}`;
        const element = mount(tag, { ...attributes, src: respond({ body: pages.first(outage(key, pages.second)) }) });
        await oneEvent(element, 'gov-load');
        await element.updateComplete;
        const firstShown = pages.shown(element);
        expect(firstShown).to.have.length(1);

        await setNetwork(key, 'down');
        let failed = oneEvent(element, 'gov-error');
        element.shadowRoot!.querySelector<HTMLElement>('[part="more-button"]')!.click();
        const { detail } = (await failed) as CustomEvent<GovErrorDetail>;
        expect(detail.reason).to.equal('network');
        expect(detail.message).to.equal(messages.network![lang]);
        await element.updateComplete;
        const error = errorOf(element)!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(clean(error.textContent)).to.contain(messages.network![lang]);
        expect(pages.shown(element), 'the loaded page stays').to.deep.equal(firstShown);
        const retry = () => element.shadowRoot!.querySelector<HTMLElement>('[part="retry-button"]')!;
        expect(clean(retry().textContent)).to.equal(retryLabel[lang]);
        await expect(element).to.be.accessible();

        // Still down: the retry fails again, and says so again.
        failed = oneEvent(element, 'gov-error');
        retry().click();
        await failed;
        await element.updateComplete;
        expect(pages.shown(element)).to.deep.equal(firstShown);

        // Back: the retry brings the next page, and the error goes.
        await setNetwork(key, 'up');
        retry().click();
        await waitUntil(() => pages.shown(element).length === 2, 'the next page did not come after the retry');
        await element.updateComplete;
        expect(errorOf(element)).to.equal(null);
        expect(element.matches(':state(ready)')).to.equal(true);
        expect(watch.current.host.errors).to.deep.equal([]);
        expect(watch.current.host.rejections).to.deep.equal([]);
      });
    }
  });
}
