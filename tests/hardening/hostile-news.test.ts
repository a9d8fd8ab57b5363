import { expect } from '@open-wc/testing';
import '../../src/news-feed.js';
import { atomNewsFeed, controlTitle, jsonNewsFeed, rssNewsFeed } from './hostile-documents.js';
import { expectHarmless, mount, mountAll, serve, titlesOf, useHostileHarness } from './hostile.js';

/** Hand-written hostile XML (tests/fixtures/hardening/xml/), and how each must end. */
const hostileXml = [
  ['xxe.rss', 'external entities (a local file, a remote DTD) and an entity that expands to markup', 'gov-load'],
  ['billion-laughs.rss', 'exponential entity expansion', 'either'],
  ['cdata-breakout.rss', 'CDATA sections closed early, XHTML elements in RSS fields', 'gov-load'],
  ['xhtml-content.atom', 'Atom xhtml constructs full of scripts, handlers, SVG, frames and forms', 'gov-load'],
  ['not-a-feed.xhtml', 'an XHTML page with scripts where a feed was expected', 'gov-error'],
] as const;

describe('hostile data: every XSS vector in every field of <gov-news-feed>', function () {
  this.timeout(60_000);
  const harness = useHostileHarness();

  it('the corpus has at least 40 vectors, each with a unique id', () => {
    expect(harness.vectors.length).to.be.at.least(40);
    expect(new Set(harness.vectors.map((vector) => vector.id)).size).to.equal(harness.vectors.length);
  });

  it('JSON Feed: full stories, short texts, images, and the attributes a CMS template fills', async () => {
    const feeds = await mountAll(
      harness,
      harness.vectors.map(({ vector }) => ({
        attributes: { show: 'full', images: '', limit: '10', 'more-href': vector, 'more-label': vector },
        inline: { type: 'application/feed+json', text: JSON.stringify(jsonNewsFeed(vector)) },
      })),
      'gov-news-feed',
    );
    for (const feed of feeds) {
      expect(titlesOf(feed)).to.include(controlTitle);
      expect(feed.shadowRoot!.querySelectorAll('[part="content"]').length).to.be.at.least(2);
    }
    await expectHarmless(harness);
    for (const feed of feeds) feed.setAttribute('show', 'summary');
    await Promise.all(feeds.map((feed) => feed.updateComplete));
    for (const feed of feeds) expect(titlesOf(feed)).to.include(controlTitle);
    await expectHarmless(harness);
  });

  for (const [format, build, type] of [
    ['RSS 2.0', rssNewsFeed, 'application/rss+xml'],
    ['Atom 1.0', atomNewsFeed, 'application/atom+xml'],
  ] as const) {
    it(`${format}: every element and attribute of an item, served over HTTP`, async () => {
      const urls = await Promise.all(harness.vectors.map(({ vector }) => serve(build(vector), type)));
      const feeds = await mountAll(
        harness,
        urls.map((src) => ({ attributes: { src, show: 'full', images: '', limit: '10' } })),
        'gov-news-feed',
      );
      for (const feed of feeds) expect(titlesOf(feed)).to.include(controlTitle);
      await expectHarmless(harness);
    });
  }

  for (const [file, what, outcome] of hostileXml) {
    it(`hostile XML: ${what} (${file})`, async () => {
      const { element, outcome: ended } = mount(harness, 'gov-news-feed', {
        src: `/tests/fixtures/hardening/xml/${file}`,
        show: 'full',
        images: '',
      });
      const event = await ended;
      if (outcome !== 'either') expect(event).to.equal(outcome);
      await element.updateComplete;
      if (event === 'gov-load') expect(titlesOf(element)).to.include(controlTitle);
      else expect(element.shadowRoot!.querySelector('[part="error"]')).to.exist;
      // Nothing of the local file, whatever the parser did with the entity.
      expect(element.shadowRoot!.textContent).not.to.match(/root:.*:0:0:/);
      await expectHarmless(harness);
    });
  }
});
