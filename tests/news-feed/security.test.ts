import { aTimeout, expect, html } from '@open-wc/testing';
import { readJsonFeed } from '../../src/core/feed.js';
import type { GovNewsFeed } from '../../src/news-feed.js';
import { all, allowedUrl, boundUrls, clean, fixtures, load, one, titles, muteWarnings } from './support.js';

const pwned = () => (window as { __pwned?: unknown }).__pwned;

const forbidden =
  'script, style, iframe, object, embed, form, input, button:not([part]), select, textarea, svg, math, template, dialog, base, meta, link, video, audio, details, noscript';

/** Attributes inside the sanitized stories that no story may carry. */
function hostileAttributes(el: GovNewsFeed): string[] {
  return all(el, '[part="content"] *').flatMap((element) =>
    [...element.attributes]
      .filter((attribute) =>
        /^on|^style$|^id$|^name$|^data-|^aria-|^role$|^tabindex$|^target$|^xlink/.test(attribute.name),
      )
      .map((attribute) => `${element.localName}[${attribute.name}]`),
  );
}

describe('<gov-news-feed>: hostile feeds', () => {
  it('reads no javascript: or data: URL into the model, whatever field it is in', async () => {
    const value: unknown = await (await fetch(fixtures + 'hostile.json')).json();
    const feed = readJsonFeed(value, new URL(fixtures + 'hostile.json', location.href).href);
    const urls = JSON.stringify(feed, (key, field: unknown) => (key === 'contentHtml' ? undefined : field));
    expect(urls).not.to.match(/javascript:|data:/i);
    expect([feed.homePageUrl, feed.feedUrl, feed.icon, feed.favicon, feed.nextUrl, feed.authors[0]!.url]).to.deep.equal(
      [undefined, undefined, undefined, undefined, undefined, undefined],
    );
    expect(feed.items[0]!.attachments).to.deep.equal([]);
  });

  muteWarnings();
  afterEach(() => {
    delete (window as { __pwned?: unknown }).__pwned;
  });

  it('renders plain-text fields as text and binds no javascript:, data: or tab-obfuscated URL anywhere', async () => {
    const el = await load(html`<gov-news-feed src=${fixtures + 'hostile.json'} images></gov-news-feed>`);
    await aTimeout(100);
    expect(pwned()).to.equal(undefined);
    expect(titles(el)).to.deep.equal(['Hostile title', 'Tab in scheme', 'constructor']);
    expect(clean(one(el, '[part="summary"]')!.textContent)).to.equal('Brussels – Hostile summary & more');
    expect(clean(one(el, '[part="place"]')!.textContent)).to.equal('Brussels');
    // No URL survived for the first two items: no links, no images.
    const [first, second, third] = all(el, 'article');
    expect(first!.querySelector('a[href], img')).to.equal(null);
    expect(second!.querySelector('a[href], img')).to.equal(null);
    expect(third!.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(boundUrls(el).filter((url) => !allowedUrl.test(url))).to.deep.equal([]);
    expect(one(el, '[part="more-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('sanitizes the full story: nothing that runs, styles, frames, clobbers or poses as a control', async () => {
    const el = await load(html`<gov-news-feed src=${fixtures + 'hostile.json'} show="full" limit="1"></gov-news-feed>`);
    await el.updateComplete;
    const content = one(el, '[part="content"]')!;
    // Give anything that slipped through the chance to run: images load, handlers fire, focus moves.
    content.querySelectorAll('p').forEach((paragraph) => paragraph.click());
    await aTimeout(300);
    expect(pwned()).to.equal(undefined);
    expect([...content.querySelectorAll(forbidden)].map((element) => element.localName)).to.deep.equal([]);
    expect(hostileAttributes(el)).to.deep.equal([]);
    expect([...content.querySelectorAll('[class]')].map((element) => element.className)).to.deep.equal([]);
    expect(boundUrls(el).filter((url) => !allowedUrl.test(url))).to.deep.equal([]);
    const external = [...content.querySelectorAll('a')].find((link) => link.textContent === 'external link')!;
    expect(external.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(
      [...content.querySelectorAll('a')]
        .filter((link) => /javascript/.test(link.textContent!))
        .map((link) => link.hasAttribute('href')),
    ).to.deep.equal([false, false]);
    expect(content.textContent).to.contain('End of hostile story.');
    // Clobbering ids and names are gone, so the shadow root's own API is intact.
    expect(typeof el.shadowRoot!.querySelector).to.equal('function');
    expect(el.shadowRoot!.getElementById('hostile-id')).to.equal(null);
    // The hostile story's style attribute did not cover the page.
    expect(getComputedStyle(content.querySelector('p')!).position).to.equal('static');
    await expect(el).to.be.accessible();
  });

  it('applies the same rules to RSS and Atom stories', async () => {
    const el = await load(html`<gov-news-feed src=${fixtures + 'cutenews.rss'} show="full"></gov-news-feed>`);
    await el.updateComplete;
    await aTimeout(100);
    expect(pwned()).to.equal(undefined);
    expect(hostileAttributes(el)).to.deep.equal([]);
  });
});
