/** `gov-widgets-cli render`: see the description below and the README's "Pages without JavaScript". */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError, webAddress, type Command } from '../lib/command.js';
import { writeFileAtomic } from '../lib/write.js';

/** The Latin copy of `index.html` is `index.sr-Latn.html`, beside it (relative links stay valid). */
const latinSuffix = '.sr-Latn';
/**
 * The address pages rendered without --base-url are rendered at: links are written relative to the
 * page again (a folder of its own, so that a root-relative link stays root-relative).
 */
const standIn = 'https://site.gov-widgets-cli.invalid/__out__/';

/** The folder the pages share, so that each keeps its place under --out. */
function commonFolder(paths: string[]): string {
  let common = dirname(paths[0]!);
  while (!paths.every((path) => path.startsWith(common.endsWith(sep) ? common : common + sep)))
    common = dirname(common);
  return common;
}

const cyrillicName = (name: string) => name.replace(new RegExp(`${latinSuffix.replace('.', '\\.')}(\\.html?)$`), '$1');
const latinName = (name: string) => cyrillicName(name).replace(/(\.html?)$/, `${latinSuffix}$1`);

export const command: Command = {
  name: 'render',
  summary: 'prerenders the widgets of static pages (content without JavaScript) and writes their Latin copies',
  usage: 'gov-widgets-cli render <page.html…> --out <dir> [options]',
  description: [
    'Each <gov-news-feed>, <gov-photo-gallery> and <gov-contact-card> of the pages gets its data read now ' +
      '(its inline data, or the file or address its src names, relative to the page; RSS and Atom become JSON Feed) ' +
      'and embedded in the page as its inline data, and its content rendered into the page (declarative shadow DOM): ' +
      'without JavaScript, and to search engines, the page shows the news, the contact card and the photos; ' +
      'with JavaScript the widgets take over what is there, with no request for their data and nothing moving. ' +
      'The page loads gov-widgets-hydrate.js before gov-widgets.js (the tag is written for it; copy the file beside the bundle).',
    'With --script latn each Serbian page also gets its Latin copy (index.html → index.sr-Latn.html), converted by the ' +
      'script toggle\'s own rules, and both pages get <link rel="alternate" hreflang> to each other (absolute with ' +
      '--base-url) and their <gov-script-toggle> becomes two links to them. Rendering a rendered page again changes nothing.',
  ].join('\n\n'),
  options: {
    out: {
      type: 'string',
      short: 'o',
      value: '<dir>',
      description:
        'The folder to write the pages into, each at its place relative to the others (created when missing).',
    },
    script: {
      type: 'string',
      value: '<latn>',
      description: 'latn: also writes the Latin copy of each Serbian page.',
    },
    'base-url': {
      type: 'string',
      value: '<url>',
      description:
        "Where --out is published (https://www.example.gov.rs/): the pages' address, for absolute hreflang links " +
        "and the widgets' links. Without it links stay relative.",
    },
    hydrate: {
      type: 'string',
      value: '<url>',
      description:
        "The address of Lit's hydrate support, loaded before the widgets (a page that loads gov-widgets from an npm " +
        "build names its own). Default: gov-widgets-hydrate.js beside the page's gov-widgets.js.",
    },
    quiet: { type: 'boolean', short: 'q', description: 'Prints only warnings and errors.' },
  },
  examples: [
    ['gov-widgets-cli render site/*.html --out public', 'Prerenders the pages of site/ into public/.'],
    [
      'gov-widgets-cli render site/index.html --out public --script latn --base-url https://www.example.gov.rs/',
      'public/index.html and its Latin copy public/index.sr-Latn.html, linked to each other.',
    ],
  ],
  async run({ args, options, log }) {
    if (args.length === 0) throw new CliError('render needs at least one <page.html>', 2);
    if (typeof options.out !== 'string')
      throw new CliError('render needs --out <dir>, the folder to write the pages into', 2);
    const script = options.script;
    if (script !== undefined && script !== 'latn' && script !== 'cyrl')
      throw new CliError(`--script must be latn, not "${script}"`, 2);
    const base = webAddress(options['base-url'], 'base-url')?.replace(/\/?$/, '/') ?? standIn;
    const { readDocument, renderPage } = await import('../render/render-page.js');
    const pages = args.map((path) => resolve(path));
    const root = commonFolder(pages);
    const out = resolve(options.out);
    let problems = 0;
    let written = 0;
    let files = 0;
    for (const page of pages) {
      let html: string;
      try {
        html = await readFile(page, 'utf8');
      } catch (error) {
        throw new CliError(
          `${page}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        );
      }
      const path = relative(root, page).split(sep).join('/');
      const cyrl = join(dirname(path), cyrillicName(basename(path)))
        .split(sep)
        .join('/');
      const latn = join(dirname(path), latinName(basename(path)))
        .split(sep)
        .join('/');
      const serbian = /<html[^>]*\slang=["']?sr\b/i.test(html);
      // Absolute with --base-url, as search engines want them; else relative to the page.
      const address = (name: string) => (base === standIn ? name.split('/').pop()! : new URL(name, base).href);
      const alternates = script === 'latn' && serbian ? { cyrl: address(cyrl), latn: address(latn) } : undefined;
      const warn = (message: string) => {
        problems++;
        log.warn(message);
      };
      // The source's own folder is where its src attributes point: read from there, published at --base-url.
      const readFrom = (url: string) =>
        readDocument(
          url.startsWith(base) ? pathToFileURL(join(root, decodeURIComponent(url.slice(base.length)))).href : url,
        );
      // A Latin copy given as a page (a second run over the output) is rendered as itself.
      const isLatinCopy = basename(path) !== cyrillicName(basename(path));
      const outputs: [string, 'cyrl' | 'latn' | undefined][] =
        isLatinCopy && alternates
          ? [[latn, 'latn']]
          : alternates
            ? [
                [cyrl, 'cyrl'],
                [latn, 'latn'],
              ]
            : [[path, undefined]];
      for (const [name, pageScript] of outputs) {
        const rendered = await renderPage(html, {
          baseUrl: new URL(name, base).href,
          readFile: readFrom,
          script: pageScript,
          alternates,
          hydrateSupport: typeof options.hydrate === 'string' ? options.hydrate : undefined,
          warn,
        });
        files++;
        if (await writeFileAtomic(join(out, name), rendered)) {
          written++;
          if (!options.quiet) log.info(`  wrote ${join(options.out, name)}`);
        }
      }
      if (script === 'latn' && !serbian && !options.quiet)
        log.info(`  ${path}: not a Serbian page (<html lang>), so no Latin copy`);
    }
    if (script === 'latn' && base === standIn && !options.quiet)
      log.info('note: the hreflang links are relative: search engines want them absolute (--base-url)');
    if (!options.quiet)
      log.info(
        `render: ${pages.length} page${pages.length === 1 ? '' : 's'} → ${files} file${files === 1 ? '' : 's'} in ${options.out} (${written} written, ${files - written} unchanged)`,
      );
    return problems ? 1 : 0;
  },
};
