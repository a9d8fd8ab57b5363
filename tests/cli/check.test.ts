/**
 * The checker of gov-widgets-cli as a browser page runs it (a future embed builder): the same
 * function, with the page's own DOMParser for RSS and Atom, no Node APIs and no eval.
 */
import { expect } from '@open-wc/testing';
import { checkDocument, kindOf } from '../../cli/src/check/index.js';

describe('checkDocument() in the browser', () => {
  it('passes a good feed, and places every problem of a bad one at its line and column', async () => {
    const good = await (await fetch('/demo/data/news.sr-Cyrl.json')).text();
    expect(checkDocument(good)).to.include({ kind: 'news', format: 'json', count: 5 });
    expect(checkDocument(good).problems).to.deep.equal([]);

    const bad =
      '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "T",\n  "items": [\n    { "title": "x", "content_text": "y" },\n    { "id": "b", "content_text": "z", "image": "javascript:alert(1)" }\n  ]\n}';
    const { problems } = checkDocument(bad);
    expect(problems.map(({ severity, pointer, line, column }) => [severity, pointer, line, column])).to.deep.equal([
      ['error', '/items/0', 5, 5],
      ['error', '/items/1/image', 6, 48],
    ]);
    expect(problems[0]!.effect).to.match(/skips it/);
    expect(problems[1]!.fix).to.match(/https:\/\//);
  });

  it('reads RSS with the page’s DOMParser, and tells photo feeds and contact data apart', async () => {
    const rss = await (await fetch('/tests/fixtures/news-feed/cutenews.rss')).text();
    const result = checkDocument(rss);
    expect(result.format).to.equal('rss');
    expect(result.count).to.be.greaterThan(0);
    const photos = await (await fetch('/demo/data/photos.json')).json();
    expect(kindOf(photos)).to.equal('photos');
    const contact = await (await fetch('/demo/data/contact.jsonld')).text();
    expect(checkDocument(contact)).to.include({ kind: 'contact', count: 1 });
    expect(checkDocument('{"version": 1,').problems[0]).to.include({ severity: 'error', line: 1, column: 14 });
  });
});
