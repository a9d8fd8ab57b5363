/** `gov-widgets-cli news`: see the description below and the README's "Publishing your content". */
import { CliError, webAddress, type Command } from '../lib/command.js';
import { installDom } from '../lib/dom.js';
import { checkTimeZone, localTimeZone } from '../lib/time.js';
import { encodings, type CuteNewsEncoding } from '../news/encoding.js';

function positiveInteger(value: unknown, option: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new CliError(`--${option} must be a whole number above 0, not "${value}"`, 2);
  return number;
}

export const command: Command = {
  name: 'news',
  summary: 'CuteNews data, RSS, Atom or JSON Feed → paged JSON Feed for <gov-news-feed>',
  usage: 'gov-widgets-cli news <source> --out <dir> [options]',
  description: [
    '<source> is a CuteNews 1.x data folder (the folder holding news.txt, or the CuteNews folder above it: ' +
      'active news, archives and categories are read, in UTF-8, windows-1251 or windows-1250, found per file), ' +
      'or an RSS 2.0, Atom 1.0 or JSON Feed file or http(s) address (its next pages are followed).',
    'Writes JSON Feed 1.1 pages for <gov-news-feed> into --out: news.json holds the newest stories, ' +
      'news-1.json the oldest --page-size, news-2.json the next, and so on, linked newest to oldest by next_url. ' +
      'Pages are cut from the oldest story on, so a new story changes news.json only, and a file is ' +
      'written only when its content changes. Ids stay the same from run to run.',
    'Each story: a leading dateline ("Brussels, 23 Nov 2016 – …") moves into _gov.place, as the widget ' +
      'shows it; categories become tags; CuteNews markup ([b], [link=…], [quote], smilies, line breaks) ' +
      'becomes clean HTML, and all HTML is sanitized like the widget does. The language is --lang, ' +
      "else the source's, else detected (Cyrillic text is sr-Cyrl). With --latin each page also gets " +
      'a Latin copy (news.sr-Latn.json, …) made by the same engine as the script toggle.',
  ].join('\n\n'),
  options: {
    out: {
      type: 'string',
      short: 'o',
      value: '<dir>',
      description: 'The folder to write the pages into (created when missing).',
    },
    'page-size': {
      type: 'string',
      value: '<n>',
      default: '20',
      description: 'Stories per page; news.json holds up to twice as many.',
    },
    name: {
      type: 'string',
      value: '<name>',
      default: 'news',
      description: 'The file name of the first page without .json.',
    },
    title: { type: 'string', value: '<text>', description: 'The feed\'s title. Default: the source\'s, or "News".' },
    description: { type: 'string', value: '<text>', description: "The feed's description." },
    site: {
      type: 'string',
      value: '<url>',
      description:
        "The site's address (https://www.example.gov.rs/): the feed's home_page_url, and what relative links " +
        'and images in stories resolve against. Without it they stay relative.',
    },
    'base-url': {
      type: 'string',
      value: '<url>',
      description: 'Where the --out folder is published, to write feed_url and next_url as absolute addresses.',
    },
    'item-url': {
      type: 'string',
      value: '<template>',
      description:
        "CuteNews only: each story's address, with {id}, {archive} and {category} filled in, e.g. " +
        '"https://www.example.gov.rs/news.php?subaction=showfull&id={id}&archive={archive}".',
    },
    lang: { type: 'string', value: '<tag>', description: 'The language of every story (sr-Cyrl, sr-Latn, en, …).' },
    latin: {
      type: 'boolean',
      description: 'Also writes the Latin copy of every page (news.sr-Latn.json, news-1.sr-Latn.json, …).',
    },
    'time-zone': {
      type: 'string',
      value: '<zone>',
      description: "CuteNews only: the site's time zone, e.g. Europe/Belgrade. Default: this machine's.",
    },
    encoding: {
      type: 'string',
      value: '<name>',
      default: 'auto',
      description: "CuteNews only: utf-8, windows-1251 or windows-1250 for every file; auto finds each file's own.",
    },
    authors: {
      type: 'boolean',
      description: "Publishes the authors' names (CuteNews: their nicknames). Off by default.",
    },
    quiet: { type: 'boolean', short: 'q', description: 'Prints only warnings and errors.' },
  },
  examples: [
    [
      'gov-widgets-cli news /var/www/cutenews --out public/feeds --site https://www.example.gov.rs/ --time-zone Europe/Belgrade --latin',
      'A CuteNews site: news.json, news-1.json, … and their Latin copies in public/feeds.',
    ],
    [
      'gov-widgets-cli news https://www.example.gov.rs/feed/ --out public/feeds --page-size 30',
      'A WordPress RSS feed as paged JSON Feed.',
    ],
  ],
  async run({ args, options, log }) {
    if (args.length !== 1)
      throw new CliError('news needs one <source>: a CuteNews data folder, a feed file or a feed address', 2);
    if (typeof options.out !== 'string')
      throw new CliError('news needs --out <dir>, the folder to write the pages into', 2);
    const encoding = String(options.encoding);
    if (encoding !== 'auto' && !encodings.includes(encoding as CuteNewsEncoding)) {
      throw new CliError(`--encoding must be auto, ${encodings.join(', ')}; not "${encoding}"`, 2);
    }
    const timeZone = typeof options['time-zone'] === 'string' ? options['time-zone'] : localTimeZone();
    checkTimeZone(timeZone);
    installDom();
    const { convertNews } = await import('../news/convert.js');
    const result = await convertNews({
      source: args[0]!,
      out: options.out,
      pageSize: positiveInteger(options['page-size'], 'page-size'),
      name: String(options.name),
      title: options.title as string | undefined,
      description: options.description as string | undefined,
      siteUrl: webAddress(options.site, 'site'),
      baseUrl: webAddress(options['base-url'], 'base-url'),
      itemUrl: options['item-url'] as string | undefined,
      language: options.lang as string | undefined,
      latin: options.latin === true,
      timeZone,
      encoding: encoding as CuteNewsEncoding | 'auto',
      authors: options.authors === true,
    });
    for (const problem of result.problems) log.warn(problem);
    for (const note of result.notes) if (!options.quiet || /kB/.test(note)) log.info(`note: ${note}`);
    if (!options.quiet) {
      const changed = result.pages.filter((page) => page.written);
      const pages = options.latin ? result.pages.length / 2 : result.pages.length;
      log.info(
        `news: ${result.stories} stor${result.stories === 1 ? 'y' : 'ies'} → ${pages} page${pages === 1 ? '' : 's'}` +
          `${options.latin ? ` and their ${pages} Latin copies` : ''} in ${options.out} ` +
          `(${changed.length} written, ${result.pages.length - changed.length} unchanged` +
          `${result.removed.length ? `, ${result.removed.length} removed` : ''})`,
      );
      for (const page of changed)
        log.info(`  wrote ${page.file} (${page.items} stories, ${Math.round(page.bytes / 1024)} kB)`);
    }
    return 0;
  },
};
