import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineElement } from '../src/core/define.js';
import { GovNewsFeed, type NewsFeedShow } from '../src/news-feed.js';

// package.json marks only dist/ as having side effects, so Storybook's build drops the entry's own
// registration; registering here again is harmless (defineElement ignores a repeat).
defineElement('gov-news-feed', GovNewsFeed);

interface Args {
  src?: string;
  limit: number;
  'heading-level': number;
  show: NewsFeedShow;
  images: boolean;
  tag?: string;
  'more-href'?: string;
  'more-label'?: string;
}

/** The seed page's news (demo/data, served to Storybook at /data): Serbian Cyrillic and English. */
const seedFeed = (locale: string | undefined) => (locale === 'en' ? '/data/news.en.json' : '/data/news.sr-Cyrl.json');
const moreLabel = (locale: string | undefined) => (locale === 'en' ? 'More events' : 'Још вести');

const feed = (args: Args) =>
  html`<gov-news-feed
    src=${ifDefined(args.src)}
    limit=${args.limit}
    heading-level=${args['heading-level']}
    show=${args.show}
    ?images=${args.images}
    tag=${ifDefined(args.tag || undefined)}
    more-href=${ifDefined(args['more-href'] || undefined)}
    more-label=${ifDefined(args['more-label'] || undefined)}
  ></gov-news-feed>`;

/** A feed with its data inline. Built with the DOM because a Lit template should not bind inside a <script>. */
function withInlineData(data: object, args: Args): HTMLElement {
  const element = new GovNewsFeed();
  element.limit = args.limit;
  element.headingLevel = args['heading-level'];
  element.show = args.show;
  element.images = args.images;
  const script = document.createElement('script');
  script.type = 'application/feed+json';
  script.textContent = JSON.stringify(data, null, 2);
  element.append(script);
  return element;
}

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
  args: { limit: 5, 'heading-level': 3, show: 'summary', images: false },
  argTypes: {
    show: { control: 'inline-radio', options: ['summary', 'full'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    limit: { control: { type: 'number', min: 1 } },
  },
  render: (args, { globals }) => feed({ ...args, src: args.src ?? seedFeed(globals.locale) }),
};

export default meta;
type Story = StoryObj<Args>;

/** The seed page's five stories under a "News" heading, with the archive link; follows the locale toolbar. */
export const Default: Story = {
  render: (args, { globals }) =>
    html`<section aria-labelledby="news-heading">
      <h2 id="news-heading">${globals.locale === 'en' ? 'News' : globals.locale === 'sr-Latn' ? 'Vesti' : 'Вести'}</h2>
      ${feed({ ...args, src: args.src ?? seedFeed(globals.locale), 'more-href': '#archive', 'more-label': args['more-label'] ?? moreLabel(globals.locale) })}
    </section>`,
};

/** Two at a time: "Show more" reveals the rest of the first page, then fetches next_url (page 2), announces and moves focus. */
export const Paging: Story = { args: { limit: 2 } };

/** `show="full"`: each story's content_html, sanitized, with its headings under the item heading. */
export const FullText: Story = { args: { show: 'full', limit: 2 } };

/** `images`: the story of 13 October 2016 has an image with `_gov.alt`, width and height. */
export const Images: Story = { args: { images: true } };

/** The address the Loading story waits on. */
const heldAddress = '/story-held-request/news.json';
let holding = false;

/**
 * Storybook has no server that can keep a request waiting, so the Loading story makes this page
 * hold every request to one made-up address (until the element aborts it). Nothing else is touched.
 */
function holdRequests(): void {
  if (holding) return;
  holding = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith(heldAddress)) return realFetch(input, init);
    return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
  };
}

/** The placeholder shaped like the items, while the feed loads (here: forever, see holdRequests). */
export const Loading: Story = {
  render: (args) => {
    holdRequests();
    return html`<gov-news-feed src=${heldAddress} timeout="3600000" limit=${args.limit}></gov-news-feed>`;
  },
};

/** A src that is not there (a real 404 from Storybook's server): the message and the retry button. */
export const ErrorState: Story = { name: 'Error', args: { src: '/data/no-such-feed.json', 'more-href': '#archive' } };

/** A feed with no items yet. */
export const Empty: Story = {
  render: (args) => withInlineData({ version: 'https://jsonfeed.org/version/1.1', title: 'News', items: [] }, args),
};

/** RSS from CuteNews, read as it is; its onclick and target="_blank" are removed in full text. */
export const RssSource: Story = {
  args: { src: `data:application/rss+xml;charset=utf-8,${encodeURIComponent(cuteNewsRss)}`, show: 'full' },
  globals: { locale: 'sr-Cyrl' },
};

/** English page, English feed. */
export const English: Story = { globals: { locale: 'en' } };

/** Serbian page in Cyrillic, the Cyrillic feed. */
export const Cyrillic: Story = { globals: { locale: 'sr-Cyrl' } };

/** Serbian page in Latin: the Cyrillic feed shown in Latin (titles, places, texts), dates in Latin. */
export const Latin: Story = { globals: { locale: 'sr-Latn' } };
