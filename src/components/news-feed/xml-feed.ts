/**
 * What <gov-news-feed> loads on demand, only for feeds that need it, as a sibling file of the one-file
 * bundle: the RSS and Atom reader, the full date reader (JSON Feeds with dates that are not RFC 3339),
 * the dateline lifter (items whose text may open with a dateline), and feed autodiscovery (a `src`
 * that is a web page). The XML reader borrows the suite's plainText (docs/decisions/0006), so that the
 * file carries no HTML parser (no Trusted Types policy) of its own.
 */
import type { Feed } from '../../core/feed.js';
import { readXmlFeedWith } from '../../core/feed-xml.js';
import { withoutDatelines } from '../../core/news-dateline.js';
import type { SuiteRuntime } from '../shared/runtime.js';

export { readJsonNews } from '../../core/news-dateline.js';
export { discoverNewsFeed } from '../../core/feed-discovery.js';

/** An RSS or Atom document as news: its items, with the datelines their text opens with lifted. */
export const readXmlNews = (
  { plainText }: Pick<SuiteRuntime, 'plainText'>,
  document: XMLDocument,
  documentUrl: string,
): Feed => withoutDatelines(readXmlFeedWith(document, documentUrl, plainText));
