/**
 * The RSS and Atom reader as `<gov-news-feed>` loads it, only for XML documents: a sibling file of
 * the one-file bundle. Only the reader that takes the suite's plainText is exported, so that the
 * file carries no HTML parser (no Trusted Types policy) of its own.
 */
export { readXmlFeedWith } from '../../core/feed-xml.js';
