import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { defineElement } from '../src/page/define.js';
import { GovNewsFeed } from '../src/news-feed.js';
import { elementArgs, inlineData } from './support/directives.js';
import { hostile, longText } from './support/hostile.js';
import { failingOnce, heldRequest } from './support/requests.js';

// package.json marks only dist/ as having side effects, so Storybook's build drops the entry's own
// registration; registering here again is harmless (defineElement ignores a repeat).
defineElement('gov-news-feed', GovNewsFeed);

/** Args are named as the element's attributes (and `--gov-*` tokens), as a webmaster writes them. */
type Args = Record<string, unknown>;

/** The seed page's news (demo/data, served to Storybook at /data): Serbian Cyrillic and English. */
const seedFeed = (locale: string | undefined) => (locale === 'en' ? '/data/news.en.json' : '/data/news.sr-Cyrl.json');
const moreLabel = (locale: string | undefined) =>
  locale === 'en' ? 'More events' : locale === 'sr-Latn' ? 'Još vesti' : 'Још вести';
const newsHeading = (locale: string | undefined) =>
  locale === 'en' ? 'News' : locale === 'sr-Latn' ? 'Vesti' : 'Вести';

/** The element with the story's args as its attributes, and its feed inline when `data` is given. */
const feed = (args: Args, data?: object) =>
  html`<gov-news-feed ${elementArgs(args)}
    >${data ? inlineData('application/feed+json', data) : nothing}</gov-news-feed
  >`;

/**
 * A CuteNews-style RSS 2.0 feed (numeric guids, short stories in CDATA, RFC 822 dates). Storybook
 * serves only demo/data, so the story hands it over as a data: URL; on a site, `src` is simply the
 * address of the CMS's rss.php.
 */
const cuteNewsRss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title><![CDATA[Мисија Републике Србије при НАТО]]></title>
<link>https://nato.example.gov.rs/index.php</link>
<language>sr</language>
<description></description>
<generator>CuteNews</generator>
<atom:link href="https://nato.example.gov.rs/rss.php" rel="self" type="application/rss+xml" />
<item>
<title><![CDATA[Председник Владе Србије у седишту НАТО]]></title>
<link>https://nato.example.gov.rs/index.php?subaction=showfull&amp;id=1479907800</link>
<description><![CDATA[<p>Председник Владе Републике Србије састао се данас у седишту НАТО у Бриселу са генералним секретаром НАТО. <a href="https://nato.example.gov.rs/index.php?subaction=showfull&id=1479907800" target="_blank" onclick="alert('CuteNews markup arrives unsanitized')">Опширније</a></p>]]></description>
<guid isPermaLink="false">1479907800</guid>
<pubDate>Wed, 23 Nov 2016 14:30:00 +0100</pubDate>
</item>
<item>
<title><![CDATA[Састанак о цивилном планирању за ванредне ситуације]]></title>
<link>https://nato.example.gov.rs/index.php?subaction=showfull&amp;id=1478257200</link>
<description><![CDATA[Стручњаци из Србије и Евроатлантског координационог центра за реаговање у случају катастрофа разговарали су у седишту НАТО о сарадњи.]]></description>
<guid isPermaLink="false">1478257200</guid>
<pubDate>Fri, 04 Nov 2016 12:00:00 +0100</pubDate>
</item>
</channel>
</rss>`;

const meta: Meta<Args> = {
  title: 'Widgets/News feed',
  component: 'gov-news-feed',
  args: { limit: 5, 'heading-level': 3 },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    limit: { control: { type: 'number', min: 1 } },
  },
  render: (args, { globals }) => feed({ ...args, src: args.src ?? seedFeed(globals.locale) }),
};

export default meta;
type Story = StoryObj<Args>;

/** Loaded: the seed page's news under a "News" heading, with the archive link; the feed follows the locale toolbar. */
export const Loaded: Story = {
  render: (args, { globals }) =>
    html`<section aria-labelledby="news-heading">
      <h2 id="news-heading">${newsHeading(globals.locale)}</h2>
      ${feed({
        ...args,
        src: args.src ?? seedFeed(globals.locale),
        'more-href': args['more-href'] ?? '#archive',
        'more-label': args['more-label'] ?? moreLabel(globals.locale),
      })}
    </section>`,
};

/** Loading: the placeholder shaped like the items, while the feed is on its way (here it never arrives). */
export const Loading: Story = {
  tags: ['state-loading'],
  ...heldRequest(feed, 'news.json'),
};

/** Empty: a feed with no items yet. */
export const Empty: Story = {
  render: (args) => feed(args, { version: 'https://jsonfeed.org/version/1.1', title: 'News', items: [] }),
};

/**
 * Error with retry: the server cannot be reached the first time (fired as `gov-error`, see Actions);
 * "Try again" then loads the feed.
 */
export const ErrorState: Story = {
  name: 'Error',
  render: failingOnce(feed, seedFeed),
};

/**
 * Long and hostile content in full text: a word wider than the column, an endless address, a
 * right-to-left override, markup in titles (shown as text), script URLs (dropped) and HTML with
 * handlers, a script, a frame, a page-hiding style and a form (sanitized away).
 */
export const LongAndHostileContent: Story = {
  args: { show: 'full', limit: 5 },
  render: (args) =>
    feed(args, {
      version: 'https://jsonfeed.org/version/1.1',
      title: hostile.markup,
      language: 'sr-Cyrl',
      items: [
        {
          id: 'markup',
          url: hostile.scriptUrl,
          title: `${hostile.markup} Наслов са ознакама`,
          date_published: '2016-11-23T14:30:00+01:00',
          content_html: hostile.html,
          _gov: { place: hostile.markup },
        },
        {
          id: 'long-word',
          url: hostile.longUrl,
          title: hostile.longWord,
          date_published: '2016-11-22T09:00:00+01:00',
          content_text: `${hostile.longUrl}\n\n${hostile.longWord}`,
          _gov: { place: 'Београд' },
        },
        {
          id: 'long-text',
          title: longText(3),
          date_published: '2016-11-21T09:00:00+01:00',
          content_text: longText(12),
        },
        {
          id: 'unicode',
          title: hostile.unicode,
          content_text: hostile.unicode,
          date_published: '2016-11-20T09:00:00+01:00',
        },
        { id: 'untitled', content_text: longText(2), image: hostile.scriptUrl, date_published: 'yesterday?' },
      ],
    }),
};

/** Two at a time: "Show more" reveals the rest of the first page, then fetches next_url (page 2), announces and moves focus. */
export const Paging: Story = { args: { limit: 2 } };

/** `show="full"`: each story's content_html, sanitized, with its headings under the item heading. */
export const FullText: Story = { args: { show: 'full', limit: 2 } };

/** `images`: the story of 13 October 2016 has an image with `_gov.alt`, width and height. */
export const Images: Story = { args: { images: true } };

/** RSS from CuteNews, read as it is; its onclick and target="_blank" are removed in full text. */
export const RssSource: Story = {
  args: { src: `data:application/rss+xml;charset=utf-8,${encodeURIComponent(cuteNewsRss)}`, show: 'full' },
};
