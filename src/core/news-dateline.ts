/**
 * The dateline a CMS already wrote into an item's text ("Brussels, 23 Nov 2016 – The Prime Minister…"),
 * taken out of it for <gov-news-feed>, which shows a dateline of its own: the place becomes the item's
 * dateline place (unless `_gov.place` names one), and the repeat goes from the summary, the plain text
 * and the HTML alike, so the short and the full story read the same. Only a dateline whose day is the
 * item's (see dateline.ts) is taken; an undated item takes its date from a dateline that names a year.
 */
import { liftDateline, liftDatelineFromHtml, type CalendarDay, type LiftedDateline } from './dateline.js';
import { readFeedDate } from './feed-date.js';
import { readIsoDate } from './iso-date.js';
import type { Feed, FeedItem, readJsonFeedSteps } from './feed.js';
import { finish, mapInSteps, type Steps } from './steps.js';

/** The item without the dateline its texts open with, or the item itself when they open with none. */
export function withoutDateline(item: FeedItem): FeedItem {
  const { datePublished, datePublishedOffset = 0 } = item;
  // The calendar day the item was written on, in the zone it was written in.
  const written = datePublished && new Date(datePublished.getTime() + datePublishedOffset * 60_000);
  let day: Required<CalendarDay> | undefined =
    written && !Number.isNaN(written.getTime())
      ? { year: written.getUTCFullYear(), month: written.getUTCMonth() + 1, day: written.getUTCDate() }
      : undefined;
  let found: LiftedDateline | undefined;
  const lift = (text: string | undefined, html = false): string | undefined => {
    if (text === undefined) return undefined;
    const lifted = html ? liftDatelineFromHtml(text, day) : liftDateline(text, day);
    // A dateline without a year cannot date an undated item: it stays in the text, with its date.
    if (!lifted || (!day && lifted.date.year === undefined)) return text;
    found ??= lifted;
    day ??= lifted.date as Required<CalendarDay>;
    return lifted.rest.trim() ? lifted.rest : undefined;
  };
  const summary = lift(item.summary);
  const contentText = lift(item.contentText);
  const contentHtml = lift(item.contentHtml, true);
  if (!found) return item;
  const undated = !datePublished && day;
  // Fields by name, not by spreading: a JSON Feed item reads some of them when first asked for (getters).
  const { gov } = item;
  return {
    ...item,
    title: item.title,
    authors: item.authors,
    tags: item.tags,
    attachments: item.attachments,
    summary,
    contentText,
    contentHtml,
    ...(undated && {
      datePublished: readIsoDate(`${undated.year}-${undated.month}-${undated.day}`)?.date,
      datePublishedOffset: undefined,
    }),
    gov: { ...gov, srcset: gov.srcset, place: gov.place ?? found.place },
  };
}

/** {@link withoutDateline} for every item of a feed. */
export const withoutDatelines = (feed: Feed): Feed => finish(withoutDatelinesSteps(feed));

/** {@link withoutDatelines} in steps (see steps.ts): a feed may hold a hundred thousand items. */
function* withoutDatelinesSteps(feed: Feed): Steps<Feed> {
  return { ...feed, items: yield* mapInSteps(feed.items, withoutDateline) };
}

/**
 * A JSON Feed as the news feed shows it when its plain reading was not enough: dates in every form of
 * feed-date.ts (those it cannot vouch for noted in `problems`), datelines lifted; in steps (see
 * steps.ts). `read` is feed.ts's readJsonFeedSteps, handed in by the element (see xml-feed.ts for why
 * this file does not import it).
 */
export function* readJsonNews(read: typeof readJsonFeedSteps, value: unknown, baseUrl: string): Steps<Feed> {
  const problems: string[] = [];
  const feed = yield* read(value, baseUrl, (text, language) => {
    const reading = readFeedDate(text, language);
    if (reading && 'problem' in reading) problems.push(`an item is undated: ${reading.problem}`);
    return reading && 'date' in reading ? reading : undefined;
  });
  return yield* withoutDatelinesSteps({ ...feed, problems: [...feed.problems, ...problems] });
}
