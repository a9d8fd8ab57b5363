// Feed autodiscovery (src/core/feed-discovery.ts): the feeds a web page names in <link rel="alternate">,
// read from its text without a DOM, and the one a news list or a gallery should follow.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { importTs } from '../../scripts/lib/import-ts.mjs';

const { feedLinks, discoverNewsFeed, discoverPhotoFeed } = await importTs('src/core/feed-discovery.ts');

const page = 'https://www.example.gov.rs/vesti/index.php';
const link = (attributes) => `<link ${attributes}>`;
const html = (...links) =>
  `<!DOCTYPE html><html><head><title>Site</title>${links.join('\n')}</head><body></body></html>`;

describe('feed autodiscovery', () => {
  it('reads every alternate feed link in page order, resolved, typed, titled', () => {
    const links = feedLinks(
      html(
        link('rel="alternate" type="application/rss+xml" title="Вести" href="/rss.php?lang=sr&amp;n=20"'),
        link("REL='Alternate' TYPE='application/atom+xml; charset=utf-8' HREF=atom.xml"),
        link('rel=alternate type=application/feed+json href=https://cdn.example.org/feed.json /'),
      ),
      page,
    );
    assert.deepEqual(links, [
      { url: 'https://www.example.gov.rs/rss.php?lang=sr&n=20', type: 'application/rss+xml', title: 'Вести' },
      { url: 'https://www.example.gov.rs/vesti/atom.xml', type: 'application/atom+xml', title: undefined },
      { url: 'https://cdn.example.org/feed.json', type: 'application/feed+json', title: undefined },
    ]);
  });

  it('resolves against the page’s <base href>, and ignores links in comments, scripts, templates', () => {
    const links = feedLinks(
      html(
        '<base href="https://feeds.example.gov.rs/sr/">',
        '<!-- <link rel="alternate" type="application/rss+xml" href="old.rss"> -->',
        `<script>document.write('<link rel="alternate" type="application/rss+xml" href="script.rss">')</script>`,
        '<template><link rel="alternate" type="application/rss+xml" href="template.rss"></template>',
        link('rel="alternate" type="application/rss+xml" href="news.rss"'),
      ),
      page,
    );
    assert.deepEqual(
      links.map((found) => found.url),
      ['https://feeds.example.gov.rs/sr/news.rss'],
    );
  });

  it('ignores what is no feed link: alternate stylesheets, other languages, other rels, unsafe URLs', () => {
    const links = feedLinks(
      html(
        link('rel="alternate stylesheet" type="text/css" href="contrast.css"'),
        link('rel="alternate" hreflang="en" href="/en/"'),
        link('rel="stylesheet" type="application/rss+xml" href="x.rss"'),
        link('rel="alternate" type="application/rss+xml" href="javascript:alert(1)"'),
        link('rel="alternate" type="application/rss+xml" href="data:text/xml,<rss/>"'),
        link('rel="alternate" type="application/rss+xml"'),
      ),
      page,
    );
    assert.deepEqual(links, []);
  });

  it('follows the type each element reads best, and not a comments feed while there is another', () => {
    const wordpress = html(
      link('rel="alternate" type="application/rss+xml" title="Site » Comments Feed" href="/comments/feed/"'),
      link('rel="alternate" type="application/rss+xml" title="Site » Feed" href="/feed/"'),
      link('rel="alternate" type="application/atom+xml" href="/feed/atom/"'),
      link('rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/2"'),
    );
    assert.equal(discoverNewsFeed(wordpress, page), 'https://www.example.gov.rs/feed/atom/');
    assert.equal(discoverPhotoFeed(wordpress, page), 'https://www.example.gov.rs/feed/');
    const json = html(wordpress, link('rel="alternate" type="application/feed+json" href="/feed/json/"'));
    assert.equal(discoverNewsFeed(json, page), 'https://www.example.gov.rs/feed/json/');
    const onlyComments = html(
      link('rel="alternate" type="application/rss+xml" href="/коментари.rss" title="Коментари"'),
    );
    assert.equal(
      discoverNewsFeed(onlyComments, page),
      'https://www.example.gov.rs/%D0%BA%D0%BE%D0%BC%D0%B5%D0%BD%D1%82%D0%B0%D1%80%D0%B8.rss',
    );
    assert.equal(discoverNewsFeed(html(), page), undefined);
  });

  it('never throws, and names only http(s) URLs, whatever the page holds (property)', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<link',
        'rel="alternate"',
        'type="application/rss+xml"',
        'href=',
        '"',
        "'",
        '>',
        '<!--',
        '-->',
        '<base href="',
        '&amp;',
        '&#x',
        '<script>',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join(' ');
        for (const found of feedLinks(text, page)) assert.match(found.url, /^https?:\/\//);
        const chosen = discoverNewsFeed(text, page);
        if (chosen !== undefined) assert.match(chosen, /^https?:\/\//);
      }),
    );
  });
});
