import { expect, oneEvent } from '@open-wc/testing';
import type { GovErrorDetail } from '../../src/events.js';
import { jsonFeed, mount, respond, unmountAll, widgets } from './network.js';
import { muteWarnings } from '../support/console.js';

/**
 * Feeds on another origin, on hosting that sends `Access-Control-Allow-Origin: *` and answers no
 * pre-flight (the test server answers OPTIONS with 405): every request of every widget must be a
 * CORS "simple" request (issue 22, item 5). The page is on localhost; the same server is another
 * origin as 127.0.0.1.
 */
const otherOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const elsewhere = (path: string) => otherOrigin + path;

describe('CORS: documents on another origin that answers no pre-flight', function () {
  this.timeout(20_000);
  muteWarnings();
  afterEach(unmountAll);

  it('the other origin really refuses a pre-flight', async () => {
    const fetched = fetch(elsewhere(respond({ body: '{}' })), { headers: { 'X-Custom': '1' } });
    await fetched.then(
      () => expect.fail('a request that needs a pre-flight got through'),
      (error: unknown) => expect(error).to.be.instanceOf(TypeError),
    );
  });

  for (const widget of widgets) {
    it(`<${widget.tag}> loads a document from the other origin`, async () => {
      const element = mount(widget.tag, { src: elsewhere(respond({ body: widget.good })) });
      const outcome = await Promise.race([
        oneEvent(element, 'gov-load').then(() => 'loaded'),
        oneEvent(element, 'gov-error').then((event) => (event as CustomEvent<GovErrorDetail>).detail.reason),
      ]);
      expect(outcome).to.equal('loaded');
      await element.updateComplete;
      expect(widget.shown(element)).to.deep.equal(widget.goodShown);
    });
  }

  for (const tag of ['gov-news-feed', 'gov-photo-gallery']) {
    it(`<${tag}>: "Show more" loads the next page from the other origin`, async () => {
      const item = (id: string) => ({
        id,
        title: `Item ${id}`,
        content_text: 'x',
        image: '/demo/data/photos/tara-thumb.jpg',
      });
      const second = elsewhere(respond({ body: jsonFeed('Second', [item('2')]) }));
      const first = jsonFeed('First', [item('1')], { next_url: second });
      const element = mount(tag, { src: elsewhere(respond({ body: first })), limit: '1' });
      await oneEvent(element, 'gov-load');
      await element.updateComplete;
      const errors: string[] = [];
      element.addEventListener('gov-error', (event) =>
        errors.push((event as CustomEvent<GovErrorDetail>).detail.reason),
      );
      element.shadowRoot!.querySelector<HTMLElement>('[part="more-button"]')!.click();
      const items = tag === 'gov-news-feed' ? 'article' : '[part="thumbnail"]';
      for (let wait = 0; wait < 100 && element.shadowRoot!.querySelectorAll(items).length < 2 && !errors.length; wait++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).to.deep.equal([]);
      expect(element.shadowRoot!.querySelectorAll(items)).to.have.length(2);
    });
  }
});
