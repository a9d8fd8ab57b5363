/**
 * JSON Schema errors (ajv's, from the project's schemas) in plain language: what is wrong, what the
 * widget will do with it, and how to fix it. ajv reports every branch of an `anyOf`; those are
 * folded into one problem at the innermost value that fits none of them.
 */
import type { Problem, DocumentKind } from './problem.js';

export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

const widgetName: Record<DocumentKind, string> = {
  news: 'The news feed',
  photos: 'The gallery',
  contact: 'The contact card',
};

/** The value at a JSON pointer. */
export function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** The name a pointer ends in: the member, or for a list entry the list's name. */
function fieldOf(pointer: string): string {
  const tokens = pointer.split('/').slice(1);
  const last = tokens.at(-1);
  if (last === undefined) return 'the document';
  return /^\d+$/.test(last) ? `${tokens.at(-2) ?? 'list'}[${last}]` : last;
}

const isItem = (pointer: string) => /^\/items\/\d+$/.test(pointer);

const knownKeys = [
  'version',
  'title',
  'home_page_url',
  'feed_url',
  'description',
  'user_comment',
  'next_url',
  'icon',
  'favicon',
  'authors',
  'author',
  'language',
  'expired',
  'hubs',
  'items',
  'id',
  'url',
  'external_url',
  'content_html',
  'content_text',
  'summary',
  'image',
  'banner_image',
  'date_published',
  'date_modified',
  'tags',
  'attachments',
  '_gov',
  'place',
  'alt',
  'width',
  'height',
  'thumbnail',
  'srcset',
  'about',
  'name',
  'avatar',
  'mime_type',
];

/** The known key a misspelt one is closest to (at most two edits away). */
function closest(key: string): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  return knownKeys.find((known) => known !== key && distance(key.toLowerCase(), known) <= 2);
}

type Explanation = Omit<Problem, 'pointer' | 'line' | 'column'> & { pointer?: string; key?: boolean };

const problem =
  (severity: Problem['severity']) =>
  (message: string, effect: string, fix: string): Explanation => ({ severity, message, effect, fix });
const error = problem('error');
const warning = problem('warning');

function missing(kind: DocumentKind, pointer: string, property: string, root: unknown): Explanation {
  const widget = widgetName[kind];
  const at =
    pointer === ''
      ? 'The document'
      : isItem(pointer)
        ? `Item ${Number(pointer.split('/')[2]) + 1}`
        : `"${fieldOf(pointer)}"`;
  switch (property) {
    case 'version':
      return error(
        'The document has no "version", so it is not a JSON Feed.',
        `${widget} shows "The address does not hold content that this widget can show."`,
        'Add "version": "https://jsonfeed.org/version/1.1" as the first member.',
      );
    case 'title':
      return pointer === ''
        ? error(
            'The feed has no "title", which JSON Feed requires.',
            kind === 'photos'
              ? 'The lightbox has no name of its own for screen readers.'
              : `${widget} works; feed readers may reject the feed.`,
            'Add a "title": the name of the news or gallery, as plain text.',
          )
        : warning(`${at} has no title.`, `${widget} shows it without a caption.`, 'Add a "title".');
    case 'items':
      return error('The feed has no "items" list.', `${widget} shows its empty state.`, 'Add "items": [ … ].');
    case 'id':
      return error(
        `${at} has no "id".`,
        `${widget} skips it: without an id it cannot tell it apart from the same item on another page.`,
        'Give every item an "id" that is unique and never changes (its CMS id or permalink), as a string.',
      );
    case 'image':
      return error(
        `${at} has no "image".`,
        'The gallery skips it.',
        'Add "image": the address of the full-size photo.',
      );
    case '_gov':
      return warning(
        `${at} has no "_gov" with its alt text and pixel size.`,
        'The gallery uses its title as alt text and cannot zoom it to full resolution.',
        'Add "_gov": { "alt": "…", "width": …, "height": … } (gov-widgets-cli photos writes it).',
      );
    case 'alt':
      return warning(
        `The photo of item ${Number(pointer.split('/')[2]) + 1} has no alt text ("_gov.alt").`,
        'The gallery uses its caption as alt text: people who cannot see the photo hear the caption, not what it shows.',
        'Describe what the photo shows in "_gov.alt" (with gov-widgets-cli photos: the alt column of photos.csv).',
      );
    case 'width':
    case 'height':
      return warning(
        `The photo of item ${Number(pointer.split('/')[2]) + 1} has no "${property}" in "_gov".`,
        'The gallery cannot zoom it to full resolution or pick the right size for tall photos.',
        'Add "_gov.width" and "_gov.height", the pixel size of "image".',
      );
    case 'mime_type':
      return warning(
        `${at} has no "mime_type".`,
        'The widgets do not show attachments; feed readers guess the type.',
        'Add "mime_type", e.g. "application/pdf".',
      );
    case '@context':
      return warning(
        'The JSON-LD has no "@context".',
        'The card reads it anyway, but search engines do not see it as schema.org data.',
        'Add "@context": "https://schema.org".',
      );
    case '@type':
      return error(
        `${at} has no "@type".`,
        'The card cannot tell it is an office and shows "The address does not hold content that this widget can show."',
        'Add "@type": "GovernmentOffice" (or Embassy, GovernmentOrganization, …).',
      );
    case 'name':
      return valueAt(root, pointer) !== null && pointer.includes('author')
        ? warning(`${at} has no name.`, `${widget} leaves the author out.`, 'Add a "name".')
        : warning(
            'The office has no "name".',
            'The card shows no heading.',
            'Add "name": the office as people know it.',
          );
    case 'dayOfWeek':
      return error(
        `${at} has no "dayOfWeek".`,
        'The card leaves these opening hours out.',
        'Add "dayOfWeek": ["Monday", …].',
      );
    case 'latitude':
    case 'longitude':
      return error(
        `${at} has no "${property}".`,
        'The map link uses the address instead of the coordinates.',
        'Give "geo" both a "latitude" and a "longitude", as numbers.',
      );
    case 'opens':
    case 'closes':
      return error(
        `${at} has "${property === 'opens' ? 'closes' : 'opens'}" but no "${property}".`,
        'The card leaves these opening hours out.',
        'Give both "opens" and "closes" ("09:00"), or neither for a closed day.',
      );
    default:
      return error(`${at} has no "${property}".`, `${widget} may leave it out.`, `Add "${property}".`);
  }
}

function invalid(kind: DocumentKind, schemaError: SchemaError, root: unknown): Explanation {
  const widget = widgetName[kind];
  const pointer = schemaError.instancePath;
  const field = fieldOf(pointer);
  const value = valueAt(root, pointer);
  const name = field.replace(/\[\d+\]$/, '');

  if (schemaError.keyword === 'additionalProperties') {
    const key = String(schemaError.params.additionalProperty);
    const suggestion = closest(key);
    return {
      ...warning(
        `"${key}" is not a member ${kind === 'contact' ? 'the card reads' : 'JSON Feed or the _gov extension has'} here.`,
        `${widget} ignores it.`,
        suggestion
          ? `Did you mean "${suggestion}"? Extensions start with "_" ("_myname").`
          : 'Remove it, or name your own extension with a leading "_".',
      ),
      pointer: `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      key: true,
    };
  }
  if (schemaError.keyword === 'dependencies') {
    const size = schemaError.params.property === 'width' || schemaError.params.property === 'height';
    return (size ? warning : error)(
      `"${schemaError.params.property}" is given without "${schemaError.params.missingProperty}".`,
      size ? `${widget} ignores the size unless both are there.` : 'The card leaves these opening hours out.',
      size
        ? 'Give "width" and "height" together.'
        : 'Give both "opens" and "closes" ("09:00"), or neither for a closed day.',
    );
  }
  if (schemaError.keyword === 'type' && name === 'id' && typeof value === 'number') {
    return warning(
      `"${field}" is a number (${value}); JSON Feed ids are strings.`,
      `${widget} reads it as the string "${value}"; other feed readers may not.`,
      `Write it in quotes: "${value}".`,
    );
  }
  if (schemaError.keyword === 'type') {
    return error(
      `"${field}" is ${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`} (${shown(value)}); it must be ${schemaError.params.type === 'object' ? 'an object' : `a ${schemaError.params.type}`}.`,
      `${widget} ignores it.`,
      `Write "${name}" as ${schemaError.params.type === 'array' ? 'a list [ … ]' : `a ${schemaError.params.type}`}${schemaError.params.type === 'string' && typeof value === 'number' ? ` in quotes: "${value}"` : ''}.`,
    );
  }
  if (schemaError.keyword === 'minimum' || schemaError.keyword === 'maximum') {
    return error(
      `"${field}" is ${shown(value)}, out of range.`,
      `${widget} ignores it.`,
      `Use a value ${schemaError.keyword === 'minimum' ? 'of at least' : 'of at most'} ${schemaError.params.limit}.`,
    );
  }
  if (schemaError.keyword === 'not' && typeof value === 'string') {
    return warning(
      `"${field}" holds HTML tags or entities (${shown(value)}), but it is plain text.`,
      `${widget} shows it with the entities decoded and the tags dropped; other feed readers may show the tags.`,
      `Write "${name}" as plain text; put HTML only in "content_html".`,
    );
  }
  if ((schemaError.keyword === 'pattern' || schemaError.keyword === 'minLength') && typeof value === 'string') {
    if (/^date_/.test(name)) {
      const readable = !Number.isNaN(new Date(value).getTime());
      return readable
        ? warning(
            `"${field}" (${shown(value)}) is not an RFC 3339 date with an offset.`,
            `${widget} reads it, but may place it on the wrong day; other feed readers may not read it at all.`,
            'Write dates as 2016-11-23T14:30:00+01:00.',
          )
        : error(
            `"${field}" (${shown(value)}) is not a date.`,
            `${widget} shows the item without a date.`,
            'Write dates as 2016-11-23T14:30:00+01:00.',
          );
    }
    if (name === 'id') {
      return error(
        `Item ${Number(pointer.split('/')[2]) + 1} has a blank "id".`,
        `${widget} skips it.`,
        'Give it a unique id that never changes.',
      );
    }
    if (name === 'language') {
      return warning(
        `"${field}" (${shown(value)}) is not a language tag.`,
        `${widget} ignores it and takes the page's language.`,
        'Use a BCP 47 tag: sr-Cyrl, sr-Latn, en.',
      );
    }
    if (name === 'version') {
      return error(
        `"version" (${shown(value)}) is not a JSON Feed version.`,
        `${widget} shows "The address does not hold content that this widget can show."`,
        'Use "https://jsonfeed.org/version/1.1".',
      );
    }
    if (name === 'srcset') {
      return error(
        `"_gov.srcset" (${shown(value)}) is not a srcset.`,
        `${widget} drops the candidates it cannot read.`,
        'Write "photo-640.webp 640w, photo-1280.webp 1280w": a URL and a width each, separated by commas.',
      );
    }
    if (name === 'telephone' || name === 'faxNumber') {
      return warning(
        `"${field}" (${shown(value)}) is not a phone number.`,
        'The card shows it as written, without a tap-to-call link.',
        'Write the number in international form: +381 11 123 4567.',
      );
    }
    if (name === 'email') {
      return error(
        `"${field}" (${shown(value)}) is not an e-mail address.`,
        'The card leaves it out.',
        'Write the address alone: office@example.gov.rs.',
      );
    }
    if (name === 'opens' || name === 'closes') {
      return error(
        `"${field}" (${shown(value)}) is not a time of day.`,
        'The card leaves these opening hours out.',
        'Write times as 09:00 or 16:30.',
      );
    }
    if (
      /^(url|home_page_url|feed_url|next_url|external_url|image|banner_image|icon|favicon|avatar|thumbnail|hasMap)$/.test(
        name,
      )
    ) {
      return error(
        `"${field}" (${shown(value)}) is not an http(s) or relative address.`,
        `${widget} drops it (only http, https${/url$/.test(name) && name !== 'next_url' ? ', mailto and tel' : ''} addresses are followed).`,
        'Use an https:// address, or one relative to the feed.',
      );
    }
    if (name === 'latitude' || name === 'longitude') {
      return error(
        `"${field}" (${shown(value)}) is not a number.`,
        'The map link uses the address instead of the coordinates.',
        'Write the coordinate as a number in degrees: 44.8125.',
      );
    }
    if (name === 'dayOfWeek' || /^dayOfWeek\[/.test(field)) {
      return error(
        `"${field}" (${shown(value)}) is not a day of the week.`,
        'The card leaves these opening hours out.',
        'Use schema.org day names: Monday … Sunday, or PublicHolidays.',
      );
    }
    if (name === '@context') {
      return warning(
        '"@context" is not schema.org.',
        'The card reads it anyway; search engines may not.',
        'Use "@context": "https://schema.org".',
      );
    }
    return error(
      `"${field}" (${shown(value)}) is empty or not in the expected form.`,
      `${widget} ignores it.`,
      `Check the value of "${name}".`,
    );
  }
  if (schemaError.keyword === 'anyOf') {
    return error(
      `"${field}" (${shown(value)}) is not in a form ${widget.toLowerCase()} reads.`,
      `${widget} ignores it.`,
      `Check the value of "${name}" against the examples in the documentation.`,
    );
  }
  return error(
    `"${field}" ${schemaError.message ?? 'is not valid'}.`,
    `${widget} may ignore it.`,
    `Check the value of "${name}".`,
  );
}

/** Folds ajv's errors into problems (without positions). */
export function explainSchemaErrors(kind: DocumentKind, errors: SchemaError[], root: unknown): Explanation[] {
  const consumed = new Set<SchemaError>();
  const within = (path: string, parent: string) => path === parent || path.startsWith(`${parent}/`);
  const result: Explanation[] = [];
  const anyOfs = errors.filter((error) => error.keyword === 'anyOf');
  for (const error of errors) if (error.keyword === 'if') consumed.add(error);
  for (const anyOf of anyOfs) {
    const path = anyOf.instancePath;
    const value = valueAt(root, path);
    const requiredHere = errors.filter((error) => error.keyword === 'required' && error.instancePath === path);
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && requiredHere.length > 1) {
      for (const error of requiredHere) consumed.add(error);
      const names = requiredHere.map((error) => `"${error.params.missingProperty}"`);
      const widget = widgetName[kind];
      result.push(
        isItem(path)
          ? {
              severity: 'error',
              pointer: path,
              message: `Item ${Number(path.split('/')[2]) + 1} has neither "content_html" nor "content_text", one of which JSON Feed requires.`,
              effect: `${widget} shows what else the item has; other feed readers may reject it.`,
              fix: 'Add the story as "content_html" (or plain "content_text"; "" for a photo without a description).',
            }
          : {
              severity: 'warning',
              pointer: path,
              message: `"${fieldOf(path)}" has none of ${names.join(', ')}.`,
              effect: `${widget} leaves it out.`,
              fix: `Give it at least one of ${names.join(', ')}.`,
            },
      );
      continue;
    }
    const deeper = anyOfs.some((other) => other !== anyOf && other.instancePath.startsWith(`${path}/`));
    for (const error of errors) {
      if (error.keyword === 'anyOf' || error.keyword === 'required') continue;
      if (deeper ? error.instancePath === path : within(error.instancePath, path)) consumed.add(error);
    }
    if (deeper) continue;
    const widget = widgetName[kind];
    result.push(
      path === ''
        ? {
            severity: 'error',
            pointer: '',
            message: 'The document is neither a JSON-LD object nor a list of them.',
            effect: `${widget} shows "The address does not hold content that this widget can show."`,
            fix: 'Write one object: { "@context": "https://schema.org", "@type": "GovernmentOffice", … }.',
          }
        : {
            ...invalid(kind, { ...anyOf, keyword: typeof value === 'string' ? 'pattern' : 'anyOf' }, root),
            pointer: path,
          },
    );
  }
  for (const error of errors) {
    if (consumed.has(error) || error.keyword === 'anyOf' || error.keyword === 'allOf') continue;
    const explanation =
      error.keyword === 'required'
        ? missing(kind, error.instancePath, String(error.params.missingProperty), root)
        : invalid(kind, error, root);
    result.push({ pointer: error.instancePath, ...explanation });
  }
  return result;
}
