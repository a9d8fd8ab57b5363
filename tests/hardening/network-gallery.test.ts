import { describeNetworkFaults, describeShowMoreOutage, jsonFeed, widgets } from './network.js';

const gallery = widgets[1];
describeNetworkFaults(gallery);
describeShowMoreOutage(gallery.tag, {
  first: (next) =>
    jsonFeed('Photos', [{ id: '1', image: '/demo/data/photos/tara-thumb.jpg', _gov: { alt: 'First page photo' } }], {
      next_url: next,
    }),
  second: jsonFeed('Photos', [
    { id: '2', image: '/demo/data/photos/uvac-thumb.jpg', _gov: { alt: 'Second page photo' } },
  ]),
  shown: gallery.shown,
});
