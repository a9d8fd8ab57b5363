// The browser side of bench/script-toggle.bench.mjs: builds a large Serbian page and times the
// toggle against a plain TreeWalker + toLatin pass over the same page. Bundled by esbuild.
import '../src/script-toggle.ts';
import { toLatin } from '../src/core/transliterate.ts';
import { loadConverter } from '../src/page/content-script.ts';

const cyrillicWords = `министарство спољних послова република србија влада председник сарадња безбедност
регион партнерство мир европа брисел седиште мисија амбасадор састанак разговор споразум развој
економија инвестиције грађани држава јавност закон уредба решење поступак захтев обавештење
љубљана њујорк џез ђак ћуприја чачак шабац жабаљ љубав њива џеп ђурђевдан ћерка чаша шума жито
конференција делегација министар генерални секретар војска неутралност стабилност политика
саопштење изјава новинари питања одговори подршка помоћ пројекат програм буџет одлука скупштина
ЉУБЉАНА ЊЕГОШ ЏАКАРТА НАТО ЕУ УН Београд Нови Сад Ниш Крагујевац Суботица Зрењанин Панчево`.split(/\s+/);
const englishWords = `the mission of the republic of serbia to nato partnership for peace meeting with
ambassador security cooperation and regional stability were discussed in brussels today`.split(/\s+/);

function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A page of at least `minimumCharacters` characters of text, deterministic. */
export function generatePage(minimumCharacters) {
  const next = random(20260101);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sentence = (list, length) => {
    const words = Array.from({ length }, () => pick(list));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const blocks = [];
  let characters = 0;
  for (let index = 0; characters < minimumCharacters; index++) {
    let block;
    if (index % 25 === 24) {
      block = `<blockquote lang="en"><p>${sentence(englishWords, 40)} ${sentence(englishWords, 30)}</p></blockquote>`;
    } else if (index % 10 === 3) {
      const items = Array.from({ length: 6 }, () => `<li>${sentence(cyrillicWords, 8)}</li>`).join('');
      block = `<ul>${items}</ul>`;
    } else if (index % 10 === 7) {
      block = `<h2 title="${sentence(cyrillicWords, 4)}">${sentence(cyrillicWords, 5)}</h2><figure><img alt="${sentence(cyrillicWords, 6)}" src="${pixel}"><figcaption>${sentence(cyrillicWords, 7)}</figcaption></figure>`;
    } else {
      const link = `<a href="#${index}" title="${sentence(cyrillicWords, 5)}">${sentence(cyrillicWords, 4)}</a>`;
      block = `<p>${sentence(cyrillicWords, 30)} ${link} <strong>${sentence(cyrillicWords, 3)}</strong> ${sentence(cyrillicWords, 25)}</p>`;
    }
    blocks.push(`<section>${block}</section>`);
    characters += block.replace(/<[^>]*>/g, '').length;
  }
  return blocks.join('\n');
}

/** A real (1×1 GIF) image: alt text of a broken image is drawn by the browser and costs more to change. */
const pixel = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

const main = () => document.querySelector('main');
let saved = [];

/** The baseline: a plain TreeWalker + toLatin pass over the text, saving what it replaced. */
function baselineSwitch(root) {
  saved = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    const latin = toLatin(text);
    if (latin !== text) {
      saved.push(node, text);
      node.data = latin;
    }
  }
}

const labels = ['title', 'alt', 'placeholder', 'aria-label', 'aria-description'];

/**
 * For comparison only: the same writes the toggle makes (text, the attributes people read and
 * <html lang>), done as plainly as possible, with no language, exclusion or live bookkeeping.
 */
function sameWritesSwitch(root) {
  saved = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const convert = (node) => {
    const text = node.nodeValue;
    const latin = toLatin(text);
    if (latin !== text) {
      saved.push(node, text);
      node.nodeValue = latin;
    }
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) convert(node);
    else if (node.hasAttributes()) {
      for (const name of labels) {
        const attribute = node.getAttributeNode(name);
        if (attribute) convert(attribute);
      }
    }
  }
  const lang = document.documentElement.getAttributeNode('lang');
  saved.push(lang, lang.value);
  lang.value = 'sr-Latn';
}

/** Puts back what either pass saved. */
function baselineRevert() {
  for (let index = 0; index < saved.length; index += 2) saved[index].nodeValue = saved[index + 1];
  saved = [];
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const collect = () => globalThis.gc?.();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function time(action) {
  const start = performance.now();
  action();
  return performance.now() - start;
}

/** Awaits the microtasks the action queued (MutationObserver callbacks) before stopping the clock. */
async function timeWithMicrotasks(action) {
  const start = performance.now();
  action();
  await Promise.resolve();
  return performance.now() - start;
}

function option(toggle, lang) {
  return toggle.shadowRoot.querySelector(`button[lang="${lang}"]`);
}

function addSection(html) {
  const section = document.createElement('section');
  section.innerHTML = html;
  main().append(section);
  return section;
}

/**
 * Each run builds the page afresh and times the baseline and the toggle on it, one after the other
 * (in alternating order, so that neither always runs first), each action after a garbage collection.
 */
export async function measure({ runs, minimumCharacters }) {
  // In a page the toggle fetches its converter when idle; here it is there before the first run.
  await loadConverter('latn');
  const page = generatePage(minimumCharacters);
  const extra = generatePage(100_000);
  const header = document.querySelector('header');
  const results = {};
  const record = (key, value) => (results[key] ??= []).push(value);
  let identical = true;
  let written = '';

  const baselineRound = async () => {
    collect();
    record(
      'baselineSwitch',
      time(() => baselineSwitch(main())),
    );
    await settle();
    collect();
    record('baselineRevert', time(baselineRevert));
    await settle();
    collect();
    record(
      'baselineInsert',
      time(() => baselineSwitch(addSection(extra))),
    );
    baselineRevert();
    main().lastElementChild.remove();
    await settle();
    collect();
    record(
      'sameWritesSwitch',
      time(() => sameWritesSwitch(main())),
    );
    await settle();
    collect();
    record('sameWritesRevert', time(baselineRevert));
  };

  const toggleRound = async () => {
    const toggle = document.createElement('gov-script-toggle');
    collect();
    record(
      'toggleConnect',
      time(() => header.append(toggle)),
    );
    await toggle.updateComplete;
    await settle();
    collect();
    record(
      'toggleSwitch',
      time(() => option(toggle, 'sr-Latn').click()),
    );
    await toggle.updateComplete;
    await settle();
    collect();
    record(
      'toggleRevert',
      time(() => option(toggle, 'sr-Cyrl').click()),
    );
    await toggle.updateComplete;
    identical &&= main().innerHTML === written;
    // The live path on its own: content added while Latin is shown, converted in the observer callback.
    option(toggle, 'sr-Latn').click();
    await settle();
    collect();
    record('toggleInsert', await timeWithMicrotasks(() => addSection(extra)));
    option(toggle, 'sr-Cyrl').click();
    main().lastElementChild.remove();
    toggle.remove();
    document.documentElement.removeAttribute('data-gov-script');
    await settle();
  };

  for (let run = 0; run < runs + 2; run++) {
    main().innerHTML = page;
    written = main().innerHTML;
    await settle();
    for (const round of run % 2 ? [toggleRound, baselineRound] : [baselineRound, toggleRound]) await round();
    // Two warm-up runs.
    if (run === 1) for (const key of Object.keys(results)) results[key] = [];
  }
  main().innerHTML = page;
  return {
    characters: main().textContent.length,
    elements: main().querySelectorAll('*').length,
    identical,
    medians: Object.fromEntries(Object.entries(results).map(([key, values]) => [key, median(values)])),
  };
}

/**
 * The scale figure of SECURITY.md: a page of at least `bytes` of HTML (UTF-8) switched to Latin and back by a
 * click, `runs` times. Per phase: the script's time (the toggle's work, synchronous in the click), the browser's
 * layout of what changed (forced right after it, as the next frame would), the time from the click to the next
 * frame, and the longest task (Long Tasks API). For scale, the same for the page's own load: its HTML parsed
 * and laid out once.
 */
export async function measureScale({ bytes, runs }) {
  await loadConverter('latn');
  let characters = 50_000;
  let page = generatePage(characters);
  while (new Blob([page]).size < bytes) {
    characters = Math.ceil((characters * bytes) / new Blob([page]).size) + 1000;
    page = generatePage(characters);
  }
  const longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  /** Runs `action`, lays the page out, waits for the next frame; returns the times and the longest task. */
  const phase = async (action) => {
    await settle();
    await nextFrame();
    const start = performance.now();
    action();
    const script = performance.now() - start;
    void document.body.offsetHeight;
    const layout = performance.now() - start - script;
    await nextFrame();
    const time = performance.now() - start;
    // Long-task entries are delivered a little later.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const tasks = longTasks.filter((task) => task.startTime + task.duration > start && task.startTime < start + time);
    return { script, layout, time, longestTask: Math.max(0, ...tasks.map((task) => task.duration)) };
  };
  const header = document.querySelector('header');
  const results = { 'page load (parse and layout, no toggle)': [], connect: [], switch: [], revert: [] };
  let identical = true;
  for (let run = 0; run < runs; run++) {
    main().textContent = '';
    collect();
    results['page load (parse and layout, no toggle)'].push(await phase(() => (main().innerHTML = page)));
    const written = main().innerHTML;
    const toggle = document.createElement('gov-script-toggle');
    results.connect.push(await phase(() => header.append(toggle)));
    await toggle.updateComplete;
    results.switch.push(await phase(() => option(toggle, 'sr-Latn').click()));
    results.revert.push(await phase(() => option(toggle, 'sr-Cyrl').click()));
    identical &&= main().innerHTML === written;
    toggle.remove();
    document.documentElement.removeAttribute('data-gov-script');
  }
  return {
    bytes: new Blob([page]).size,
    characters: main().textContent.length,
    elements: main().querySelectorAll('*').length,
    identical,
    results,
  };
}

globalThis.scriptToggleBench = { measure, measureScale };
