/**
 * What <gov-photo-gallery> loads on demand, only for a gallery that is not a JSON Feed, as a sibling
 * file of the one-file bundle: photos from RSS and Atom (Media RSS `media:content`, `media:group`,
 * `media:thumbnail`, `media:credit`, image enclosures), and feed autodiscovery (a `src` that is a web
 * page). It borrows the suite's plainText (docs/decisions/0006), so that the file carries no HTML
 * parser (no Trusted Types policy) of its own.
 */
import { readXmlFeedWith } from '../../core/feed-xml.js';
import { readPhotoItems, type PhotoFeed } from '../../core/photo-feed.js';
import type { SuiteRuntime } from '../shared/runtime.js';

export { discoverPhotoFeed } from '../../core/feed-discovery.js';

export const readXmlPhotos = (
  { plainText }: Pick<SuiteRuntime, 'plainText'>,
  document: XMLDocument,
  documentUrl: string,
): PhotoFeed => readPhotoItems(readXmlFeedWith(document, documentUrl, plainText), plainText);
