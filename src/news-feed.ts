/**
 * `gov-widgets/news-feed`: registers `<gov-news-feed>` only, for pages that need just the news list.
 */
import { GovNewsFeed } from './components/news-feed/news-feed.js';
import { defineElement } from './page/define.js';

export { GovNewsFeed };
export type { NewsFeedShow } from './components/news-feed/news-feed.js';
export type { Feed, FeedItem } from './core/feed.js';
export type { GovErrorDetail, GovErrorEvent, GovLoadDetail, GovLoadEvent } from './events.js';

defineElement('gov-news-feed', GovNewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'gov-news-feed': GovNewsFeed;
  }
}
