/** `gov-widgets-cli check`: see the description below and the README's "Publishing your content". */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { declaredXmlEncoding, fetchDocument } from '../../../src/page/load.js';
import type { CheckResult, DocumentKind } from '../check/index.js';
import { CliError, type Command } from '../lib/command.js';
import { installDom } from '../lib/dom.js';

const kinds: DocumentKind[] = ['news', 'photos', 'contact'];
const kindNames: Record<DocumentKind, string> = { news: 'news feed', photos: 'photo feed', contact: 'contact data' };
const formatNames = { json: 'JSON Feed', rss: 'RSS', atom: 'Atom', 'json-ld': 'JSON-LD' };

async function readSource(source: string): Promise<{ text: string; url: string }> {
  if (/^https?:\/\//i.test(source)) {
    const fetched = await fetchDocument(source, {
      timeout: 30_000,
      accept:
        'application/feed+json, application/ld+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9',
      declaredEncoding: declaredXmlEncoding,
    });
    return { text: fetched.text, url: fetched.url };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(source);
  } catch (error) {
    throw new Error(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, {
      cause: error,
    });
  }
  // A file is read as if served: relative URLs resolve against a web address, as on the site.
  return {
    text: new TextDecoder(declaredXmlEncoding(bytes) ?? 'utf-8').decode(bytes),
    url: new URL(pathToFileURL(resolve(source)).pathname, 'https://site.invalid/').href,
  };
}

function report(source: string, result: CheckResult): string {
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const what = result.kind
    ? `${kindNames[result.kind]}${result.format ? ` (${formatNames[result.format]})` : ''}`
    : 'unreadable';
  const count =
    result.count === undefined
      ? ''
      : `, ${result.count} ${result.kind === 'contact' ? 'office' : result.kind === 'photos' ? 'photo' : 'item'}${result.count === 1 ? '' : 's'} shown`;
  const lines = [
    `${source}: ${what}${count} — ${errors ? `${errors} error${errors === 1 ? '' : 's'}` : 'no errors'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  ];
  for (const problem of result.problems) {
    const place = problem.line ? `${source}:${problem.line}:${problem.column}` : source;
    lines.push(
      `  ${place}  ${problem.severity}${problem.pointer ? `  ${problem.pointer}` : ''}`,
      `    ${problem.message}`,
      `    What the widget does: ${problem.effect}`,
      `    Fix: ${problem.fix}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export const command: Command = {
  name: 'check',
  summary: 'checks news feeds, photo feeds and contact JSON-LD the way the widgets will read them',
  usage: 'gov-widgets-cli check <file|url>... [options]',
  description: [
    'Checks each document against the JSON Schemas of gov-widgets (schemas/) and reads it with the ' +
      "widgets' own readers. Every problem is listed with its place — file:line:column and the JSON " +
      'pointer of the value — what the widget will do with it, and how to fix it. JSON Feed, RSS and ' +
      'Atom are checked as news (a JSON Feed whose items are all images as photos), JSON-LD as contact data; ' +
      '--as decides instead.',
    'Errors are what a widget or a feed reader cannot use (an item without an id, a date that is not a ' +
      'date, a javascript: link); warnings are what works but loses something (a photo without alt text, ' +
      'a misspelt member). The exit code is 1 when any document has an error or cannot be read, else 0.',
  ].join('\n\n'),
  options: {
    as: { type: 'string', value: '<kind>', description: 'Check every document as news, photos or contact.' },
    json: { type: 'boolean', description: 'Prints the results as JSON (one object per document) for other tools.' },
    quiet: { type: 'boolean', short: 'q', description: 'Prints only documents with problems.' },
  },
  examples: [
    ['gov-widgets-cli check public/feeds/news.json public/feeds/photos.json', 'Checks two feeds.'],
    ['gov-widgets-cli check https://www.example.gov.rs/kontakt.jsonld --as contact', 'Checks contact data on a site.'],
  ],
  async run({ args, options }) {
    if (args.length === 0) throw new CliError('check needs at least one <file|url>', 2);
    const kind = options.as as DocumentKind | undefined;
    if (kind !== undefined && !kinds.includes(kind))
      throw new CliError(`--as must be ${kinds.join(', ')}; not "${kind}"`, 2);
    installDom();
    const { checkDocument } = await import('../check/index.js');
    const results: (CheckResult & { source: string })[] = [];
    for (const source of args) {
      let result: CheckResult;
      try {
        const { text, url } = await readSource(source);
        result = checkDocument(text, { kind, url });
      } catch (error) {
        result = {
          problems: [
            {
              severity: 'error',
              pointer: '',
              message: (error as Error).message,
              effect: 'The widget shows its error state with "Try again".',
              fix: 'Check the file name or address.',
            },
          ],
        };
      }
      results.push({ source, ...result });
      if (!options.json && !(options.quiet && result.problems.length === 0))
        process.stdout.write(report(source, result));
    }
    if (options.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return results.some((result) => result.problems.some((problem) => problem.severity === 'error')) ? 1 : 0;
  },
};
