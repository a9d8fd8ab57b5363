/**
 * Reading a CuteNews 1.x data folder, as CuteNews itself writes it (inc/addnews.mdu, inc/editnews.mdu,
 * inc/tools.mdu, inc/functions.inc.php):
 *
 * - `data/news.txt`: the active news, newest first, one story a line:
 *   `time|author|title|short story|full story|avatar|category ids||` — the id is the Unix time the
 *   story was added (+ the date adjustment of config.php, bumped by one on a clash), the category
 *   ids a comma-separated list (1.4) or one id (1.3).
 * - `data/archives/<archive id>.news.arch`: the same lines, moved there by "send to archive".
 * - `data/category.db.php` (1.3–1.4; `category.db` on some installs): `id|name|icon url|...`.
 * - `data/users.db.php`: `…|…|username|password hash|nickname|e-mail|…`, for authors' display names.
 * - `data/config.php`: `$config_smilies`, `$config_http_script_dir`, `$config_date_adjust`.
 *
 * Inside a field CuteNews stores `|` as `&#124;`, drops carriage returns, and turns a new line into
 * `<br />` (or `{nl}` when "convert new lines" was off). Stories hold HTML when "use HTML" was on,
 * and always CuteCode: `[b]`, `[link=…]`, `[quote]`, `[list]`, `:smile:` and the rest, which
 * {@link cuteCodeToHtml} turns into plain HTML the way CuteNews shows it, minus its inline styles.
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { decode, type CuteNewsEncoding } from './encoding.js';

export interface CuteNewsStory {
  /** The CuteNews news id: the Unix time it was added, as written. */
  id: string;
  /** Seconds since the epoch, as stored (date adjustment included). */
  time: number;
  author: string;
  /** As stored: may hold HTML, CuteCode and entities. */
  title: string;
  shortStory: string;
  fullStory: string;
  avatar: string;
  categoryIds: string[];
  /** The archive's id (its file name), for an archived story. */
  archive?: string;
  /** Where the story's line is, for messages: `data/news.txt:12`. */
  source: string;
}

export interface CuteNewsConfig {
  smilies: string[];
  /** `$config_http_script_dir`: where CuteNews is installed on the site; smilies and uploaded images live under it. */
  scriptUrl?: string;
  /** `$config_date_adjust` in minutes: CuteNews adds it to every stored time. */
  dateAdjustMinutes: number;
}

export interface CuteNewsData {
  stories: CuteNewsStory[];
  categories: Map<string, string>;
  /** Username → the name shown for it. */
  authors: Map<string, string>;
  config: CuteNewsConfig;
  /** The encoding each file was read in. */
  encodings: { file: string; encoding: CuteNewsEncoding }[];
  /** Lines that could not be read, each with its file and line. */
  problems: string[];
}

export interface ReadOptions {
  encoding: CuteNewsEncoding | 'auto';
}

const defaultSmilies = ['smile', 'wink', 'wassat', 'tongue', 'laughing', 'sad', 'angry', 'crying'];

/** The `data` folder of a CuteNews install: the folder itself, or its `data` child. */
export async function findDataFolder(folder: string): Promise<string | undefined> {
  for (const candidate of [folder, join(folder, 'data')]) {
    const names = await readdir(candidate).catch(() => [] as string[]);
    if (names.includes('news.txt')) return candidate;
  }
  return undefined;
}

async function readText(
  path: string,
  options: ReadOptions,
  encodings: CuteNewsData['encodings'],
  label: string,
): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return undefined;
  }
  const { text, encoding } = decode(bytes, options.encoding);
  encodings.push({ file: label, encoding });
  return text;
}

const lines = (text: string) => text.replace(/\r/g, '').split('\n');

/** A value of config.php: `$config_name = "value";`. */
function configValue(php: string, name: string): string | undefined {
  return new RegExp(String.raw`\$config_${name}\s*=\s*"([^"]*)"`).exec(php)?.[1];
}

export async function readCuteNews(dataFolder: string, options: ReadOptions): Promise<CuteNewsData> {
  const encodings: CuteNewsData['encodings'] = [];
  const problems: string[] = [];
  const read = (name: string) => readText(join(dataFolder, name), options, encodings, `data/${name}`);

  const php = (await read('config.php')) ?? '';
  const adjust = Number(configValue(php, 'date_adjust') ?? 0);
  const config: CuteNewsConfig = {
    smilies:
      configValue(php, 'smilies')
        ?.split(',')
        .map((smiley) => smiley.trim())
        .filter(Boolean) ?? defaultSmilies,
    scriptUrl: configValue(php, 'http_script_dir')?.replace(/\/+$/, '') || undefined,
    dateAdjustMinutes: Number.isFinite(adjust) ? adjust : 0,
  };

  const categories = new Map<string, string>();
  const categoryText = (await read('category.db.php')) ?? (await read('category.db')) ?? '';
  for (const line of lines(categoryText)) {
    const [id, name] = line.split('|');
    if (id && /^\d+$/.test(id.trim()) && name) categories.set(id.trim(), decodeField(name).trim());
  }

  const authors = new Map<string, string>();
  for (const line of lines((await read('users.db.php')) ?? '')) {
    if (line.includes('<?')) continue;
    const fields = line.split('|');
    const [username, nickname] = [fields[2], fields[4]];
    if (username) authors.set(username, nickname?.trim() || username);
  }

  const stories: CuteNewsStory[] = [];
  const readStories = (text: string, file: string, archive?: string) => {
    lines(text).forEach((line, index) => {
      if (line.trim() === '') return;
      const source = `${file}:${index + 1}`;
      const fields = line.split('|');
      const [id, author = '', title = '', shortStory = '', fullStory = '', avatar = '', categories = ''] = fields;
      if (fields.length < 5 || !/^\d+$/.test(id ?? '')) {
        problems.push(
          `${source}: not a CuteNews story line (it should start with "time|author|title|short story|"); skipped`,
        );
        return;
      }
      stories.push({
        id: id!,
        time: Number(id),
        author,
        title,
        shortStory,
        fullStory,
        avatar: avatar.trim(),
        categoryIds: categories
          .split(',')
          .map((category) => category.trim())
          .filter(Boolean),
        archive,
        source,
      });
    });
  };

  const active = await read('news.txt');
  if (active === undefined) throw new Error(`${join(dataFolder, 'news.txt')} cannot be read`);
  readStories(active, 'data/news.txt');
  const archiveNames = (await readdir(join(dataFolder, 'archives')).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.news.arch'))
    .sort();
  for (const name of archiveNames) {
    const text = await read(`archives/${name}`);
    if (text !== undefined) readStories(text, `data/archives/${name}`, basename(name, '.news.arch'));
  }
  return { stories, categories, authors, config, encodings, problems };
}

/** A stored field as text: `&#124;` back to `|`, `{nl}` back to a new line. */
export function decodeField(value: string): string {
  return value.replace(/&#124;/g, '|').replace(/\{nl\}/g, '\n');
}

/** CuteNews's default smilies as the characters that say the same, so a story needs no smiley images. */
const emoji: Record<string, string> = {
  smile: '🙂',
  wink: '😉',
  wassat: '😕',
  tongue: '😛',
  laughing: '😆',
  sad: '🙁',
  angry: '😠',
  crying: '😢',
};

const escapeAttribute = (value: string) =>
  value
    .replace(/&(?!#?\w+;)/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;');

export interface CuteCodeOptions {
  smilies: string[];
  scriptUrl?: string;
}

/**
 * A stored story as HTML, the way CuteNews's replace_news("show") renders it, without the inline
 * styles and presentational tags it adds (colour, size and font are dropped, their text kept): the
 * result is then sanitized like any feed HTML, and its blank lines become paragraphs (news/story.ts).
 */
export function cuteCodeToHtml(stored: string, { smilies, scriptUrl = '' }: CuteCodeOptions): string {
  let html = decodeField(stored).replace(/\n/g, '<br />');
  const image = (src: string) => `<img src="${escapeAttribute(src)}" alt="">`;
  const replacements: [RegExp, string | ((...groups: string[]) => string)][] = [
    [/\[upimage=([^\]\s]*?)(?: [^\]]*?)?\]/gi, (_, file) => image(`${scriptUrl}/data/upimages/${file}`)],
    [/\[image=([^\]\s]*?)(?: [^\]]*?)?\]/gi, (_, src) => image(src)],
    [/\[b\](.*?)\[\/b\]/gi, '<strong>$1</strong>'],
    [/\[i\](.*?)\[\/i\]/gi, '<em>$1</em>'],
    [/\[u\](.*?)\[\/u\]/gi, '<u>$1</u>'],
    [/\[link\](.*?)\[\/link\]/gi, (_, url) => `<a href="${escapeAttribute(url)}">${url}</a>`],
    [/\[link=(.*?)\](.*?)\[\/link\]/gi, (_, url, text) => `<a href="${escapeAttribute(url)}">${text}</a>`],
    [/\[(?:color|size|font|align)=.*?\](.*?)\[\/(?:color|size|font|align)\]/gi, '$1'],
    [/\[quote=(.*?)\](.*?)\[\/quote\]/gi, '<blockquote><p><cite>$1</cite>:</p><p>$2</p></blockquote>'],
    [/\[quote\](.*?)\[\/quote\]/gi, '<blockquote><p>$1</p></blockquote>'],
    [/\[list\]/gi, '<ul>'],
    [/\[\/list\]/gi, '</ul>'],
    [/\[\*\]/g, '<li>'],
  ];
  // Nested tags ([b][i]…[/i][/b]) take one pass per level; stop when nothing changes.
  for (let pass = 0; pass < 4; pass++) {
    const before = html;
    for (const [pattern, replacement] of replacements) html = html.replace(pattern, replacement as string);
    if (html === before) break;
  }
  for (const name of smilies) {
    const code = new RegExp(`:${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`, 'g');
    html = html.replace(
      code,
      emoji[name] ??
        image(`${scriptUrl}/data/emoticons/${name}.gif`).replace('alt=""', `alt="${escapeAttribute(name)}"`),
    );
  }
  return html;
}
