// The page side of bench/news-feed.bench.mjs, bundled with esbuild: renders the same 1,000 news
// items with <gov-news-feed> and with hand-written DOM code of the same structure and styles.
import '../src/news-feed.ts';
import { sharedStyles } from '../src/components/shared/shared.styles.ts';
import { dataStyles } from '../src/components/shared/data.styles.ts';
import { newsFeedStyles } from '../src/components/news-feed/news-feed.styles.ts';

const places = ['Brussels', 'Belgrade', 'Mons', 'Naples', 'Pristina'];

function makeFeed(count) {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `story-${i}`,
    url: `news/story-${i}.html`,
    title: `Story ${i}: the Mission of the Republic of Serbia to NATO takes part in a meeting on partnership`,
    date_published: new Date(Date.UTC(2016, 10, 23) - i * 36e5 * 30).toISOString().replace('.000Z', '+01:00'),
    summary:
      `Summary of story ${i}. Representatives of the Republic of Serbia and of NATO met today to review ` +
      'cooperation in civil emergency planning, defence reform and public diplomacy, and agreed on the next steps.',
    tags: ['Serbia and NATO'],
    _gov: { place: places[i % places.length] },
  }));
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Bench', language: 'en', items });
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const element = (name, className) => {
  const created = document.createElement(name);
  if (className) created.className = className;
  return created;
};

/** What a careful hand-written renderer does: parse, resolve URLs, format dates, build the same DOM in a shadow root with the same styles. */
function renderByHand(text, container) {
  const feed = JSON.parse(text);
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sharedStyles.styleSheet, dataStyles.styleSheet, newsFeedStyles.styleSheet];
  const base = root.appendChild(element('div', 'base'));
  const list = base.appendChild(element('ul', 'list'));
  list.setAttribute('role', 'list');
  for (const item of feed.items) {
    const article = list.appendChild(element('li', 'entry')).appendChild(element('article', 'item'));
    article.lang = item.language ?? feed.language;
    const link = article.appendChild(element('h2', 'title')).appendChild(element('a'));
    link.href = new URL(item.url, document.baseURI).href;
    link.textContent = item.title;
    const summary = article.appendChild(element('p', 'summary'));
    const dateline = summary.appendChild(element('span', 'dateline'));
    dateline.appendChild(element('span')).textContent = item._gov.place;
    dateline.append(', ');
    const time = dateline.appendChild(element('time'));
    time.dateTime = item.date_published;
    time.textContent = dateFormat.format(new Date(Date.parse(item.date_published) + 36e5));
    dateline.append(' – ');
    summary.append(item.summary);
  }
  container.append(host);
  return host;
}

async function renderWithElement(text, container) {
  const feed = document.createElement('gov-news-feed');
  feed.setAttribute('limit', '1000');
  const data = feed.appendChild(document.createElement('script'));
  data.type = 'application/feed+json';
  data.textContent = text;
  const loaded = new Promise((resolve) => feed.addEventListener('gov-load', resolve, { once: true }));
  container.append(feed);
  await loaded;
  return feed;
}

async function time(render, text) {
  const container = document.querySelector('main');
  container.replaceChildren();
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 20));
  const start = performance.now();
  const rendered = await render(text, container);
  // Layout is part of showing the news.
  void rendered.getBoundingClientRect().height;
  const elapsed = performance.now() - start;
  const articles = rendered.shadowRoot.querySelectorAll('article').length;
  return { elapsed, articles };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

globalThis.newsFeedBench = {
  async measure({ runs, count }) {
    const text = makeFeed(count);
    // One warm-up of each, then alternate so both see the same conditions.
    await time(renderWithElement, text);
    await time(renderByHand, text);
    const element = [];
    const byHand = [];
    const ratios = [];
    for (let run = 0; run < runs; run++) {
      // Alternate which goes first, and compare within each pair: a busy machine slows both alike.
      const elementFirst = run % 2 === 0;
      const first = await time(elementFirst ? renderWithElement : renderByHand, text);
      const second = await time(elementFirst ? renderByHand : renderWithElement, text);
      const [withElement, handWritten] = elementFirst ? [first, second] : [second, first];
      if (withElement.articles !== count || handWritten.articles !== count) {
        throw new Error(`rendered ${withElement.articles} and ${handWritten.articles} of ${count}`);
      }
      element.push(withElement.elapsed);
      byHand.push(handWritten.elapsed);
      ratios.push(withElement.elapsed / handWritten.elapsed);
    }
    return { element: median(element), byHand: median(byHand), ratio: median(ratios), bytes: text.length };
  },
};
