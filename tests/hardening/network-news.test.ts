import { describeNetworkFaults, describeShowMoreOutage, jsonFeed, widgets } from './network.js';

const news = widgets[0];
describeNetworkFaults(news);
describeShowMoreOutage(
  news.tag,
  {
    first: (next) => jsonFeed('News', [{ id: '1', title: 'First page item', content_text: 'x' }], { next_url: next }),
    second: jsonFeed('News', [{ id: '2', title: 'Second page item', content_text: 'x' }]),
    shown: news.shown,
  },
  { limit: '1' },
);
