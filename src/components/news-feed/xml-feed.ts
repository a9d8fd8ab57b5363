/**
 * What <gov-news-feed> loads on demand, only for feeds that need it, as a sibling file of the one-file
 * bundle: the RSS and Atom reader, the full date reader (JSON Feeds with dates that are not RFC 3339),
 * the dateline lifter (items whose text may open with a dateline), and feed autodiscovery (a `src`
 * that is a web page). Only the XML reader that takes
 * the suite's plainText is exported, so that the file carries no HTML parser (no Trusted Types policy)
 * of its own.
 */
export { readXmlFeedWith } from '../../core/feed-xml.js';
export { readJsonNews, withoutDatelines } from '../../core/news-dateline.js';
export { discoverNewsFeed } from '../../core/feed-discovery.js';
