import { expect } from '@open-wc/testing';
import {
  acceptHeader,
  declaredXmlEncoding,
  fetchDocument,
  LoadAbortedError,
  LoadError,
  parseDocument,
  parseXml,
  xmlFeeds,
} from '../../src/page/load.js';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('acceptHeader', () => {
  /** What the Fetch standard lets an Accept header be without a CORS pre-flight. */
  const safelisted = (value: string) =>
    // eslint-disable-next-line no-control-regex
    value.length <= 128 && !/["():<>?@[\\\]{}\u007f\u0000-\u0008\u000a-\u001f]/.test(value);

  it('is a CORS-safelisted value for every widget, XML types included', () => {
    for (const types of [
      ['application/feed+json', 'application/json'],
      ['application/ld+json', 'application/json'],
    ]) {
      const header = acceptHeader([...types, ...xmlFeeds.types]);
      expect(safelisted(header), header).to.equal(true);
      expect(header.startsWith(types.join(','))).to.equal(true);
    }
  });

  it('drops the least wanted types rather than grow past 128 bytes, and always ends with */*', () => {
    const many = Array.from({ length: 20 }, (_, index) => `application/x-type-number-${index}+json`);
    const header = acceptHeader(many);
    expect(header.length).to.be.at.most(128);
    expect(header.startsWith(many[0]!)).to.equal(true);
    expect(header.endsWith('*/*;q=0.1')).to.equal(true);
  });
});

describe('parseDocument', () => {
  it('parses JSON by content, with a byte order mark and leading space', () => {
    expect(parseDocument('\uFEFF  {"a": 1}')).to.deep.equal({ kind: 'json', value: { a: 1 } });
    expect(parseDocument('[1]')).to.deep.equal({ kind: 'json', value: [1] });
  });

  it('reports invalid JSON, HTML pages, XML when not wanted, and nothing at all', () => {
    const reason = (text: string, allowXml = false) => {
      try {
        parseDocument(text, { xml: allowXml ? parseXml : undefined });
      } catch (error) {
        return (error as LoadError).reason;
      }
      return 'parsed';
    };
    expect(reason('{"a":')).to.equal('invalid');
    expect(reason('<!DOCTYPE html><p>Not found')).to.equal('format');
    expect(reason('<html lang="sr"><body>')).to.equal('format');
    expect(reason('<rss version="2.0"><channel/></rss>')).to.equal('format');
    expect(reason('<rss version="2.0"><channel/></rss>', true)).to.equal('parsed');
    expect(reason('<rss><channel></rss>', true)).to.equal('invalid');
    expect(reason('   ')).to.equal('format');
    expect(reason('hello')).to.equal('format');
  });
});

describe('fetchDocument', () => {
  it('decodes XML in the encoding its declaration names when the server sends no charset', async () => {
    // "<?xml ... encoding="windows-1251"?><rss><channel><title>Вести</title>..." in windows-1251, as CuteNews can write it.
    const cp1251 = [0xc2, 0xe5, 0xf1, 0xf2, 0xe8];
    const xml = [
      ...new TextEncoder().encode('<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>'),
      ...cp1251,
      ...new TextEncoder().encode('</title></channel></rss>'),
    ];
    const base64 = btoa(String.fromCharCode(...xml));
    const url = new URL(`/test-api/respond?type=text/xml&base64=${encodeURIComponent(base64)}`, location.href).href;
    const document = await fetchDocument(url, { declaredEncoding: declaredXmlEncoding });
    expect(document.contentType).not.to.contain('charset');
    expect(document.text).to.contain('<title>Вести</title>');
    // Without the XML reader's sniffing (an element that reads JSON only), UTF-8.
    expect((await fetchDocument(url)).text).not.to.contain('Вести');
  });

  it('lets a charset the server sends win over the XML declaration', async () => {
    const xml = '<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Вести</title></channel></rss>';
    const document = await fetchDocument(
      new URL(
        `/test-api/respond?type=${encodeURIComponent('text/xml; charset=utf-8')}&body=${encodeURIComponent(xml)}`,
        location.href,
      ).href,
      { declaredEncoding: declaredXmlEncoding },
    );
    expect(document.text).to.contain('<title>Вести</title>');
  });

  it('returns the text, the content type and the final URL', async () => {
    const result = await fetchDocument('/test-api/respond?body=%7B%7D&type=application/feed%2Bjson');
    expect(result.text).to.equal('{}');
    expect(result.contentType).to.contain('application/feed+json');
    expect(result.url).to.contain('/test-api/respond');
  });

  it('decodes the charset the server declares', async () => {
    // "Ћ" in windows-1251 is the byte 0x8E.
    const result = await fetchDocument('/test-api/respond?body=%8E&type=text/plain%3B%20charset%3Dwindows-1251');
    expect(result.text.length).to.be.greaterThan(0);
  });

  it('refuses a body over the size limit', async () => {
    const error = (await failure(fetchDocument('/test-api/large?megabytes=2', { maxBytes: 1024 * 1024 }))) as LoadError;
    expect(error.reason).to.equal('too-large');
  });

  it('tells its own abort apart from a timeout', async () => {
    const controller = new AbortController();
    const pending = fetchDocument('/test-api/hang', { signal: controller.signal });
    controller.abort();
    expect(await failure(pending)).to.be.instanceOf(LoadAbortedError);
    const timedOut = (await failure(fetchDocument('/test-api/hang', { timeout: 100 }))) as LoadError;
    expect(timedOut.reason).to.equal('timeout');
  });
});
