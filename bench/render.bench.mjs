// renderPage (gov-widgets-cli render) on a page with a 1,000-item news feed (limit="1000", datelines,
// dates and summaries; the feed inline, as a second run over a rendered page reads it), against the
// least a prerenderer must do: the same list written with a plain template string from the same JSON
// (the titles linked, the dates formatted by Intl, everything escaped). Both in this process, warm,
// medians of several runs. There is no goal: the ratio says what rendering with the elements' own code
// (@lit-labs/ssr, their readers, their styles, jsdom for the page) costs over a template, so that large
// sites can tell how long thousands of pages take.
//
//   node bench/render.bench.mjs [--runs=7]
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { buildCli } from './lib/cli.mjs';

const count = 1000;
const places = ['Брисел', 'Београд', 'Нови Сад', 'Ниш'];

function feed() {
  const items = Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(2016, 10, 23) - index * 86_400_000);
    return {
      id: `vest-${index}`,
      url: `vesti/${index}.html`,
      title: `Министар примио делегацију број ${index} у седишту Министарства`,
      summary: 'Разговарано је о сарадњи у области образовања и обуке и о заједничким вежбама у наредној години.',
      content_text: 'Разговарано је о сарадњи.',
      date_published: date.toISOString().replace('.000Z', '+00:00'),
      _gov: { place: places[index % places.length] },
    };
  });
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Вести', language: 'sr-Cyrl', items };
}

const escape = (text) => String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The baseline: the list as a plain template string. */
function templateString(data) {
  const format = new Intl.DateTimeFormat('sr-Cyrl', { dateStyle: 'long', timeZone: 'UTC' });
  const list = data.items
    .map(
      (item) =>
        `<li><article lang="sr-Cyrl"><h3><a href="${escape(item.url)}">${escape(item.title)}</a></h3>` +
        `<p><span>${escape(item._gov.place)}, <time datetime="${escape(item.date_published)}">${escape(
          format.format(new Date(item.date_published)),
        )}</time> – </span>${escape(item.summary)}</p></article></li>`,
    )
    .join('');
  return `<!doctype html><html lang="sr-Cyrl"><head><title>Вести</title></head><body><ul>${list}</ul></body></html>`;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run({ runs = 7 } = {}) {
  const cli = buildCli();
  const { renderPage } = await import(pathToFileURL(join(cli, '../render.js')).href);
  const data = feed();
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const page =
    '<!doctype html><html lang="sr-Cyrl"><head><title>Вести</title><script type="module" src="gov-widgets.js"></script></head>' +
    `<body><gov-news-feed limit="${count}"><script type="application/feed+json">${json}</script></gov-news-feed></body></html>`;
  const options = { baseUrl: 'https://www.example.gov.rs/vesti.html', warn: (message) => console.warn(message) };
  const started = performance.now();
  const first = await renderPage(page, options);
  const cold = performance.now() - started;
  const items = (first.match(/part="item"/g) ?? []).length;
  if (items !== count) throw new Error(`rendered ${items} items, not ${count}`);
  const rendered = [];
  const baseline = [];
  for (let index = 0; index < runs; index++) {
    let start = performance.now();
    await renderPage(page, options);
    rendered.push(performance.now() - start);
    start = performance.now();
    templateString(data);
    baseline.push(performance.now() - start);
  }
  const value = median(rendered);
  const base = median(baseline);
  console.log(
    `${count} items: ${Math.round(value)} ms a page warm (${Math.round(cold)} ms the first, with the elements' start-up); ` +
      `${Math.round(3_600_000 / value)} such pages an hour on one core`,
  );
  return [
    {
      name: `render: a page with a ${count}-item news feed, vs the same list as a plain template string`,
      value: Math.round(value),
      unit: 'ms',
      baseline: Math.round(base * 10) / 10,
      ratio: Math.round(value / base),
    },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 7);
  console.table(await run({ runs }));
}
