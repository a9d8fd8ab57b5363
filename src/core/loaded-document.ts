/**
 * What loading a document ends in, apart from how it is fetched (src/page/load.ts): the parsed
 * document, or a {@link LoadError} whose reason an element can explain in words. No fetching here, so
 * that the readers in core (feeds, contacts) can throw and read them in Node too.
 */

export type LoadErrorReason =
  /** The request never got an answer: offline, DNS, CORS, a refused connection. */
  | 'network'
  /** No complete answer within the time limit. */
  | 'timeout'
  /** The server answered with a status outside 200–299. */
  | 'http'
  /** The answer is bigger than the element accepts. */
  | 'too-large'
  /** The answer is JSON or XML with a syntax error. */
  | 'invalid'
  /** The answer is readable but not the kind of document the element shows (an HTML page, an image, a JSON that is not a feed). */
  | 'format'
  /** There is nothing to load: no `src` and no inline data. */
  | 'no-source';

export class LoadError extends Error {
  override readonly name = 'LoadError';
  constructor(
    readonly reason: LoadErrorReason,
    message: string,
    /** `page`: the address is a web page that names no feed this element reads (see feed autodiscovery). */
    readonly details: { status?: number; url?: string; cause?: unknown; page?: boolean } = {},
  ) {
    super(message);
  }
}

/** Thrown when the caller's own signal aborted the load (a newer `src` replaced it): never shown. */
export class LoadAbortedError extends Error {
  override readonly name = 'LoadAbortedError';
}

export type ParsedDocument = { kind: 'json'; value: unknown } | { kind: 'xml'; document: XMLDocument };
