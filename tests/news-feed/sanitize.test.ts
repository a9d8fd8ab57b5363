import { aTimeout, expect } from '@open-wc/testing';
import { demoteHeadings, sanitizeFeedHtml } from '../../src/core/sanitize.js';

const fixtures = new URL('/tests/fixtures/news-feed/', location.href).href;
const itemUrl = 'https://mission.example.org/vesti/2016/story.html';

/** Sanitizes and puts the result in a live container, where anything that could run would run. */
async function render(html: string, base = itemUrl): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.append(await sanitizeFeedHtml(html, base));
  document.body.append(container);
  return container;
}

const forbidden =
  'script, style, iframe, object, embed, form, input, button, select, textarea, svg, math, template, dialog, base, meta, link, video, audio, details, noscript';

/** Every attribute in the tree that is not on the allowlist of the sanitizer or ours. */
function unexpectedAttributes(root: Element): string[] {
  const allowed = new Set([
    'href',
    'src',
    'srcset',
    'sizes',
    'alt',
    'title',
    'width',
    'height',
    'lang',
    'dir',
    'datetime',
    'cite',
    'colspan',
    'rowspan',
    'scope',
    'headers',
    'abbr',
    'start',
    'reversed',
    'rel',
    'loading',
    'decoding',
    'referrerpolicy',
    'class',
  ]);
  return [...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes]
      .filter((attribute) => !allowed.has(attribute.name))
      .map((attribute) => `${element.localName}[${attribute.name}]`),
  );
}

describe('sanitizeFeedHtml (src/core/sanitize.ts)', () => {
  let hostile: string;
  before(async () => {
    hostile = (await (await fetch(fixtures + 'hostile.json')).json()).items[0].content_html;
  });
  afterEach(() => {
    document.querySelectorAll('body > div').forEach((container) => container.remove());
    delete (window as { __pwned?: unknown }).__pwned;
  });

  it('returns a DocumentFragment', async () => {
    expect(await sanitizeFeedHtml('<p>x</p>', itemUrl)).to.be.instanceOf(DocumentFragment);
  });

  it('keeps the markup of a news story', async () => {
    const story =
      '<h2>Heading</h2><p>A <em>b</em> <strong>c</strong> <a href="https://example.org/">d</a><br>e <abbr title="North Atlantic Treaty Organization">NATO</abbr> <time datetime="2016-11-23">today</time> <q>q</q> <mark>m</mark> <sub>1</sub><sup>2</sup></p>' +
      '<ul><li>one</li></ul><ol start="3"><li>three</li></ol><blockquote><p>quote</p></blockquote><hr>' +
      '<figure><img src="a.jpg" alt="A" width="640" height="360"><figcaption>Caption</figcaption></figure>' +
      '<table><caption>T</caption><thead><tr><th scope="col">H</th></tr></thead><tbody><tr><td colspan="2">D</td></tr></tbody></table>';
    const container = await render(story);
    for (const selector of [
      'h2',
      'em',
      'strong',
      'a',
      'br',
      'abbr[title]',
      'time[datetime]',
      'q',
      'mark',
      'sub',
      'sup',
      'ul li',
      'ol[start="3"]',
      'blockquote p',
      'hr',
      'figure img',
      'figcaption',
      'table caption',
      'th[scope="col"]',
      'td[colspan="2"]',
    ]) {
      expect(container.querySelector(selector), selector).to.exist;
    }
  });

  it('removes everything that can run, style, frame, clobber or pose as UI in the hostile corpus', async () => {
    const container = await render(hostile);
    await aTimeout(100);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    expect([...container.querySelectorAll(forbidden)].map((element) => element.localName)).to.deep.equal([]);
    expect(unexpectedAttributes(container)).to.deep.equal([]);
    expect(container.querySelectorAll('[class]:not(.table-scroll)')).to.have.length(0);
    expect(container.textContent).to.contain('End of hostile story.');
    expect(container.innerHTML).not.to.match(/javascript:|vbscript:|data:/i);
  });

  it('lets only http, https, mailto and tel links through, made absolute against the item URL', async () => {
    const container = await render(
      '<a href="javascript:alert(1)">a</a><a href=" JaVa&#x09;ScRiPt:alert(1)">b</a><a href="data:text/html,x">c</a>' +
        '<a href="../photos/">d</a><a href="mailto:press@example.org">e</a><a href="tel:+3211706200">f</a><a href="//cdn.example.org/x">g</a>',
    );
    expect([...container.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal([
      null,
      null,
      null,
      'https://mission.example.org/vesti/photos/',
      'mailto:press@example.org',
      'tel:+3211706200',
      'https://cdn.example.org/x',
    ]);
  });

  it('marks links to other sites noopener noreferrer, drops target, and leaves same-origin links alone', async () => {
    const here = new URL('/news/1.html', location.href).href;
    const container = await render(
      '<a href="https://evil.example/" target="_blank" rel="opener">x</a><a href="2.html" target="_top">y</a>',
      here,
    );
    const [external, local] = container.querySelectorAll('a');
    expect(external!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(external!.hasAttribute('target')).to.equal(false);
    expect(local!.getAttribute('href')).to.equal(new URL('/news/2.html', location.href).href);
    expect(local!.hasAttribute('rel')).to.equal(false);
    expect(local!.hasAttribute('target')).to.equal(false);
  });

  it('loads images lazily, from http(s) only, with a safe srcset and numeric sizes; alt="" when the author gave none', async () => {
    const container = await render(
      '<img src="javascript:alert(1)" alt="gone"><img src="data:image/png;base64,AAAA" alt="gone too">' +
        '<img src="a.jpg" srcset="a-1x.jpg 1x, a-2x.jpg 2x" width="100%" height="20">' +
        '<img src="b.jpg" srcset="javascript:alert(1) 1x, b-2x.jpg 2x" alt="B">',
    );
    const images = container.querySelectorAll('img');
    expect(images).to.have.length(2);
    const [image, poisoned] = images;
    expect(poisoned!.hasAttribute('srcset')).to.equal(false);
    expect(image!.getAttribute('src')).to.equal('https://mission.example.org/vesti/2016/a.jpg');
    expect(image!.getAttribute('srcset')).to.equal(
      'https://mission.example.org/vesti/2016/a-1x.jpg 1x, https://mission.example.org/vesti/2016/a-2x.jpg 2x',
    );
    expect(image!.hasAttribute('width')).to.equal(false);
    expect(image!.getAttribute('height')).to.equal('20');
    expect(image!.getAttribute('alt')).to.equal('');
    expect(image!.getAttribute('loading')).to.equal('lazy');
    expect(image!.getAttribute('decoding')).to.equal('async');
  });

  it('keeps lang attributes and checks quote sources', async () => {
    const container = await render(
      '<p>Текст <span lang="en">NATO Summit</span></p><blockquote cite="javascript:x">q</blockquote><q cite="/source">s</q>',
    );
    expect(container.querySelector('span')!.getAttribute('lang')).to.equal('en');
    expect(container.querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
    expect(container.querySelector('q')!.getAttribute('cite')).to.equal('https://mission.example.org/source');
  });

  it('wraps tables so that a wide one scrolls by itself', async () => {
    const container = await render('<table><tr><td>x</td></tr></table>');
    expect(container.querySelector('.table-scroll > table')).to.exist;
  });

  describe('demoteHeadings', () => {
    const levels = (root: ParentNode) =>
      [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, p > strong')].map((heading) => heading.localName);

    it('moves the story headings below the item heading, keeping their order and attributes', async () => {
      const fragment = await sanitizeFeedHtml('<h1 lang="en">A</h1><h2>B</h2><h3>C</h3>', itemUrl);
      demoteHeadings(fragment, 3);
      expect(levels(fragment)).to.deep.equal(['h4', 'h5', 'h6']);
      expect(fragment.querySelector('h4')!.getAttribute('lang')).to.equal('en');
    });

    it('turns headings that would go past h6 into bold paragraphs', async () => {
      const fragment = await sanitizeFeedHtml('<h2>A</h2><h3>B</h3>', itemUrl);
      demoteHeadings(fragment, 5);
      expect(levels(fragment)).to.deep.equal(['h6', 'strong']);
      expect(fragment.querySelector('p > strong')!.textContent).to.equal('B');
    });

    it('leaves headings that already sit below the item heading alone', async () => {
      const fragment = await sanitizeFeedHtml('<h4>A</h4>', itemUrl);
      demoteHeadings(fragment, 2);
      expect(levels(fragment)).to.deep.equal(['h4']);
    });
  });
});
