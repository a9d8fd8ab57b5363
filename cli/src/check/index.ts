/**
 * The checks of `gov-widgets-cli check`, as a function a browser page can run (no Node APIs; the
 * schemas are compiled ahead of time, so nothing is evaluated at run time and it works under a
 * strict CSP): a document's text is validated against the project's JSON Schemas and read by the
 * widgets' own readers (src/core), and every problem comes back with its JSON pointer, its line and
 * column, what the widget will do with it and how to fix it.
 *
 *   import { checkDocument } from 'gov-widgets-cli/check';
 *   const { problems } = checkDocument(text, { url: 'https://example.gov.rs/feeds/news.json' });
 *
 * XML (RSS, Atom) is parsed with the page's DOMParser (in Node, install one first).
 */
import { parse as parseJson, type DocumentNode } from '@humanwhocodes/momoa';
import { readContacts } from '../../../src/core/contact.js';
import { isJsonFeed, isObject, readJsonFeed, type Feed } from '../../../src/core/feed.js';
import { readXmlFeed } from '../../../src/core/feed-xml.js';
import { LoadError, parseDocument, parseXml } from '../../../src/page/load.js';
import { readPhotoFeed } from '../../../src/core/photo-feed.js';
import * as generated from '../generated/schema-validators.js';
import { explainSchemaErrors, type SchemaError } from './explain.js';
import { locate } from './locate.js';
import type { CheckResult, DocumentKind, Problem } from './problem.js';

export type { CheckResult, DocumentKind, Problem } from './problem.js';

type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
const validators = generated as unknown as Record<
  'validateNewsFeed' | 'validatePhotoFeed' | 'validateContact',
  Validator
>;
const validatorOf: Record<DocumentKind, Validator> = {
  news: validators.validateNewsFeed,
  photos: validators.validatePhotoFeed,
  contact: validators.validateContact,
};

export interface CheckOptions {
  /** Check as this kind instead of telling it from the content. */
  kind?: DocumentKind;
  /** The document's own address: relative URLs resolve against it. */
  url?: string;
}

const unreadable = 'shows "The address does not hold content that this widget can show."';

/**
 * What a JSON document is: JSON-LD (`@context`, `@type`, `@graph`) is contact data; a JSON Feed
 * whose items all have an `image` and none has `content_html` is a photo feed; another JSON Feed is news.
 */
export function kindOf(value: unknown): DocumentKind | undefined {
  const nodes = Array.isArray(value) ? value : [value];
  if (nodes.some((node) => isObject(node) && ('@context' in node || '@type' in node || '@graph' in node)))
    return 'contact';
  if (!isObject(value) || !('version' in value || 'items' in value)) return undefined;
  const items = Array.isArray(value.items) ? value.items.filter(isObject) : [];
  return items.length > 0 && items.every((item) => 'image' in item && !('content_html' in item)) ? 'photos' : 'news';
}

/** The reader's problems ("item 3 repeats the id …") with a pointer where one can be told. */
function readerProblems(kind: DocumentKind, problems: string[], value: unknown, reported: Problem[]): Problem[] {
  const widget = { news: 'The news feed', photos: 'The gallery', contact: 'The contact card' }[kind];
  return problems.flatMap((problem): Problem[] => {
    const repeated = /^item (\d+) repeats the id "(.*)"$/.exec(problem);
    if (repeated) {
      return [
        {
          severity: 'error',
          pointer: `/items/${Number(repeated[1]) - 1}/id`,
          message: `Item ${repeated[1]} has the id "${repeated[2]}" of an earlier item.`,
          effect: `${widget} shows only the first item with that id.`,
          fix: 'Give every item its own id.',
        },
      ];
    }
    // The schema already reports missing ids, images and alt texts, with their places.
    if (/^item \d+ (has no id|is not an object)$|^items without an image|^photos without _gov\.alt/.test(problem))
      return [];
    // The card's "…": value it skipped, unless the schema already placed a problem on that member.
    const member = /^"([^"]+)"/.exec(problem)?.[1];
    if (member && reported.some(({ pointer }) => pointer.split('/').includes(member))) return [];
    return kind === 'contact' && isObject(value)
      ? [
          {
            severity: 'warning',
            pointer: '',
            message: `The card cannot read ${problem}.`,
            effect: 'The card leaves that value out.',
            fix: 'Correct or remove the value.',
          },
        ]
      : [
          {
            severity: 'warning',
            pointer: '',
            message: problem,
            effect: `${widget} leaves it out.`,
            fix: 'Correct or remove it.',
          },
        ];
  });
}

function checkXml(text: string, url: string): CheckResult {
  const document = parseDocument(text, { xml: parseXml });
  if (document.kind !== 'xml') throw new LoadError('format', 'not XML');
  const feed: Feed = readXmlFeed(document.document, url);
  const root = document.document.documentElement.localName;
  const problems: Problem[] = feed.problems.map((problem) => ({
    severity: /has no id|repeats the id/.test(problem) ? 'error' : 'warning',
    pointer: '',
    message: `The ${root === 'feed' ? 'Atom' : 'RSS'} feed: ${problem}.`,
    effect: 'The news feed skips that item.',
    fix: root === 'feed' ? 'Give every <entry> its own <id>.' : 'Give every <item> its own <guid> (or <link>).',
  }));
  return { kind: 'news', format: root === 'feed' ? 'atom' : 'rss', count: feed.items.length, problems };
}

export function checkDocument(text: string, options: CheckOptions = {}): CheckResult {
  const url = options.url ?? (typeof location === 'undefined' ? 'https://localhost/' : location.href);
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  const fatal = (message: string, fix: string, position?: { line: number; column: number }): CheckResult => ({
    kind: options.kind,
    problems: [{ severity: 'error', pointer: '', ...position, message, effect: `The widget ${unreadable}`, fix }],
  });
  if (trimmed.startsWith('<')) {
    try {
      return checkXml(trimmed, url);
    } catch (error) {
      return fatal((error as Error).message, 'Publish an RSS 2.0, Atom 1.0 or JSON Feed document at this address.');
    }
  }
  let ast: DocumentNode;
  try {
    ast = parseJson(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const { line, column } = error as { line?: number; column?: number };
    return fatal(
      `The JSON is not valid: ${(error as Error).message.replace(/\s*\(\d+:\d+\)$/, '')}`,
      'Correct the syntax there (a missing or extra comma, quote or bracket); a JSON validator or gov-widgets-cli writes valid JSON.',
      line ? { line, column: column ?? 1 } : undefined,
    );
  }
  const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  const kind = options.kind ?? kindOf(value);
  if (!kind) {
    return fatal(
      'This JSON is neither a JSON Feed (no "version") nor JSON-LD (no "@context").',
      'Check that the address serves the feed or the contact data.',
    );
  }
  const validate = validatorOf[kind];
  validate(value);
  // Each problem, and whether it points at a member's name (a misspelt key) rather than its value.
  const found: { problem: Problem; key: boolean }[] = explainSchemaErrors(kind, validate.errors ?? [], value).map(
    ({ key, pointer, ...problem }) => ({ problem: { ...problem, pointer: pointer ?? '' }, key: key === true }),
  );
  const add = (problems: Problem[]) => found.push(...problems.map((problem) => ({ problem, key: false })));
  let count: number | undefined;
  try {
    const read =
      kind === 'contact'
        ? readContacts(value, url)
        : isJsonFeed(value)
          ? kind === 'photos'
            ? readPhotoFeed(value, url)
            : readJsonFeed(value, url)
          : undefined;
    if (read) {
      count = 'offices' in read ? read.offices.length : 'photos' in read ? read.photos.length : read.items.length;
      add(
        readerProblems(
          kind,
          read.problems,
          value,
          found.map(({ problem }) => problem),
        ),
      );
    }
  } catch (error) {
    if (!found.some(({ problem }) => problem.severity === 'error' && problem.pointer === '')) {
      add([
        {
          severity: 'error',
          pointer: '',
          message: (error as Error).message,
          effect: `The widget ${unreadable}`,
          fix: 'See the problems above.',
        },
      ]);
    }
  }
  // Positions, and one problem per place and message, in document order.
  const seen = new Set<string>();
  const placed = found
    .filter(({ problem }) => {
      const id = `${problem.pointer}\n${problem.message}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .map(({ problem, key }) => ({ ...problem, ...locate(ast, problem.pointer, key) }));
  placed.sort((a, b) => a.line - b.line || a.column - b.column);
  return { kind, format: kind === 'contact' ? 'json-ld' : 'json', count, problems: placed };
}
