/**
 * Loading the JSON (or XML) document an element shows: fetch with abort and timeout, a size cap,
 * and every failure turned into a {@link LoadError} with a reason the element can explain in
 * words. No rendering here.
 */
import { parseInert } from './inert.js';
import { LoadError, LoadAbortedError, type ParsedDocument } from '../core/loaded-document.js';

export { LoadError, LoadAbortedError, type LoadErrorReason, type ParsedDocument } from '../core/loaded-document.js';

export interface FetchedDocument {
  text: string;
  contentType: string;
  /** The final URL after redirects: relative links in the document resolve against it. */
  url: string;
}

export interface FetchOptions {
  signal?: AbortSignal;
  /** Milliseconds for the whole exchange, body included. */
  timeout?: number;
  maxBytes?: number;
  accept?: string;
  /**
   * The encoding a document names inside itself, for when the server sends no charset: XML's
   * declaration ({@link declaredXmlEncoding}). Without it, such a document is read as UTF-8.
   */
  declaredEncoding?: (bytes: Uint8Array) => string | undefined;
}

export const defaultTimeout = 10_000;
export const defaultMaxBytes = 5 * 1024 * 1024;

/** The longest `Accept` a browser sends across origins without asking first (a CORS pre-flight). */
const maxSafelistedAccept = 128;

/**
 * The Accept header for `types`, in order of preference, then anything else: no spaces, and types
 * dropped from the end until it fits {@link maxSafelistedAccept} bytes. So a request for a document
 * on another origin stays a CORS "simple" request: ordinary hosting that sends
 * `Access-Control-Allow-Origin: *` but answers no OPTIONS request serves every widget.
 */
export function acceptHeader(types: readonly string[]): string {
  const wanted = [...types];
  let header: string;
  while ((header = [...wanted, '*/*;q=0.1'].join(',')).length > maxSafelistedAccept) wanted.pop();
  return header;
}

/** Types that can never hold a feed or JSON-LD; anything else is judged by its content. */
const nonDocumentType = /^(image|audio|video|font|model)\/|^application\/(pdf|zip|gzip|octet-stream\+zip|wasm|vnd\.)/i;

export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<FetchedDocument> {
  const { signal, timeout = defaultTimeout, maxBytes = defaultMaxBytes, accept, declaredEncoding } = options;
  const timeoutController = new AbortController();
  const timer = setTimeout(() => timeoutController.abort(), timeout);
  const combined = signal ? AbortSignal.any([signal, timeoutController.signal]) : timeoutController.signal;
  const failure = (cause: unknown): Error => {
    if (signal?.aborted) return new LoadAbortedError('superseded');
    if (timeoutController.signal.aborted) {
      return new LoadError('timeout', `No answer from ${url} within ${timeout} ms`, { url, cause });
    }
    return cause instanceof LoadError ? cause : new LoadError('network', `Could not reach ${url}`, { url, cause });
  };

  try {
    const response = await fetch(url, {
      signal: combined,
      credentials: 'same-origin',
      headers: accept ? { Accept: accept } : undefined,
    });
    if (!response.ok) {
      discard(response);
      throw new LoadError('http', `${url} answered ${response.status} ${response.statusText}`.trim(), {
        status: response.status,
        url,
      });
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (nonDocumentType.test(contentType)) {
      discard(response);
      throw new LoadError('format', `${url} is ${contentType}, not a document`, { url });
    }
    const declaredLength = Number(response.headers.get('content-length'));
    if (declaredLength > maxBytes) {
      discard(response);
      throw new LoadError('too-large', `${url} is over ${maxBytes} bytes`, { url });
    }
    const bytes = await readCapped(response, maxBytes, url);
    return { text: decode(bytes, contentType, declaredEncoding), contentType, url: response.url || url };
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timer);
  }
}

/** Drops a body we will not read; a failure to cancel is of no interest. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return new Uint8Array(await new Blob(chunks).arrayBuffer());
    length += value.byteLength;
    if (length > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw new LoadError('too-large', `${url} is over ${maxBytes} bytes`, { url });
    }
    chunks.push(value);
  }
}

/**
 * Honours the charset a server declares (old CMSs still send windows-1250/1251), else the encoding
 * the document names (an XML declaration: CuteNews lets the admin pick the RSS encoding and sends
 * text/xml without a charset), UTF-8 otherwise.
 */
function decode(bytes: Uint8Array, contentType: string, declaredEncoding: FetchOptions['declaredEncoding']): string {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1] ?? declaredEncoding?.(bytes);
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** The encoding in `<?xml version="1.0" encoding="windows-1251"?>`, read as ASCII; none after a UTF-8 byte order mark. */
export function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return undefined;
  const head = String.fromCharCode(...bytes.subarray(0, 160));
  return /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
}

/** Parses the text of an XML document: {@link parseXml}, for the elements that read XML. */
export type XmlParser = (text: string) => ParsedDocument;

/**
 * Whether a document is an HTML or XHTML page (the usual "200 OK" error page of a CMS, or a site's
 * home page), by its start: an HTML doctype, or an `html`, `head` or `body` tag after any XML
 * declaration, comments and doctype (an RSS document may carry an XHTML doctype: its root decides).
 * Only the first 4 kB are looked at.
 */
export const isHtmlPage = (text: string): boolean =>
  /^(\s*<!--((?!-->)[^])*-->)*\s*<!doctype\s+html\s*>|^(<\?xml[^>]*>)?(\s*<!--((?!-->)[^])*-->|\s*<!doctype[^>]*>)*\s*<(html|head|body)[\s>]/i.test(
    text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .slice(0, 4096),
  );

/**
 * Parses a document by its content, not by its declared type (servers often send JSON Feed as
 * text/plain and RSS as text/html). An HTML page — the usual "200 OK" error page of a CMS — is a
 * format error, not a syntax error, because that is what the webmaster needs to hear. XML is read
 * only with an `xml` parser, so that code reading JSON alone carries none.
 */
export function parseDocument(text: string, { xml }: { xml?: XmlParser } = {}): ParsedDocument {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') throw new LoadError('format', 'The document is empty');
  const first = trimmed[0];
  if (first === '{' || first === '[') {
    try {
      return { kind: 'json', value: JSON.parse(trimmed) };
    } catch (cause) {
      throw new LoadError('invalid', `The JSON is not valid: ${(cause as Error).message}`, { cause });
    }
  }
  if (first === '<') {
    if (isHtmlPage(trimmed)) throw new LoadError('format', 'The document is an HTML page, not data');
    if (!xml) throw new LoadError('format', 'The document is XML, not JSON');
    return xml(trimmed);
  }
  throw new LoadError('format', 'The document is neither JSON nor XML');
}

/**
 * Parses XML (RSS, Atom) in an inert document; a syntax error is a LoadError with reason `invalid`.
 * HTML's named character references (`&eacute;`, `&nbsp;`), which RSS 0.91's DTD declared and many
 * CMSs still write, are not XML's: a document that fails for them is read again with them as the
 * characters they name (their names decoded by the inert HTML parser, never by a live one).
 */
export function parseXml(text: string): ParsedDocument {
  let document = parseInert(text, 'application/xml') as XMLDocument;
  let error = document.getElementsByTagName('parsererror')[0];
  if (error && /&[a-z]\w*;/i.test(text)) {
    const known = new Map<string, string>();
    const characters = (reference: string) =>
      known.get(reference) ?? known.set(reference, htmlEntity(reference)).get(reference)!;
    document = parseInert(text.replace(/&[a-z]\w*;/gi, characters), 'application/xml') as XMLDocument;
    error = document.getElementsByTagName('parsererror')[0];
  }
  if (error) throw new LoadError('invalid', `The XML is not valid: ${error.textContent?.trim() ?? ''}`);
  return { kind: 'xml', document };
}

/** `&eacute;` as `&#233;`; XML's own five, and names HTML does not know, as they are. */
function htmlEntity(reference: string): string {
  if (/^&(amp|lt|gt|quot|apos);$/.test(reference)) return reference;
  const characters = parseInert(reference, 'text/html').body.textContent!;
  return characters === reference ? reference : [...characters].map((c) => `&#${c.codePointAt(0)};`).join('');
}

/** What an element needs to read XML documents: the types to ask a server for, their encoding, the parser. */
export interface XmlSupport {
  /** Accept header entries, after the element's JSON types. */
  types: readonly string[];
  encoding: NonNullable<FetchOptions['declaredEncoding']>;
  parse: XmlParser;
}

/** RSS and Atom feeds (GovDataElement's `xml`). */
export const xmlFeeds: XmlSupport = {
  types: ['application/rss+xml', 'application/atom+xml', 'application/xml;q=0.9', 'text/xml;q=0.9'],
  encoding: declaredXmlEncoding,
  parse: parseXml,
};
