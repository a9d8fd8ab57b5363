import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { GovDataElement } from '../shared/gov-data-element.js';
import { clampHeadingLevel, renderHeading } from '../shared/heading.js';
import { dataStyles } from '../shared/data.styles.js';
import { NextPageController, nextPageStyles } from '../shared/next-page-controller.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { plainText, readJsonFeedSteps, type Feed, type FeedItem } from '../../core/feed.js';
import { inSlices, someInSteps } from '../../core/steps.js';
import { xmlFeeds, type FetchedDocument, type ParsedDocument } from '../../page/load.js';
import { dateTimeAttribute, formatNewsDate, itemText, mayOpenWithDateline, shorten } from '../../core/news.js';
import { readIsoDate } from '../../core/iso-date.js';
import { purifierPolicy } from '../../page/inert.js';
import { onDemand } from '../../page/on-demand.js';
import { converterLoaded, loadConverter, textInScript } from '../../page/content-script.js';
import { isExternal, safeUrl } from '../../core/url.js';
import { tagMatcher } from '../../core/tags.js';
import { pluralCategory } from '../../core/formatting-locale.js';
import type { GovLoadDetail } from '../../events.js';
import type { ShownText } from './full-story.js';
import { newsFeedStyles } from './news-feed.styles.js';

/** What each item shows below its heading: a short text, or the full story. */
export type NewsFeedShow = 'summary' | 'full';

const defaultLimit = 10;
/** Heading length of an item without a title in full mode, where its whole story follows. */
const untitledHeadlineLength = 80;

/** Items take the language of the document they came from unless they name their own (they are this element's to change). */
const withLanguage = (items: FeedItem[], language: string | undefined): FeedItem[] => {
  if (language) for (const item of items) item.language ??= language;
  return items;
};

/**
 * Code most feeds never need, each loaded the first time it is: the reader of feeds that are not clean
 * JSON Feed (RSS, Atom, dates that are not RFC 3339, datelines in the text) and the HTML sanitizer
 * (with DOMPurify).
 */
const lenientReader = onDemand('the RSS and Atom reader', () => import('./xml-feed.js'));
const fullStory = onDemand('the HTML sanitizer of full stories', () => import('./full-story.js'));

/** An image that cannot load gives back the box its declared size reserved (see image-size.ts). */
const dropDeclaredSize = ({ target }: Event) => {
  if (target instanceof HTMLImageElement) {
    target.removeAttribute('width');
    target.removeAttribute('height');
  }
};

/**
 * A dated news list, like the news of a ministry's home page ("Brussels, 23 November 2016 – The
 * Prime Minister ..."), from a JSON Feed 1.1/1.0, RSS (0.90–2.0) or Atom (1.0, 0.3) document at `src`
 * (or the web page that names it in `<link rel="alternate">`), or in an inline
 * `<script type="application/feed+json">` child. A dateline the CMS already wrote into the story
 * becomes the item's dateline instead of showing twice; dates are read as written, never guessed. Shows `limit` items with a "Show more"
 * button that reveals more and follows the feed's `next_url` pages.
 *
 * @tagname gov-news-feed
 * @summary A news list from a JSON Feed, RSS or Atom feed (or a site's page naming one), with dateline, paging and script following.
 *
 * @fires gov-load - The feed loaded and is shown. `detail: { count, title }`: how many of its items match `tag` (all without it), and the feed's title.
 * @fires gov-error - The feed or a next page could not be loaded or read. `detail: { reason, message, status?, url? }`; `message` is the sentence shown to people.
 *
 * @csspart base - The wrapper of everything the feed shows (aria-busy while loading).
 * @csspart list - The list of items.
 * @csspart item - One news item (an `<article>`).
 * @csspart title - The item's heading.
 * @csspart title-link - The link in the heading, to the item's page (an `<a>` without href, no link, when the item has no URL).
 * @csspart dateline - "Brussels, 23 November 2016 –".
 * @csspart place - The dateline's place.
 * @csspart date - The dateline's `<time>`.
 * @csspart summary - The paragraph with the dateline and the short text.
 * @csspart content - The full story (`show="full"`).
 * @csspart image - The item's image (`images`).
 * @csspart more-button - The "Show more news" button.
 * @csspart more - The paragraph around the `more-href` link.
 * @csspart more-link - The `more-href` link.
 * @csspart loading - The placeholder shaped like items while the feed loads.
 * @csspart empty - The "No news yet" message.
 * @csspart error - The error message (role="alert").
 * @csspart retry-button - The error's "Try again" button.
 *
 * @cssprop [--gov-news-gap=1.25em] - Space between items.
 * @cssprop [--gov-news-divider=0.0625em solid var(--gov-color-border)] - The line between items; `none` for none.
 * @cssprop [--gov-news-title-size=1.125em] - Font size of item headings.
 * @cssprop [--gov-news-title-weight=700] - Font weight of item headings.
 * @cssprop [--gov-news-dateline-color=inherit] - Colour of the dateline.
 * @cssprop [--gov-news-dateline-weight=700] - Font weight of the dateline.
 * @cssprop [--gov-news-image-width=12em] - Width of item images beside the text when there is room (they go above it when not).
 * @cssprop [--gov-color-link=var(--gov-color-accent)] - Colour of links.
 * @cssprop [--gov-color-accent=#0c4076] - Accent colour (links, button border).
 * @cssprop [--gov-color-border=#c9ccd1] - Lines and the skeleton's outline.
 * @cssprop [--gov-color-surface=#f3f4f6] - The skeleton and button hover background.
 * @cssprop [--gov-focus-color=#1d70b8] - Focus ring colour.
 * @cssprop [--gov-radius=0.25em] - Corner radius of the button and images.
 */
export class GovNewsFeed extends GovDataElement<Feed> {
  static override styles = [sharedStyles, dataStyles, nextPageStyles, newsFeedStyles];

  protected static override inlineTypes = ['application/feed+json', 'application/json'];

  protected static override xml = xmlFeeds;

  // Declared here rather than with decorators, as in GovDataElement: the decorator helpers cost every page bytes.
  static override properties = {
    limit: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    show: {},
    images: { type: Boolean },
    tag: {},
    moreHref: { attribute: 'more-href' },
    moreLabel: { attribute: 'more-label' },
  };

  /** How many items to show at first, and how many more each "Show more" reveals. */
  limit: number = defaultLimit;

  /** The level of the item headings (2–6), to fit the page's outline: 3 under a "News" h2. */
  headingLevel = 2;

  /** `summary` shows a short text (the summary, else the start of the story); `full` shows the whole story, sanitized. */
  show: NewsFeedShow = 'summary';

  /** Shows each item's `image` (else its `banner_image`). */
  images = false;

  /** Shows only items with this tag (JSON Feed `tags`, RSS/Atom `category`); case and script do not matter. */
  tag?: string;

  /** The address of the full news archive, shown as a link below the list ("More news"). */
  moreHref?: string;

  /** The text of the `more-href` link; "More news" in the page's language when absent. */
  moreLabel?: string;

  /** "Show more": every item loaded so far (the feed's, then those of its next pages), and how many are revealed. */
  private readonly _pages: NextPageController<Feed, FeedItem> = new NextPageController(this, this.documents, {
    page: (feed, url) => {
      this._warnAboutProblems(feed.problems, url);
      return { items: withLanguage(feed.items, feed.language), nextUrl: feed.nextUrl, feedUrl: feed.feedUrl };
    },
    id: (item) => item.id,
    limit: () => this._limit,
    available: (items): number => this._matching(items).length,
    focusTarget: (index) => {
      const article = this.renderRoot.querySelectorAll<HTMLElement>('article')[index];
      const link = article?.querySelector<HTMLElement>('[part="title-link"][href]');
      if (article && !link) article.tabIndex = -1;
      return link ?? article;
    },
    announcement: (count) => this._newItemsMessage(count),
  });

  private _matches?: { items: FeedItem[]; tag: string; matching: FeedItem[] };
  private readonly _shortTexts = new WeakMap<FeedItem, string | null>();
  /** How a full story shows its text (full-story.ts): as this element shows data text. */
  private readonly _shownText: ShownText = {
    inScript: (text, lang) => this.inScript(text, lang),
    langInScript: (lang) => this.langInScript(lang),
  };
  /** Sanitized stories: the fragment, or null when the sanitizer could not run. */
  private readonly _sanitized = new WeakMap<FeedItem, DocumentFragment | null>();
  private readonly _sanitizing = new Map<FeedItem, Promise<void>>();
  /** The story as shown, for the script and heading level it was made for. */
  private readonly _stories = new WeakMap<FeedItem, { key: string; node: HTMLElement }>();

  private get _limit(): number {
    const limit = Math.floor(this.limit);
    return limit > 0 ? limit : defaultLimit;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // The item images and the images in stories; `error` does not bubble, so it is caught on its way down.
    this.renderRoot.addEventListener('error', dropDeclaredSize, true);
  }

  /**
   * A clean JSON Feed in slices (a feed may hold a hundred thousand items); RSS and Atom, and a JSON
   * Feed with dates that are not RFC 3339 or with text that may open with a dateline, once their reader
   * is in (which lifts such datelines).
   */
  protected async interpret(document: ParsedDocument, baseUrl: string, signal: AbortSignal): Promise<Feed> {
    if (document.kind === 'xml') {
      const { readXmlNews } = await lenientReader();
      return readXmlNews({ plainText }, document.document, baseUrl);
    }
    // A date that is not RFC 3339 (`08/02/2013`, RFC 822) needs the full date reader; no date at all does not.
    let otherDates = false;
    const readDate = (value: unknown) => {
      const date = readIsoDate(value);
      otherDates ||= !date && !!value;
      return date;
    };
    const feed = await inSlices(readJsonFeedSteps(document.value, baseUrl, readDate), signal);
    if (!otherDates && !(await inSlices(someInSteps(feed.items, mayOpenWithDateline), signal))) return feed;
    const { readJsonNews } = await lenientReader();
    return inSlices(readJsonNews(readJsonFeedSteps, document.value, baseUrl), signal);
  }

  /** A web page at `src`: the feed its `<link rel="alternate">` names, JSON Feed first, then Atom, then RSS. */
  protected override discoverFeed(page: FetchedDocument): Promise<string | undefined> {
    return lenientReader().then(({ discoverNewsFeed }) => discoverNewsFeed(page.text, page.url));
  }

  protected loadDetail(feed: Feed): GovLoadDetail {
    return { count: this._matching(feed.items).length, title: feed.title };
  }

  protected override isEmpty(): boolean {
    return this._matching().length === 0 && !this._pages.hasNextPage;
  }

  protected override emptyMessage(): string {
    return msg('No news yet.', { id: 'news-feed.empty' });
  }

  /** A tag filter compares in Latin, so the Latin converter must be there before the list is filtered. */
  protected override scheduleUpdate(): Promise<void> {
    return this.tag?.trim() ? loadConverter('latn').then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willLoad(): void {
    this._pages.stop();
  }

  /** A new document: paging starts from its first page. */
  protected override loaded(feed: Feed): void {
    this._pages.start(feed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('limit') || changed.has('tag')) this._pages.shown = this._limit;
  }

  /** Also waits for the stories being sanitized, so that "updated" means the whole story is on screen. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this._sanitizing.size) {
      await Promise.all(this._sanitizing.values());
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override render(): TemplateResult {
    return html`${super.render()}${this._renderMoreLink()}`;
  }

  protected override renderLoading(): TemplateResult {
    const placeholders = Array.from({ length: Math.min(this._limit, defaultLimit) });
    return html`<div class="state-loading" part="loading">
      <span class="visually-hidden">${msg('Loading news…', { id: 'news-feed.loading' })}</span>
      ${placeholders.map(
        () =>
          html`<div class="placeholder">
            <span class="skeleton skeleton-title"></span><span class="skeleton"></span><span class="skeleton"></span
            ><span class="skeleton skeleton-end"></span>
          </div>`,
      )}
    </div>`;
  }

  protected renderContent(): TemplateResult {
    const visible = this._matching().slice(0, this._pages.shown);
    if (this.show === 'full') visible.forEach((item) => this._sanitize(item));
    const list = visible.length
      ? // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari drops the list semantics of an unstyled list without it.
        html`<ul class="list" part="list" role="list" aria-busy=${this._pages.loading ? 'true' : 'false'}>
          ${visible.map((item) => this._renderItem(item))}
        </ul>`
      : // Nothing (with the tag) among the loaded items, but older pages to look in.
        html`<p class="state-empty" part="empty">${this.emptyMessage()}</p>`;
    return html`${list} ${this._pages.render(msg('Show more news', { id: 'news-feed.show-more' }))}`;
  }

  /*
   * An item is three templates in the usual case (item, heading with its link, dateline paragraph):
   * a list of a thousand items renders noticeably faster than with one template per piece.
   */
  private _renderItem(item: FeedItem): TemplateResult {
    const contentLang = item.language ?? (this.page.lang || undefined);
    const lang = this.langInScript(contentLang);
    const text = this._shortText(item);
    const full = this.show === 'full';
    const headline = item.title ?? (text && (full ? shorten(text, untitledHeadlineLength) : text));
    const heading = this._renderHeading(
      headline ? this.inScript(headline, contentLang) : this._fallbackHeadline(item),
      item.url ?? item.externalUrl,
      item.title === undefined,
    );
    const image = this.images ? this._renderImage(item, contentLang) : nothing;
    const summary = item.title !== undefined && !full ? text : undefined;
    const paragraph = this._renderDateline(item, contentLang, lang, summary && this.inScript(summary, contentLang));
    const story = full ? this._renderStory(item, contentLang) : nothing;
    const classes = image === nothing ? 'item' : 'item with-image';
    // No whitespace between the tags: more text nodes in each of a thousand items.
    // prettier-ignore
    return html`<li class="entry"><article class=${classes} part="item" lang=${ifDefined(lang)}>${heading}${paragraph}${story}${image}</article></li>`;
  }

  /**
   * The heading at the configured level with the title in its link. Without a URL the `<a>` has no
   * href: a placeholder for a link, which is neither focusable nor announced as one.
   */
  private _renderHeading(text: string, href: string | undefined, untitled: boolean): TemplateResult {
    const classes = untitled ? 'title untitled' : 'title';
    const rel = href && isExternal(href, location.href) ? 'noopener noreferrer' : undefined;
    // No whitespace between the tags: two more text nodes in each of a thousand items.
    // prettier-ignore
    const link = html`<a part="title-link" href=${ifDefined(href)} rel=${ifDefined(rel)}>${text}</a>`;
    return renderHeading(this.headingLevel, { part: 'title', class: classes }, link);
  }

  /** An item with neither title nor text is named by its date, so its heading is never empty. */
  private _fallbackHeadline(item: FeedItem): string {
    return item.datePublished
      ? formatNewsDate(item.datePublished, item.datePublishedOffset, this.page.formats)
      : msg('News item', { id: 'news-feed.untitled' });
  }

  /**
   * The paragraph "Brussels, 23 November 2016 – text": place in the item's language, date in the
   * page's, and the dash only when a text follows.
   */
  private _renderDateline(
    item: FeedItem,
    contentLang: string | undefined,
    lang: string | undefined,
    text: string | undefined,
  ) {
    const place = item.gov.place && this.inScript(item.gov.place, contentLang);
    const date = item.datePublished;
    const end = text ? ' – ' : '';
    if (!date) {
      // prettier-ignore
      if (place) return html`<p class="summary" part="summary"><span class="dateline" part="dateline"><span part="place">${place}</span>${end}</span>${text}</p>`;
      return text ? html`<p class="summary" part="summary">${text}</p>` : nothing;
    }
    const { formats } = this.page;
    const offset = item.datePublishedOffset;
    const time = formatNewsDate(date, offset, formats);
    const datetime = dateTimeAttribute(date, offset);
    const timeLang = lang === formats ? undefined : formats;
    // No whitespace between the tags: more text nodes in each of a thousand items.
    // prettier-ignore
    return place
      ? html`<p class="summary" part="summary"><span class="dateline" part="dateline"><span part="place">${place}</span>, <time part="date" datetime=${datetime} lang=${ifDefined(timeLang)}>${time}</time>${end}</span>${text}</p>`
      : html`<p class="summary" part="summary"><span class="dateline" part="dateline"><time part="date" datetime=${datetime} lang=${ifDefined(timeLang)}>${time}</time>${end}</span>${text}</p>`;
  }

  private _renderImage(item: FeedItem, contentLang: string | undefined) {
    const src = item.image ?? item.bannerImage;
    if (!src) return nothing;
    // The size and srcset in `_gov` describe `image`, not a banner.
    const own = src === item.image;
    // Without `_gov.alt` the image counts as decorative: it illustrates the story whose title is right beside it.
    return html`<img
      class="image"
      part="image"
      src=${src}
      srcset=${ifDefined(own ? item.gov.srcset : undefined)}
      sizes=${ifDefined(own && item.gov.srcset ? 'auto, 100vw' : undefined)}
      alt=${this.inScript(item.gov.alt ?? '', contentLang)}
      width=${ifDefined(own ? item.gov.width : undefined)}
      height=${ifDefined(own ? item.gov.height : undefined)}
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
    />`;
  }

  /** The whole story: sanitized HTML, else the plain text in paragraphs, else the summary. */
  private _renderStory(item: FeedItem, contentLang: string | undefined) {
    if (item.contentHtml) {
      const story = this._story(item, contentLang);
      if (story) return story;
      if (this._sanitized.get(item) !== null) return nothing;
    }
    const text = item.contentText ?? item.summary ?? (item.contentHtml ? this._shortText(item) : undefined);
    if (!text) return nothing;
    return html`<div class="content" part="content">
      ${text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph) => html`<p>${this.inScript(paragraph, contentLang)}</p>`)}
    </div>`;
  }

  /** The sanitized story prepared for the active script and heading level, made once for each. */
  private _story(item: FeedItem, contentLang: string | undefined): HTMLElement | undefined {
    const sanitized = this._sanitized.get(item);
    if (!sanitized) return undefined;
    // A converter that arrives later changes how the same story reads in the same script.
    const converters = `${converterLoaded('latn')}${converterLoaded('cyrl')}`;
    const key = `${this.page.script}|${converters}|${clampHeadingLevel(this.headingLevel)}|${contentLang}`;
    const prepared = this._stories.get(item);
    if (prepared?.key === key) return prepared.node;
    // A sanitized story exists only once its module has loaded.
    const node = fullStory.loaded!.showStory(
      sanitized,
      clampHeadingLevel(this.headingLevel),
      contentLang,
      this._shownText,
    );
    this._stories.set(item, { key, node });
    return node;
  }

  private _sanitize(item: FeedItem): void {
    if (!item.contentHtml || this._sanitized.has(item) || this._sanitizing.has(item)) return;
    const html = item.contentHtml;
    const done = fullStory()
      .then(({ sanitizeStory }) =>
        sanitizeStory({ purifierPolicy }, html, item.contentBaseUrl ?? item.url ?? this.documents.baseUrl),
      )
      .then(
        (fragment) => void this._sanitized.set(item, fragment),
        (error: unknown) => {
          this._sanitized.set(item, null);
          console.warn(
            `<${this.localName}>: the full text of "${item.id}" could not be sanitized, so its short text is shown`,
            error,
          );
        },
      )
      .finally(() => {
        this._sanitizing.delete(item);
        this.requestUpdate();
      });
    this._sanitizing.set(item, done);
  }

  private _renderMoreLink() {
    const href = safeUrl(this.moreHref, document.baseURI, 'link');
    if (!href) return nothing;
    const label = this.moreLabel?.trim()
      ? this.inScript(this.moreLabel.trim(), this.page.lang || undefined)
      : msg('More news', { id: 'news-feed.more-link' });
    return html`<p class="more" part="more">
      <a
        part="more-link"
        href=${href}
        rel=${ifDefined(isExternal(href, location.href) ? 'noopener noreferrer' : undefined)}
        >${label}</a
      >
    </p>`;
  }

  private _shortText(item: FeedItem): string | undefined {
    let text = this._shortTexts.get(item);
    if (text === undefined) {
      const whole = itemText(item);
      text = whole ? shorten(whole) : null;
      this._shortTexts.set(item, text);
    }
    return text ?? undefined;
  }

  /** The items with the chosen tag, worked out once for each list of items and tag (a list may be long). */
  private _matching(items: FeedItem[] = this._pages.items): FeedItem[] {
    const tag = this.tag?.trim();
    if (!tag) return items;
    if (this._matches?.items !== items || this._matches.tag !== tag) {
      const matching = tagMatcher(tag, (text) => textInScript(text, 'sr', 'latn'));
      this._matches = { items, tag, matching: items.filter((item) => item.tags.some(matching)) };
    }
    return this._matches.matching;
  }

  private _warnAboutProblems(problems: string[], url: string): void {
    if (problems.length)
      console.warn(`<${this.localName}>: ${problems.length} problem(s) with items of ${url}: ${problems.join('; ')}`);
  }

  private _newItemsMessage(count: number): string {
    switch (pluralCategory(this.page.locale, count)) {
      case 'one':
        return msg(str`${count} more news item shown.`, { id: 'news-feed.more-shown.one' });
      case 'few':
        return msg(str`${count} more news items shown.`, { id: 'news-feed.more-shown.few' });
      default:
        return msg(str`${count} more news items shown.`, { id: 'news-feed.more-shown.other' });
    }
  }
}
