/** `gov-widgets-cli photos`: see the description below and the README's "Publishing your content". */
import { availableParallelism } from 'node:os';
import { CliError, type Command } from '../lib/command.js';
import { checkTimeZone, localTimeZone } from '../lib/time.js';
import { PhotosProgress } from '../photos/progress.js';

function wholeNumber(value: unknown, option: string, minimum = 1): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < minimum) {
    throw new CliError(`--${option} must be a whole number of at least ${minimum}, not "${value}"`, 2);
  }
  return number;
}

export const command: Command = {
  name: 'photos',
  summary: 'a folder of photos → thumbnails, srcset and a JSON Feed for <gov-photo-gallery>',
  usage: 'gov-widgets-cli photos <folder> --out <dir> [options]',
  description: [
    'Reads the JPEG, PNG, WebP, AVIF, TIFF and GIF photos of <folder> (HEIC where sharp can decode it) and ' +
      'writes into --out the feed for <gov-photo-gallery> (photos.json) and, under images/, each photo turned ' +
      'upright by its EXIF orientation: the full image (JPEG, or PNG with transparency) and WebP versions at ' +
      'the srcset widths, the narrowest doubling as the grid thumbnail (AVIF too with --avif). The feed ' +
      "gives every photo its real width and height, so the page reserves each one's space before it loads.",
    'Alt text, caption, description, credit and date come from photos.csv in <folder>, which the first run ' +
      "creates with every photo listed and what the photos' own EXIF, IPTC and XMP say (caption, " +
      'photographer, date taken, IPTC alt text). Edit it in any spreadsheet program: your text always wins ' +
      'over the metadata, new photos are added at the end, and the row order is the gallery order. A photo ' +
      'without alt text is a warning (an error with --strict, which then writes no feed).',
    'Published copies carry no GPS position and no EXIF (the caption and credit are written into XMP), ' +
      'unless --keep-gps. A photo whose content, settings and text are unchanged since the last run is ' +
      'skipped; one photo per core is processed at a time; a progress bar shows on a terminal.',
  ].join('\n\n'),
  options: {
    out: { type: 'string', short: 'o', value: '<dir>', description: 'The folder to write the feed and images/ into.' },
    title: {
      type: 'string',
      value: '<text>',
      description: "The gallery's title (the lightbox's name).",
      default: 'Photos',
    },
    lang: {
      type: 'string',
      value: '<tag>',
      description: 'The language of the captions and alt texts. Default: detected.',
    },
    'base-url': {
      type: 'string',
      value: '<url>',
      description: 'Where --out is published, to write absolute addresses.',
    },
    sidecar: {
      type: 'string',
      value: '<file>',
      description: 'The CSV of alt texts and captions. Default: <folder>/photos.csv.',
    },
    widths: {
      type: 'string',
      value: '<list>',
      default: '480,800,1200,1600,2400',
      description: 'The srcset widths in pixels (a photo gets those narrower than itself, and its own width).',
    },
    thumbnail: { type: 'string', value: '<px>', default: '480', description: "The grid thumbnail's least width." },
    'max-size': { type: 'string', value: '<px>', default: '2400', description: "The full image's longest side." },
    quality: { type: 'string', value: '<1-100>', default: '78', description: 'WebP quality (AVIF uses 25 less).' },
    avif: { type: 'boolean', description: 'Also writes AVIF versions, and the feed points at them (smaller files).' },
    'keep-gps': { type: 'boolean', description: 'Keeps the EXIF data, GPS position included, in the full images.' },
    strict: { type: 'boolean', description: 'A photo without alt text is an error: exit code 1 and no feed.' },
    name: { type: 'string', value: '<name>', default: 'photos', description: "The feed's file name without .json." },
    'page-size': {
      type: 'string',
      value: '<n>',
      default: '100',
      description: 'Photos per feed page (the gallery loads more on demand).',
    },
    'time-zone': {
      type: 'string',
      value: '<zone>',
      description: "The zone of the cameras' clocks. Default: this machine's.",
    },
    jobs: { type: 'string', value: '<n>', description: 'Photos processed at once. Default: the number of cores.' },
    quiet: { type: 'boolean', short: 'q', description: 'Prints only warnings and errors.' },
  },
  examples: [
    [
      'gov-widgets-cli photos ~/Pictures/visit-2016 --out public/gallery --title "State visit"',
      'First run: writes photos.csv beside the photos; fill in its alt column and run again.',
    ],
    [
      'gov-widgets-cli photos ~/Pictures/visit-2016 --out public/gallery --avif --strict',
      'AVIF versions, and a failure when any photo still has no alt text.',
    ],
  ],
  async run({ args, options, log }) {
    if (args.length !== 1) throw new CliError('photos needs one <folder> of photos', 2);
    if (typeof options.out !== 'string') throw new CliError('photos needs --out <dir>, the folder to publish into', 2);
    const widths = String(options.widths)
      .split(',')
      .map((width) => wholeNumber(width.trim(), 'widths', 16));
    const timeZone = typeof options['time-zone'] === 'string' ? options['time-zone'] : localTimeZone();
    checkTimeZone(timeZone);
    const quality = wholeNumber(options.quality, 'quality');
    if (quality > 100) throw new CliError('--quality must be at most 100', 2);
    const progress = new PhotosProgress(options.quiet === true);
    const { publishPhotos } = await import('../photos/publish.js');
    let result;
    try {
      result = await publishPhotos({
        folder: args[0]!,
        out: options.out,
        sidecar: options.sidecar as string | undefined,
        title: options.title as string,
        language: options.lang as string | undefined,
        baseUrl: options['base-url'] as string | undefined,
        name: String(options.name),
        pageSize: wholeNumber(options['page-size'], 'page-size'),
        timeZone,
        strict: options.strict === true,
        jobs: options.jobs === undefined ? availableParallelism() : wholeNumber(options.jobs, 'jobs'),
        settings: {
          widths,
          thumbnail: wholeNumber(options.thumbnail, 'thumbnail', 16),
          maxSize: wholeNumber(options['max-size'], 'max-size', 16),
          quality,
          avif: options.avif === true,
          keepGps: options['keep-gps'] === true,
        },
        progress: (event) => progress.update(event),
      });
    } finally {
      progress.stop();
    }
    for (const { file, message } of result.failed) log.error(`${file}: ${message}`);
    for (const row of result.orphanRows) log.warn(row);
    for (const photo of result.withoutAlt) {
      const say = options.strict ? log.error : log.warn;
      say(
        `${photo} has no alt text: the gallery shows its caption instead. Describe what the photo shows in the alt column.`,
      );
    }
    if (!options.quiet) {
      if (result.sidecar.created) log.info(`created ${result.sidecar.path}: write an alt text for every photo in it`);
      if (result.gpsRemoved.length)
        log.info(`GPS positions left out of the published copies of: ${result.gpsRemoved.join(', ')}`);
      log.info(
        `photos: ${result.total} in the folder → ${result.made} made, ${result.unchanged} unchanged, ${result.failed.length} failed` +
          `${result.removedFiles ? `, ${result.removedFiles} old files removed` : ''}; ` +
          `${result.coresBusy.toFixed(1)} of ${availableParallelism()} cores busy`,
      );
      for (const page of result.pages)
        log.info(`  ${page.written ? 'wrote' : 'unchanged'} ${page.file} (${page.items} photos)`);
    }
    if (!result.feedWritten) log.error('--strict: the feed was not written, because photos have no alt text');
    return result.failed.length || !result.feedWritten ? 1 : 0;
  },
};
