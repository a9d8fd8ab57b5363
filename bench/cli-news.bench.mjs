// gov-widgets-cli news on a CuteNews data folder of 10,000 stories (made here: news.txt and nine
// archives of Cyrillic stories with datelines, CuteCode and HTML, as CuteNews writes them), against
// the least any converter must do: reading the files and splitting them into stories and fields.
// There is no goal: the ratio says what datelines, sanitizing (DOMPurify on jsdom), paging and
// atomic writes cost on top of reading. A second run, with nothing changed, shows the re-run cost.
//
//   node bench/cli-news.bench.mjs [--stories=10000]
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli, timeCli } from './lib/cli.mjs';

const places = ['Брисел', 'Београд', 'Нови Сад', 'Ниш', 'Монс', 'Приштина/Београд'];
/** Serbian month names as a dateline writes them: `23. новембар 2016.` */
const monthName = (month) =>
  new Intl.DateTimeFormat('sr-Cyrl', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2015, month, 1));
const sentences = [
  'Министар одбране састао се данас са делегацијом Министарства одбране Републике Француске.',
  'Разговарано је о сарадњи у области [b]образовања и обуке[/b] и о заједничким вежбама.',
  'Делегација је обишла <a href="/jedinice/centar.html">Центар за мировне операције</a> Заједничке оперативне команде.',
  'Састанку су присуствовали представници Генералштаба и Министарства спољних послова :smile:',
  'Више информација доступно је на [link=https://www.mod.gov.rs/]сајту Министарства[/link].',
];

/** One CuteNews story line, about a kilobyte, as addnews.mdu writes it. */
function storyLine(index, time) {
  const date = new Date(time * 1000);
  const dateline = `${places[index % places.length]}, ${date.getUTCDate()}. ${monthName(date.getUTCMonth())} ${date.getUTCFullYear()}. –`;
  const body = Array.from({ length: 4 }, (_, n) => sentences[(index + n) % sentences.length]).join('<br /><br />');
  return `${time}|press|Вест број ${index}: сарадња у области одбране|${dateline} ${sentences[index % sentences.length]}|${dateline} ${body}||${1 + (index % 3)}||\n`;
}

function makeCuteNews(folder, count) {
  mkdirSync(join(folder, 'archives'), { recursive: true });
  writeFileSync(join(folder, 'category.db.php'), '1|Вести||\n2|Саопштења||\n3|Догађаји||\n');
  const start = Date.UTC(2010, 0, 1) / 1000;
  const lines = Array.from({ length: count }, (_, index) => storyLine(index, start + index * 7 * 3600)).reverse();
  // Archives of 1,000 stories each, the newest 1,000 active, as "send to archive" leaves them.
  for (let offset = 0; offset < count; offset += 1000) {
    const chunk = lines.slice(offset, offset + 1000).join('');
    if (offset === 0) writeFileSync(join(folder, 'news.txt'), chunk);
    else writeFileSync(join(folder, 'archives', `${1300000000 + offset}.news.arch`), chunk);
  }
}

/** The baseline: read every file, decode it, split it into stories and fields. */
function readOnly(folder) {
  const started = performance.now();
  const files = [
    join(folder, 'news.txt'),
    ...readdirSync(join(folder, 'archives')).map((file) => join(folder, 'archives', file)),
  ];
  let fields = 0;
  for (const file of files) {
    const text = new TextDecoder('utf-8').decode(readFileSync(file));
    for (const line of text.split('\n')) if (line) fields += line.split('|').length;
  }
  if (fields === 0) throw new Error('nothing read');
  return performance.now() - started;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run({ stories = 10_000 } = {}) {
  const cli = buildCli();
  const scratch = mkdtempSync(join(tmpdir(), 'gov-widgets-bench-news-'));
  try {
    const data = join(scratch, 'data');
    makeCuteNews(data, stories);
    const args = ['news', data, '--out', join(scratch, 'out'), '--time-zone', 'Europe/Belgrade', '-q'];
    const first = await timeCli(cli, args, join(scratch, 'cache'));
    const again = await timeCli(cli, args, join(scratch, 'cache'));
    const reading = median(Array.from({ length: 5 }, () => readOnly(data)));
    const pages = readdirSync(join(scratch, 'out')).length;
    console.log(`${stories} stories → ${pages} pages; ${Math.round(stories / (first.ms / 1000))} stories/s`);
    return [
      {
        name: `news: ${stories} CuteNews stories → JSON Feed pages, vs reading and splitting the files`,
        value: Math.round(first.ms),
        unit: 'ms',
        baseline: Math.round(reading * 10) / 10,
        ratio: Math.round(first.ms / reading),
      },
      {
        name: 'news: the same again, nothing changed (stories from the cache, every page compared, none written)',
        value: Math.round(again.ms),
        unit: 'ms',
        baseline: Math.round(reading * 10) / 10,
        ratio: Math.round(again.ms / reading),
      },
    ];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const stories = Number(process.argv.find((arg) => arg.startsWith('--stories='))?.slice(10) ?? 10_000);
  console.table(await run({ stories }));
}
