// Throughput of the transliteration engine on ≥ 1 MB of government-style prose per script, side by side
// with a naive per-character map and the npm package serbian-transliteration 1.0.0, in one process.
// Run: node bench/transliterate.bench.mjs (prints a table). `run()` returns the rows for an aggregate report.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { importTs } from '../scripts/lib/import-ts.mjs';

const TARGET_LENGTH = 1_100_000;
const WARM_UP_RUNS = 3;
const MEASURED_RUNS = 9;

// Vocabulary in Cyrillic; the Latin prose is the same text through toLatin, with the Latin-only parts
// (addresses, Roman numerals, brands) identical in both, as on a real bilingual site.
const SUBJECTS = [
  'Влада Републике Србије', 'Министарство спољних послова', 'Народна скупштина', 'Министарка правде',
  'Градска управа Новог Сада', 'Републички хидрометеоролошки завод', 'Агенција за заштиту животне средине',
  'Љубица Јовановић, државна секретарка,', 'Џон Смит, амбасадор Уједињеног Краљевства,', 'Њен кабинет',
  'Председник Владе', 'Канцеларија за Косово и Метохију', 'Делегација Европске уније',
]; // prettier-ignore
const VERBS = [
  'је на данашњој седници усвојила', 'је потписао', 'ће размотрити', 'је представила', 'најављује',
  'је упутио', 'је објавила', 'подржава', 'је одржала састанак о', 'прати спровођење',
]; // prettier-ignore
const OBJECTS = [
  'предлог закона о буџету за 2025. годину', 'уредбу о јавним набавкама', 'стратегију развоја дигиталне управе',
  'споразум о сарадњи са НАТО-ом и ЕУ', 'извештај о раду КФОР-а', 'програм вакцинације и инјекција против грипа',
  'мере подршке пољопривредницима', 'план изградње аутопута и надвожњака', 'одлуку о надзору над поджанровима',
  'конјунктурни преглед привреде', 'саопштење агенције Танјуг', 'нацрт закона о ванјезичким облицима комуникације',
  'програм обележавања XXI века и владавине Петра II', 'обавештење о раду шалтера у Љубљани и Њујорку',
  'упутство за пријаву преко портала еУправа', 'одговор на питања грађана о џеповима сиромаштва',
]; // prettier-ignore
const TAILS = [
  '', '', '', ' у Београду', ' 12. марта 2024. године', ' у износу од 1.500.000 динара', ', а више на www.srbija.gov.rs',
  ', упити на kabinet@mfa.gov.rs', ' (Службени гласник РС, бр. 45/2023)', ' уз температуру од 24 °C и ветар 12 m/s',
  ' на https://www.mfa.gov.rs/sr/press', ' током јединственог одјека јавности', ' одједном и без надзора',
]; // prettier-ignore
const CLOSINGS = ['.', '.', '.', '!', '?', ':', ';'];

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same text. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function generateCyrillicProse(length) {
  const next = random(2024);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const paragraphs = [];
  let total = 0;
  while (total < length) {
    const sentences = [];
    const count = 3 + Math.floor(next() * 5);
    for (let index = 0; index < count; index++) {
      const clause = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}`;
      // One headline-style sentence in capitals in every twenty (its addresses and units keep their case).
      sentences.push(`${next() < 0.05 ? clause.toUpperCase() : clause}${pick(TAILS)}${pick(CLOSINGS)}`);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    total += paragraph.length + 1;
  }
  return paragraphs.join('\n');
}

/** The same prose cut like DOM text nodes: a few words each, as the script toggle sees it. */
function splitIntoTextNodes(prose) {
  const next = random(7);
  const nodes = [];
  let start = 0;
  while (start < prose.length) {
    const end = Math.min(prose.length, start + 8 + Math.floor(next() * 72));
    nodes.push(ownCopy(prose.slice(start, end)));
    start = end;
  }
  return nodes;
}

/**
 * A flat copy of a string. V8 reads a substring through its parent, and Node's TextDecoder returns strings
 * of over ~1 MB as external strings; copies give every converter the same ordinary strings to read.
 */
function ownCopy(text) {
  return Array.from(text).join('');
}

function naiveMap(pairs) {
  const map = Object.fromEntries(pairs);
  return (text) => {
    let result = '';
    for (const character of text) result += map[character] ?? character;
    return result;
  };
}

const CYRILLIC = 'АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ';
const LATIN = ['A', 'B', 'V', 'G', 'D', 'Đ', 'E', 'Ž', 'Z', 'I', 'J', 'K', 'L', 'Lj', 'M', 'N', 'Nj', 'O', 'P', 'R',
  'S', 'T', 'Ć', 'U', 'F', 'H', 'C', 'Č', 'Dž', 'Š']; // prettier-ignore
const letterPairs = [...CYRILLIC].flatMap((letter, index) => [
  [letter, LATIN[index]],
  [letter.toLowerCase(), LATIN[index].toLowerCase()],
]);
const naiveToLatin = naiveMap(letterPairs);
// A per-character map cannot see digraphs; that is part of what it gets wrong, and part of why it is cheap.
const naiveToCyrillic = naiveMap(letterPairs.filter(([, latin]) => latin.length === 1).map(([c, l]) => [l, c]));

/**
 * Median wall time in ms of each converter over all `inputs`, after warming up. The converters take
 * turns within each round (in a rotating order), so a slow spell of a shared machine falls on all of
 * them alike instead of on whichever was being measured then.
 */
function medianTimes(converters, inputs) {
  const names = Object.keys(converters);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  let sink = 0;
  for (let round = 0; round < WARM_UP_RUNS + MEASURED_RUNS; round++) {
    for (let turn = 0; turn < names.length; turn++) {
      const name = names[(round + turn) % names.length];
      const convert = converters[name];
      const started = performance.now();
      for (const input of inputs) {
        const result = convert(input);
        // Reading a character forces V8 to flatten a concatenated string, a cost the caller pays anyway.
        sink += result.charCodeAt(result.length >> 1) | 0;
      }
      if (round >= WARM_UP_RUNS) times[name].push(performance.now() - started);
    }
  }
  if (sink === -1) console.log(sink); // keeps the results observable
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return Object.fromEntries(names.map((name) => [name, median(times[name])]));
}

export async function run() {
  const engine = await importTs('src/core/transliterate.ts');
  const library = createRequire(import.meta.url)('serbian-transliteration');
  const cyrillic = generateCyrillicProse(TARGET_LENGTH);
  const latin = ownCopy(engine.toLatin(cyrillic));
  const workloads = [
    { direction: 'toLatin', input: 'one 1 MB string', inputs: [cyrillic], ours: engine.toLatin, naive: naiveToLatin, library: library.toLatin },
    { direction: 'toLatin', input: 'text nodes', inputs: splitIntoTextNodes(cyrillic), ours: engine.toLatin, naive: naiveToLatin, library: library.toLatin },
    { direction: 'toCyrillic', input: 'one 1 MB string', inputs: [latin], ours: engine.toCyrillic, naive: naiveToCyrillic, library: library.toCyrillic },
    { direction: 'toCyrillic', input: 'text nodes', inputs: splitIntoTextNodes(latin), ours: engine.toCyrillic, naive: naiveToCyrillic, library: library.toCyrillic },
  ]; // prettier-ignore
  const rows = [];
  for (const workload of workloads) {
    const characters = workload.inputs.reduce((sum, input) => sum + input.length, 0);
    const ms = medianTimes({ ours: workload.ours, naive: workload.naive, library: workload.library }, workload.inputs);
    const rate = (time) => characters / time / 1000;
    rows.push({
      direction: workload.direction,
      input: workload.input,
      strings: workload.inputs.length,
      characters,
      oursMCharsPerSecond: rate(ms.ours),
      naiveMCharsPerSecond: rate(ms.naive),
      libraryMCharsPerSecond: rate(ms.library),
      timeVersusNaive: ms.ours / ms.naive,
      timeVersusLibrary: ms.ours / ms.library,
    });
  }
  return {
    rows,
    roundTrip: engine.toCyrillic(latin) === cyrillic,
    goals: {
      toLatinTimeVersusNaive: 0.1,
      toLatinTimeVersusLibrary: 1,
      toCyrillicTimeVersusNaive: 0.5,
    },
  };
}

function print({ rows, roundTrip, goals }) {
  const format = (value, digits = 1) => value.toFixed(digits);
  const table = rows.map((row) => ({
    direction: row.direction,
    input: row.input,
    strings: row.strings,
    'M chars': format(row.characters / 1e6, 2),
    'ours M chars/s': format(row.oursMCharsPerSecond),
    'naive M chars/s': format(row.naiveMCharsPerSecond),
    'library M chars/s': format(row.libraryMCharsPerSecond),
    'ours/naive time': format(row.timeVersusNaive, 3),
    'ours/library time': format(row.timeVersusLibrary, 3),
  }));
  console.log(`Node ${process.version}; median of ${MEASURED_RUNS} runs after ${WARM_UP_RUNS} warm-up runs.`);
  console.table(table);
  console.log(`toCyrillic(toLatin(prose)) === prose: ${roundTrip}`);
  // The goals are set on the 1 MB prose; the text-node rows show the per-call cost the toggle pays.
  const goalLines = [];
  for (const row of rows.filter(({ input }) => input === 'one 1 MB string')) {
    if (row.direction === 'toLatin') {
      goalLines.push([`toLatin: ours/naive time ≤ ${goals.toLatinTimeVersusNaive}`, row.timeVersusNaive <= goals.toLatinTimeVersusNaive]);
      goalLines.push(['toLatin: faster than serbian-transliteration', row.timeVersusLibrary < goals.toLatinTimeVersusLibrary]);
    } else {
      goalLines.push([`toCyrillic: ours/naive time ≤ ${goals.toCyrillicTimeVersusNaive}`, row.timeVersusNaive <= goals.toCyrillicTimeVersusNaive]);
    }
  } // prettier-ignore
  for (const [goal, met] of goalLines) console.log(`${met ? 'met   ' : 'MISSED'} ${goal} (1 MB string)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) print(await run());
