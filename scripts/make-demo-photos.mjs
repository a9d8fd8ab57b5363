#!/usr/bin/env node
/**
 * Makes the demo's "photographs": stylised illustrations of Serbian landscapes and landmarks,
 * drawn on a canvas in headless Chromium (playwright-core, the system browser; nothing is
 * downloaded) and exported as JPEG. Deterministic: every scene draws from its own seeded random
 * generator, so a rerun produces the same pictures.
 *
 *   node scripts/make-demo-photos.mjs
 *
 * Writes, for each scene, demo/data/photos/<slug>.jpg (full size), <slug>-640.jpg (640 px wide,
 * for srcset) and <slug>-thumb.jpg (400 px on the long side), then the two gallery feeds
 * demo/data/photos.json and demo/data/photos.sr-Cyrl.json (JSON Feed 1.1) with each image's
 * true pixel size read back from the JPEG files. Edit the captions here, not in the feeds.
 *
 * CHROME_PATH overrides the browser (default /usr/bin/chromium).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, launchChromium } from './quality/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'demo', 'data');
const photoDir = join(dataDir, 'photos');
const QUALITY = 0.8;
const MID_WIDTH = 640;
const THUMB_LONG_SIDE = 400;

const LANDSCAPE = [1600, 1067];
const WIDE = [1600, 900];
const PORTRAIT = [1067, 1600];

/**
 * The scenes, in gallery order. `alt` describes what the illustration actually shows; `title`
 * and `text` are the caption and description of the place it stands for.
 */
const scenes = [
  {
    slug: 'djerdap',
    size: LANDSCAPE,
    en: {
      title: 'The Danube in the Đerdap gorge',
      text: 'In Đerdap National Park the Danube narrows between steep limestone cliffs on its way to the Iron Gates.',
      alt: 'Illustration: a wide river at dawn between steep, dark cliffs; a low sun glows through the mist over the water and a small boat sails in the distance.',
    },
    sr: {
      title: 'Дунав у Ђердапској клисури',
      text: 'У Националном парку Ђердап Дунав се сужава између стрмих кречњачких литица на путу ка Гвозденој капији.',
      alt: 'Илустрација: широка река у свитање између стрмих, тамних литица; ниско сунце сија кроз измаглицу над водом, а у даљини плови мали чамац.',
    },
  },
  {
    slug: 'golubac',
    size: WIDE,
    en: {
      title: 'Golubac Fortress',
      text: 'The towers of Golubac Fortress climb the rock above the Danube at the entrance to the Đerdap gorge.',
      alt: 'Illustration: stone towers with battlements and pointed roofs climb a green hill on the right above a broad river under a warm evening sky, their reflection rippling in the water.',
    },
    sr: {
      title: 'Голубачка тврђава',
      text: 'Куле Голубачке тврђаве пењу се уз стену изнад Дунава, на улазу у Ђердапску клисуру.',
      alt: 'Илустрација: камене куле са зупцима и шиљатим крововима пењу се уз зелено брдо десно, изнад широке реке, под топлим вечерњим небом, а њихов одраз трепери у води.',
    },
  },
  {
    slug: 'studenica',
    size: PORTRAIT,
    en: {
      title: 'Studenica Monastery',
      text: 'The white marble Church of the Virgin at Studenica, founded by Stefan Nemanja in the twelfth century, is on the UNESCO World Heritage List.',
      alt: 'Illustration, upright format: a white church with a domed drum and lead-grey roofs behind a low stone enclosure wall with an arched gate, surrounded by trees and green hills under a blue sky with clouds.',
    },
    sr: {
      title: 'Манастир Студеница',
      text: 'Богородичина црква од белог мермера у Студеници, задужбина Стефана Немање из XII века, налази се на Унесковој листи светске баштине.',
      alt: 'Илустрација, усправни формат: бела црква са куполом и оловносивим крововима иза ниског каменог зида порте са лучном капијом, окружена дрвећем и зеленим брдима под плавим небом са облацима.',
    },
  },
  {
    slug: 'belgrade-confluence',
    size: WIDE,
    en: {
      title: 'Belgrade at dusk',
      text: 'The Sava flows into the Danube below Belgrade Fortress while the lights of New Belgrade come on across the river.',
      alt: 'Illustration: a city at dusk under an orange and violet sky; on the left a dark fortress hill with trees and a statue on a column, on the right a row of lit tower blocks, and a long, low bridge over the calm river.',
    },
    sr: {
      title: 'Београд у сумрак',
      text: 'Сава се улива у Дунав испод Београдске тврђаве, а преко реке се пале светла Новог Београда.',
      alt: 'Илустрација: град у сумрак под наранџастим и љубичастим небом; лево тамно брдо тврђаве са дрвећем и статуом на стубу, десно низ осветљених солитера, а преко мирне реке води дугачак, низак мост.',
    },
  },
  {
    slug: 'tara',
    size: LANDSCAPE,
    en: {
      title: 'Forests of Mount Tara',
      text: 'Spruce and fir forests fill ridge after ridge in the morning mist of Tara National Park, above the Drina.',
      alt: 'Illustration: ridge after ridge of dark conifer forest fading into pale morning mist, with tall spruces on a rocky outcrop in the foreground.',
    },
    sr: {
      title: 'Шуме планине Таре',
      text: 'Шуме смрче и јеле у Националном парку Тара, изнад Дрине, ређају се гребен за гребеном у јутарњој магли.',
      alt: 'Илустрација: гребен за гребеном тамне четинарске шуме губи се у бледој јутарњој магли, а у првом плану високе смрче на каменитом обронку.',
    },
  },
  {
    slug: 'uvac',
    size: LANDSCAPE,
    en: {
      title: 'Meanders of the Uvac',
      text: 'The emerald Uvac winds between limestone slopes in a special nature reserve, home of the griffon vulture.',
      alt: 'Illustration: a green river winds in tight loops between pale rocky banks through green countryside into the distance, while two large birds with broad wings circle in the sky.',
    },
    sr: {
      title: 'Меандри Увца',
      text: 'Смарагдни Увац вијуга између кречњачких падина у специјалном резервату природе, станишту белоглавог супа.',
      alt: 'Илустрација: зелена река вијуга у уским петљама између светлих каменитих обала кроз зелени предео ка даљини, а на небу круже две велике птице широких крила.',
    },
  },
  {
    slug: 'zlatibor',
    size: WIDE,
    en: {
      title: 'Zlatibor hills',
      text: 'Gentle pastures and scattered pines on the Zlatibor plateau in western Serbia.',
      alt: 'Illustration: rolling green hills with scattered pine trees, a small wooden house with a red roof behind a fence, and white clouds in a blue summer sky.',
    },
    sr: {
      title: 'Златиборски брегови',
      text: 'Благи пашњаци и усамљени борови на златиборској висоравни у западној Србији.',
      alt: 'Илустрација: таласаста зелена брда са понеким бором, мала дрвена кућа са црвеним кровом иза ограде и бели облаци на плавом летњем небу.',
    },
  },
  {
    slug: 'petrovaradin',
    size: LANDSCAPE,
    en: {
      title: 'Petrovaradin Fortress',
      text: 'The clock tower of Petrovaradin Fortress looks across the Danube towards Novi Sad.',
      alt: 'Illustration: long stone bastion walls on a wooded bank with a white clock tower, a broad river in front and a cable-stayed bridge leading to a distant town on the left.',
    },
    sr: {
      title: 'Петроварадинска тврђава',
      text: 'Сахат-кула Петроварадинске тврђаве гледа преко Дунава ка Новом Саду.',
      alt: 'Илустрација: дугачки камени бедеми на пошумљеној обали са белом кулом са сатом, испред широка река, а лево мост са косим затегама води ка граду у даљини.',
    },
  },
  {
    slug: 'drvengrad',
    size: LANDSCAPE,
    en: {
      title: 'Drvengrad at Mokra Gora',
      text: 'Log houses and a small wooden church stand on the Mećavnik hill above Mokra Gora.',
      alt: 'Illustration: a cluster of brown log houses with steep dark roofs and a small wooden church tower on a green hilltop, autumn trees around and blue mountains behind.',
    },
    sr: {
      title: 'Дрвенград на Мокрој Гори',
      text: 'Брвнаре и мала дрвена црква на брду Мећавник изнад Мокре Горе.',
      alt: 'Илустрација: група смеђих брвнара са стрмим тамним крововима и мали дрвени звоник на зеленом врху брда, около јесење дрвеће, а иза плаве планине.',
    },
  },
  {
    slug: 'sunflowers',
    size: WIDE,
    en: {
      title: 'Sunflower fields of Vojvodina',
      text: 'Sunflowers in full bloom stretch to the horizon on the Vojvodina plain, with a farmstead (salaš) in the distance.',
      alt: 'Illustration: a field of yellow sunflowers reaching a flat horizon, large blooms in the foreground, a white farmhouse beside a tree in the distance and summer clouds above.',
    },
    sr: {
      title: 'Сунцокрети Војводине',
      text: 'Сунцокрети у пуном цвету простиру се до хоризонта на војвођанској равници, а у даљини се види салаш.',
      alt: 'Илустрација: поље жутих сунцокрета до равног хоризонта, крупни цветови у првом плану, бела кућа поред дрвета у даљини и летњи облаци изнад.',
    },
  },
  {
    slug: 'kalemegdan',
    size: PORTRAIT,
    en: {
      title: 'The Victor on Kalemegdan',
      text: 'The Victor monument stands on its column in Kalemegdan Park, above the confluence of the Sava and the Danube.',
      alt: 'Illustration, upright format: a dark bronze statue of a standing figure on a tall stone column, framed by park trees, with a fortress wall below and a wide river under a bright sky behind.',
    },
    sr: {
      title: 'Победник на Калемегдану',
      text: 'Споменик Победнику на стубу у парку Калемегдан, изнад ушћа Саве у Дунав.',
      alt: 'Илустрација, усправни формат: тамна бронзана статуа усправне фигуре на високом каменом стубу, уоквирена дрвећем парка, са зидом тврђаве испод и широком реком под светлим небом у позадини.',
    },
  },
  {
    slug: 'sargan',
    size: LANDSCAPE,
    en: {
      title: 'The Šargan Eight railway',
      text: 'A heritage steam train crosses a stone viaduct on the figure-of-eight narrow-gauge line between Mokra Gora and Šargan Vitasi.',
      alt: 'Illustration: a small steam locomotive pulling red carriages across an arched stone viaduct in an autumn mountain valley, a trail of white smoke behind it.',
    },
    sr: {
      title: 'Шарганска осмица',
      text: 'Музејски парни воз прелази камени вијадукт на прузи уског колосека у облику осмице, између Мокре Горе и Шаргана Витаси.',
      alt: 'Илустрација: мала парна локомотива вуче црвене вагоне преко каменог вијадукта са луковима у јесењој планинској долини, а за њом се вије бели дим.',
    },
  },
];

/* ------------------------------------------------------------------------------------------ */
/* Drawing: this function is serialized into the page, so it must be self-contained.          */
/* ------------------------------------------------------------------------------------------ */

function pageRender({ slug, width, height, seed, quality, midWidth, thumbLong }) {
  const TAU = Math.PI * 2;
  const mulberry32 = (a) => () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rand = mulberry32(seed);
  const R = (a, b) => a + (b - a) * rand();
  const W = width;
  const H = height;
  const U = Math.min(W, H) / 1000;

  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d');

  /* colours */
  const hex = (c) => {
    const n = parseInt(c.slice(1), 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  };
  const rgba = (c, alpha) => {
    const [r, g, b] = hex(c);
    return `rgba(${r},${g},${b},${alpha})`;
  };

  /* primitives */
  const vgrad = (y0, y1, stops) => {
    const g = ctx.createLinearGradient(0, y0, 0, y1);
    stops.forEach(([at, color]) => g.addColorStop(at, color));
    return g;
  };
  const sky = (y1, stops) => {
    ctx.fillStyle = vgrad(0, y1, stops);
    ctx.fillRect(0, 0, W, H);
  };
  const noise = (freq, octaves = 4) => {
    const parts = [];
    for (let i = 0; i < octaves; i++) parts.push({ f: freq * 2 ** i * R(0.85, 1.2), p: R(0, TAU), a: 0.5 ** i });
    const total = parts.reduce((s, p) => s + p.a, 0);
    return (x) => parts.reduce((s, p) => s + p.a * Math.sin(x * p.f * TAU + p.p), 0) / total;
  };
  /** A ridge line: y at every x (x and y in pixels). */
  const ridge = (base, amp, freq, shape = () => 0, octaves = 4) => {
    const n = noise(freq, octaves);
    const points = [];
    for (let x = -8; x <= W + 8; x += 4) points.push([x, base + shape(x / W) + amp * n(x / W)]);
    const at = (x) => {
      const i = Math.max(0, Math.min(points.length - 2, Math.floor((x + 8) / 4)));
      const [x0, y0] = points[i];
      const [x1, y1] = points[i + 1];
      return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    };
    return { points, at };
  };
  const fillRidge = (r, fill, bottom = H + 10) => {
    ctx.beginPath();
    ctx.moveTo(-10, bottom);
    r.points.forEach(([x, y]) => ctx.lineTo(x, y));
    ctx.lineTo(W + 10, bottom);
    ctx.closePath();
    ctx.fillStyle = fill;
    ctx.fill();
  };
  const haze = (y, h, color, alpha) => {
    const g = ctx.createLinearGradient(0, y - h, 0, y + h);
    g.addColorStop(0, rgba(color, 0));
    g.addColorStop(0.5, rgba(color, alpha));
    g.addColorStop(1, rgba(color, 0));
    ctx.fillStyle = g;
    ctx.fillRect(0, y - h, W, 2 * h);
  };
  const sun = (x, y, r, core, glow, glowAlpha = 0.55) => {
    const g = ctx.createRadialGradient(x, y, r * 0.5, x, y, r * 7);
    g.addColorStop(0, rgba(glow, glowAlpha));
    g.addColorStop(1, rgba(glow, 0));
    ctx.fillStyle = g;
    ctx.fillRect(x - r * 7, y - r * 7, r * 14, r * 14);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, TAU);
    ctx.fillStyle = core;
    ctx.fill();
  };
  const cloud = (x, y, w, light, shade, alpha = 0.9) => {
    ctx.save();
    ctx.filter = `blur(${Math.max(1, 2 * U)}px)`;
    const puffs = [];
    const n = 5 + Math.floor(R(0, 4));
    for (let i = 0; i < n; i++) {
      const t = i / (n - 1);
      const r = w * R(0.12, 0.2) * (1 - Math.abs(t - 0.5) * 0.9);
      puffs.push([x + (t - 0.5) * w * 0.8, y - r * R(0.3, 0.7), r]);
    }
    ctx.fillStyle = rgba(shade, alpha);
    puffs.forEach(([px, py, r]) => {
      ctx.beginPath();
      ctx.arc(px, py + r * 0.18, r, 0, TAU);
      ctx.fill();
    });
    ctx.beginPath();
    ctx.ellipse(x, y, w * 0.48, w * 0.07, 0, 0, TAU);
    ctx.fill();
    ctx.fillStyle = rgba(light, alpha);
    puffs.forEach(([px, py, r]) => {
      ctx.beginPath();
      ctx.arc(px - r * 0.12, py - r * 0.1, r * 0.86, 0, TAU);
      ctx.fill();
    });
    ctx.restore();
  };
  const streakCloud = (x, y, w, color, alpha) => {
    ctx.save();
    ctx.filter = `blur(${Math.max(1, 4 * U)}px)`;
    ctx.fillStyle = rgba(color, alpha);
    for (let i = 0; i < 4; i++) {
      ctx.beginPath();
      ctx.ellipse(x + R(-0.2, 0.2) * w, y + R(-1, 1) * 6 * U, w * R(0.3, 0.5), R(3, 7) * U, 0, 0, TAU);
      ctx.fill();
    }
    ctx.restore();
  };
  const conifer = (x, y, h, color, light) => {
    const w = h * 0.2;
    ctx.fillStyle = color;
    ctx.fillRect(x - w * 0.08, y - h * 0.12, w * 0.16, h * 0.14);
    const tiers = 5;
    for (let i = 0; i < tiers; i++) {
      const top = y - h + (i * h * 0.8) / tiers;
      const bottom = top + h * 0.32;
      const half = w * (0.35 + (0.65 * (i + 1)) / tiers);
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x + half, bottom);
      ctx.lineTo(x - half, bottom);
      ctx.closePath();
      ctx.fillStyle = color;
      ctx.fill();
      if (light) {
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.lineTo(x - half, bottom);
        ctx.lineTo(x - half * 0.3, bottom);
        ctx.closePath();
        ctx.fillStyle = light;
        ctx.fill();
      }
    }
  };
  const leafy = (x, y, h, color, light, trunk = '#4a3526') => {
    ctx.fillStyle = trunk;
    ctx.fillRect(x - h * 0.03, y - h * 0.45, h * 0.06, h * 0.45);
    const cy = y - h * 0.62;
    const r = h * 0.3;
    ctx.fillStyle = color;
    for (let i = 0; i < 5; i++) {
      ctx.beginPath();
      ctx.arc(x + R(-0.5, 0.5) * r, cy + R(-0.45, 0.35) * r, r * R(0.55, 0.8), 0, TAU);
      ctx.fill();
    }
    if (light) {
      ctx.fillStyle = light;
      for (let i = 0; i < 3; i++) {
        ctx.beginPath();
        ctx.arc(x - r * R(0.1, 0.45), cy - r * R(0.15, 0.5), r * R(0.22, 0.38), 0, TAU);
        ctx.fill();
      }
    }
  };
  const cypress = (x, y, h, color, light) => {
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.ellipse(x, y - h / 2, h * 0.11, h / 2, 0, 0, TAU);
    ctx.fill();
    if (light) {
      ctx.fillStyle = light;
      ctx.beginPath();
      ctx.ellipse(x - h * 0.04, y - h * 0.55, h * 0.04, h * 0.38, 0, 0, TAU);
      ctx.fill();
    }
  };
  const forest = (r, from, to, step, hMin, hMax, color, light, kind = conifer) => {
    for (let x = from; x < to; x += step * R(0.55, 1.25)) kind(x, r.at(x) + hMax * 0.08, R(hMin, hMax), color, light);
  };
  const water = (y0, y1, top, bottom) => {
    ctx.fillStyle = vgrad(y0, y1, [
      [0, top],
      [1, bottom],
    ]);
    ctx.fillRect(0, y0, W, y1 - y0);
  };
  const ripples = (y0, y1, color, count, alpha, xFrom = 0, xTo = W) => {
    ctx.strokeStyle = rgba(color, alpha);
    for (let i = 0; i < count; i++) {
      const t = rand();
      const y = y0 + (y1 - y0) * t * t;
      const x = R(xFrom, xTo);
      const len = R(10, 60) * U * (0.3 + t * 1.4);
      ctx.lineWidth = Math.max(1, U * (0.8 + 2 * t));
      ctx.beginPath();
      ctx.moveTo(x - len / 2, y);
      ctx.lineTo(x + len / 2, y);
      ctx.stroke();
    }
  };
  const glitter = (x, y0, y1, spread, color, count) => {
    ctx.strokeStyle = rgba(color, 0.55);
    for (let i = 0; i < count; i++) {
      const t = rand();
      const y = y0 + (y1 - y0) * t;
      const w = spread * (0.2 + t) * R(0.3, 1);
      const cx = x + R(-1, 1) * spread * 0.3 * (0.3 + t);
      ctx.lineWidth = Math.max(1, U * (1 + 2.5 * t));
      ctx.beginPath();
      ctx.moveTo(cx - w / 2, y);
      ctx.lineTo(cx + w / 2, y);
      ctx.stroke();
    }
  };
  const birds = (x, y, n, size, color) => {
    ctx.strokeStyle = color;
    ctx.lineWidth = Math.max(1.5, size * 0.12);
    ctx.lineCap = 'round';
    for (let i = 0; i < n; i++) {
      const bx = x + R(-3, 3) * size;
      const by = y + R(-1.5, 1.5) * size;
      const s = size * R(0.7, 1.1);
      ctx.beginPath();
      ctx.moveTo(bx - s, by - s * 0.25);
      ctx.quadraticCurveTo(bx - s * 0.45, by - s * 0.55, bx, by);
      ctx.quadraticCurveTo(bx + s * 0.45, by - s * 0.55, bx + s, by - s * 0.25);
      ctx.stroke();
    }
  };
  const poly = (points, fill) => {
    ctx.beginPath();
    points.forEach(([x, y], i) => (i ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
    ctx.closePath();
    ctx.fillStyle = fill;
    ctx.fill();
  };
  const merlons = (x0, x1, y, size, color) => {
    ctx.fillStyle = color;
    const n = Math.max(2, Math.round((x1 - x0) / (size * 2)));
    const step = (x1 - x0) / n;
    for (let i = 0; i < n; i++) ctx.fillRect(x0 + i * step + step * 0.25, y - size, step * 0.5, size + 1);
  };
  /** A tower: square (or with a cone roof) with a shaded side, battlements and slit windows. */
  const tower = (x, baseY, w, h, stone, shade, { roof, roofColor = '#5a3a2c', crenel = true } = {}) => {
    ctx.fillStyle = stone;
    ctx.fillRect(x - w / 2, baseY - h, w, h);
    ctx.fillStyle = shade;
    ctx.fillRect(x + w * 0.12, baseY - h, w * 0.38, h);
    if (roof) {
      poly(
        [
          [x - w * 0.58, baseY - h],
          [x, baseY - h - w * roof],
          [x + w * 0.58, baseY - h],
        ],
        roofColor,
      );
    } else if (crenel) {
      merlons(x - w / 2, x + w / 2, baseY - h, w * 0.12, stone);
      ctx.fillStyle = shade;
      ctx.fillRect(x + w * 0.12, baseY - h - w * 0.1, w * 0.38, w * 0.1);
    }
    ctx.fillStyle = 'rgba(20,15,10,0.7)';
    for (let i = 1; i <= Math.floor(h / (w * 0.9)); i++) {
      ctx.fillRect(x - w * 0.18, baseY - h + i * w * 0.8, w * 0.07, w * 0.22);
    }
  };
  const house = (x, baseY, w, h, wall, roof, { lit = null, plank = null } = {}) => {
    ctx.fillStyle = wall;
    ctx.fillRect(x - w / 2, baseY - h, w, h);
    if (plank) {
      ctx.strokeStyle = plank;
      ctx.lineWidth = Math.max(1, U * 1.2);
      for (let y = baseY - h + h / 6; y < baseY; y += h / 6) {
        ctx.beginPath();
        ctx.moveTo(x - w / 2, y);
        ctx.lineTo(x + w / 2, y);
        ctx.stroke();
      }
    }
    poly(
      [
        [x - w * 0.62, baseY - h + 2],
        [x, baseY - h - w * 0.62],
        [x + w * 0.62, baseY - h + 2],
      ],
      roof,
    );
    ctx.fillStyle = lit ?? 'rgba(25,20,15,0.75)';
    ctx.fillRect(x - w * 0.25, baseY - h * 0.62, w * 0.16, h * 0.28);
    ctx.fillRect(x + w * 0.1, baseY - h * 0.62, w * 0.16, h * 0.28);
  };
  const sunflower = (x, y, r, angle = 0) => {
    ctx.save();
    ctx.translate(x, y);
    ctx.rotate(angle);
    const petals = 16;
    for (let layer = 0; layer < 2; layer++) {
      ctx.fillStyle = layer ? '#f7c51e' : '#e0a411';
      for (let i = 0; i < petals; i++) {
        const a = (i / petals) * TAU + layer * (TAU / petals / 2);
        ctx.beginPath();
        ctx.ellipse(Math.cos(a) * r * 0.72, Math.sin(a) * r * 0.72, r * 0.42, r * 0.14, a, 0, TAU);
        ctx.fill();
      }
    }
    ctx.beginPath();
    ctx.arc(0, 0, r * 0.5, 0, TAU);
    ctx.fillStyle = '#4a2e14';
    ctx.fill();
    ctx.beginPath();
    ctx.arc(-r * 0.1, -r * 0.1, r * 0.3, 0, TAU);
    ctx.fillStyle = '#603c1b';
    ctx.fill();
    ctx.restore();
  };
  const arches = (x0, x1, deckY, groundAt, n, stone, shade, deckH) => {
    const span = (x1 - x0) / n;
    for (let i = 0; i < n; i++) {
      const ax = x0 + i * span;
      const ground = Math.max(groundAt(ax), groundAt(ax + span));
      const r = span * 0.36;
      const springY = deckY + deckH + r * 1.1;
      ctx.beginPath();
      ctx.rect(ax, deckY, span + 1, ground - deckY);
      ctx.moveTo(ax + span / 2 + r, ground + 2);
      ctx.lineTo(ax + span / 2 + r, springY);
      ctx.arc(ax + span / 2, springY, r, 0, Math.PI, true);
      ctx.lineTo(ax + span / 2 - r, ground + 2);
      ctx.closePath();
      ctx.fillStyle = stone;
      ctx.fill('evenodd');
      ctx.fillStyle = shade;
      ctx.fillRect(ax + span / 2 + r, deckY + deckH, span * 0.05, ground - deckY - deckH);
    }
    ctx.fillStyle = shade;
    ctx.fillRect(x0, deckY, x1 - x0, deckH * 0.35);
  };

  /* ---------------------------------------------------------------------------------------- */
  const draw = {
    djerdap() {
      const horizon = H * 0.6;
      sky(horizon, [
        [0, '#6f93c4'],
        [0.55, '#c9c3cf'],
        [1, '#f4d2a8'],
      ]);
      sun(W * 0.44, horizon - H * 0.08, 38 * U, '#fff3d6', '#ffd59a', 0.7);
      streakCloud(W * 0.25, H * 0.18, W * 0.3, '#f6dcc5', 0.5);
      streakCloud(W * 0.7, H * 0.12, W * 0.35, '#f3e6e0', 0.45);
      const gorge = (peakL, peakR, gap, cliff) => (x) => {
        const d = Math.abs(x - 0.46);
        const peak = x < 0.46 ? peakL : peakR;
        const t = Math.min(1, Math.max(0, (d - gap) / cliff));
        return -peak * H * (t * t * (3 - 2 * t));
      };
      const far = ridge(horizon + 4, 10 * U, 3, gorge(0.2, 0.17, 0.05, 0.22));
      fillRidge(far, '#8e98ad');
      haze(horizon - 10 * U, 40 * U, '#f3dcc0', 0.5);
      const mid = ridge(horizon + 8, 16 * U, 2.5, gorge(0.33, 0.3, 0.1, 0.2));
      fillRidge(
        mid,
        vgrad(horizon - H * 0.35, horizon, [
          [0, '#5d6b78'],
          [1, '#7d8796'],
        ]),
      );
      forest(mid, 0, W * 0.3, 9 * U, 10 * U, 22 * U, '#4f5d66');
      forest(mid, W * 0.66, W, 9 * U, 10 * U, 22 * U, '#4f5d66');
      haze(horizon, 26 * U, '#efd7bd', 0.55);
      const near = ridge(horizon + 10, 22 * U, 2, gorge(0.55, 0.5, 0.2, 0.2));
      fillRidge(
        near,
        vgrad(horizon - H * 0.55, horizon, [
          [0, '#2c3b37'],
          [1, '#415149'],
        ]),
      );
      forest(near, 0, W * 0.2, 11 * U, 14 * U, 30 * U, '#24322d', '#33443c');
      forest(near, W * 0.76, W, 11 * U, 14 * U, 30 * U, '#24322d', '#33443c');
      water(horizon + 6, H, '#d9c1a6', '#3f5767');
      ctx.save();
      ctx.globalAlpha = 0.3;
      ctx.translate(0, 2 * (horizon + 8));
      ctx.scale(1, -1);
      fillRidge(mid, '#5d6b78', horizon + 8);
      fillRidge(near, '#2c3b37', horizon + 8);
      ctx.restore();
      glitter(W * 0.44, horizon + 12, H, 150 * U, '#fff0cf', 120);
      ripples(horizon + 8, H, '#e8d8c4', 160, 0.25);
      haze(horizon + 12, 22 * U, '#f1e2cf', 0.45);
      const bx = W * 0.58;
      const by = horizon + 44 * U;
      poly(
        [
          [bx - 30 * U, by],
          [bx + 30 * U, by],
          [bx + 22 * U, by + 8 * U],
          [bx - 24 * U, by + 8 * U],
        ],
        '#2a2a2e',
      );
      ctx.fillStyle = '#2a2a2e';
      ctx.fillRect(bx - 6 * U, by - 14 * U, 12 * U, 14 * U);
      birds(W * 0.62, H * 0.3, 4, 9 * U, 'rgba(50,50,60,0.7)');
    },

    golubac() {
      const horizon = H * 0.6;
      sky(horizon, [
        [0, '#3f6a9e'],
        [0.6, '#e6a983'],
        [1, '#f7d49c'],
      ]);
      sun(W * 0.2, horizon - H * 0.12, 30 * U, '#fff2cf', '#ffc27a');
      streakCloud(W * 0.55, H * 0.16, W * 0.4, '#f2b9a0', 0.55);
      streakCloud(W * 0.2, H * 0.28, W * 0.3, '#f8d3b3', 0.5);
      const far = ridge(horizon - 20 * U, 18 * U, 2, (x) => -40 * U * Math.sin(x * Math.PI));
      fillRidge(far, '#8f8aa6');
      haze(horizon - 8 * U, 30 * U, '#f6cfa5', 0.5);
      const hillShape = (x) => -H * 0.3 * Math.exp(-(((x - 0.72) / 0.2) ** 2)) - H * 0.04;
      const hill = ridge(horizon + 6, 10 * U, 3, hillShape);
      fillRidge(
        hill,
        vgrad(horizon - H * 0.48, horizon, [
          [0, '#566847'],
          [1, '#3c4a34'],
        ]),
      );
      const stone = '#c7b39a';
      const shade = '#9d8a73';
      // curtain walls first, towers over them
      const towers = [
        [0.52, 0.16, 0.09, null],
        [0.58, 0.2, 0.1, null],
        [0.635, 0.27, 0.11, null],
        [0.69, 0.35, 0.12, 0.9],
        [0.745, 0.42, 0.13, 0.85],
        [0.8, 0.37, 0.11, null],
        [0.86, 0.3, 0.1, 0.8],
      ].map(([fx, rise, w, roof]) => ({
        x: W * fx,
        base: hill.at(W * fx) + 8 * U,
        h: H * rise * 0.44,
        w: W * w * 0.4,
        roof,
      }));
      ctx.lineWidth = 14 * U;
      for (let i = 0; i < towers.length - 1; i++) {
        const a = towers[i];
        const b = towers[i + 1];
        poly(
          [
            [a.x, a.base],
            [a.x, a.base - a.h * 0.55],
            [b.x, b.base - b.h * 0.55],
            [b.x, b.base],
          ],
          shade,
        );
        merlons(a.x, b.x, Math.min(a.base - a.h * 0.55, b.base - b.h * 0.55) + 4 * U, 8 * U, shade);
      }
      towers.forEach((t) => tower(t.x, t.base, t.w, t.h, stone, shade, { roof: t.roof, roofColor: '#6a3b2a' }));
      forest(hill, W * 0.35, W * 0.5, 12 * U, 18 * U, 34 * U, '#34432c', '#4c5d3b', leafy);
      forest(hill, W * 0.9, W, 12 * U, 18 * U, 34 * U, '#34432c', '#4c5d3b', leafy);
      water(horizon + 4, H, '#e8b98f', '#2f4f63');
      // reflection
      ctx.save();
      ctx.globalAlpha = 0.28;
      ctx.translate(0, 2 * (horizon + 6));
      ctx.scale(1, -1);
      fillRidge(hill, '#3c4a34', horizon + 6);
      towers.forEach((t) => tower(t.x, t.base, t.w, t.h, '#9d8a73', '#7d6a58', { roof: t.roof, roofColor: '#4a2b20' }));
      ctx.restore();
      glitter(W * 0.2, horizon + 8, H, 120 * U, '#ffe5b8', 90);
      ripples(horizon + 10, H, '#f0d2b0', 200, 0.22);
      birds(W * 0.4, H * 0.22, 5, 8 * U, 'rgba(60,40,50,0.7)');
    },

    studenica() {
      sky(H * 0.55, [
        [0, '#3d78c0'],
        [1, '#bcd8ee'],
      ]);
      cloud(W * 0.3, H * 0.14, W * 0.5, '#ffffff', '#d7e2ee');
      cloud(W * 0.82, H * 0.25, W * 0.38, '#ffffff', '#d3deea');
      const far = ridge(H * 0.5, 22 * U, 1.6, (x) => -60 * U * Math.sin(x * Math.PI * 1.3));
      fillRidge(far, '#7f9bb0');
      const mid = ridge(H * 0.56, 24 * U, 2);
      fillRidge(mid, '#5f8a5a');
      forest(mid, 0, W, 10 * U, 16 * U, 28 * U, '#4a7247', '#5c8757', leafy);
      const ground = H * 0.7;
      ctx.fillStyle = vgrad(H * 0.6, H, [
        [0, '#6f9a4e'],
        [1, '#3f6b33'],
      ]);
      ctx.fillRect(0, H * 0.62, W, H);
      // trees behind the church
      for (let i = 0; i < 9; i++) {
        const x = R(0.02, 0.98) * W;
        if (Math.abs(x - W * 0.5) < W * 0.3) continue;
        leafy(x, ground - 6 * U, R(120, 190) * U, '#3f6a3a', '#56844b');
      }
      cypress(W * 0.14, ground, 230 * U, '#2f5a34', '#3f7042');
      cypress(W * 0.88, ground, 250 * U, '#2f5a34', '#3f7042');
      const white = '#f3efe6';
      const side = '#d8d0bf';
      const lead = '#707d88';
      const leadDark = '#56616b';
      const cx = W * 0.52;
      const s = W * 1.0;
      // narthex (left), nave, apse (right)
      ctx.fillStyle = white;
      ctx.fillRect(cx - s * 0.42, ground - s * 0.24, s * 0.22, s * 0.24);
      poly(
        [
          [cx - s * 0.44, ground - s * 0.24],
          [cx - s * 0.31, ground - s * 0.32],
          [cx - s * 0.18, ground - s * 0.24],
        ],
        lead,
      );
      ctx.fillStyle = white;
      ctx.fillRect(cx - s * 0.2, ground - s * 0.3, s * 0.42, s * 0.3);
      poly(
        [
          [cx - s * 0.22, ground - s * 0.3],
          [cx - s * 0.18, ground - s * 0.37],
          [cx + s * 0.2, ground - s * 0.37],
          [cx + s * 0.24, ground - s * 0.3],
        ],
        leadDark,
      );
      ctx.fillStyle = side;
      ctx.fillRect(cx + s * 0.22, ground - s * 0.2, s * 0.1, s * 0.2);
      ctx.beginPath();
      ctx.ellipse(cx + s * 0.27, ground - s * 0.2, s * 0.05, s * 0.05, 0, Math.PI, 0);
      ctx.fillStyle = lead;
      ctx.fill();
      // drum and dome
      const dw = s * 0.15;
      const dTop = ground - s * 0.52;
      ctx.fillStyle = white;
      ctx.fillRect(cx - dw / 2, dTop, dw, s * 0.16);
      ctx.fillStyle = side;
      ctx.fillRect(cx + dw * 0.12, dTop, dw * 0.38, s * 0.16);
      ctx.beginPath();
      ctx.ellipse(cx, dTop, dw * 0.56, dw * 0.45, 0, Math.PI, 0);
      ctx.fillStyle = lead;
      ctx.fill();
      ctx.fillStyle = '#3b3b3b';
      ctx.fillRect(cx - 1.5 * U, dTop - dw * 0.62, 3 * U, dw * 0.2);
      ctx.fillRect(cx - dw * 0.06, dTop - dw * 0.56, dw * 0.12, 3 * U);
      // arched windows
      const archWin = (x, y, w, h) => {
        ctx.beginPath();
        ctx.moveTo(x - w / 2, y + h);
        ctx.lineTo(x - w / 2, y + w / 2);
        ctx.arc(x, y + w / 2, w / 2, Math.PI, 0);
        ctx.lineTo(x + w / 2, y + h);
        ctx.closePath();
        ctx.fillStyle = '#3a3630';
        ctx.fill();
      };
      for (let i = -1; i <= 1; i++) archWin(cx + (i * dw) / 3.4, dTop + s * 0.035, dw * 0.09, s * 0.08);
      archWin(cx - s * 0.12, ground - s * 0.22, s * 0.025, s * 0.09);
      archWin(cx + s * 0.12, ground - s * 0.22, s * 0.025, s * 0.09);
      archWin(cx - s * 0.31, ground - s * 0.19, s * 0.04, s * 0.12);
      archWin(cx, ground - s * 0.14, s * 0.05, s * 0.14);
      // enclosure wall
      const wallTop = ground + 8 * U;
      ctx.fillStyle = vgrad(wallTop, wallTop + 70 * U, [
        [0, '#cbbfa6'],
        [1, '#a89a80'],
      ]);
      ctx.fillRect(0, wallTop, W, 70 * U);
      ctx.fillStyle = '#8d806a';
      ctx.fillRect(0, wallTop, W, 8 * U);
      ctx.fillStyle = '#3f3a33';
      ctx.beginPath();
      ctx.moveTo(cx - 30 * U, wallTop + 70 * U);
      ctx.lineTo(cx - 30 * U, wallTop + 30 * U);
      ctx.arc(cx, wallTop + 30 * U, 30 * U, Math.PI, 0);
      ctx.lineTo(cx + 30 * U, wallTop + 70 * U);
      ctx.fill();
      ctx.fillStyle = vgrad(wallTop + 70 * U, H, [
        [0, '#5e8c43'],
        [1, '#2f5527'],
      ]);
      ctx.fillRect(0, wallTop + 70 * U, W, H);
      ctx.fillStyle = '#c2b391';
      poly(
        [
          [cx - 30 * U, wallTop + 70 * U],
          [cx + 30 * U, wallTop + 70 * U],
          [cx + 160 * U, H],
          [cx - 160 * U, H],
        ],
        '#c2b391',
      );
      for (let i = 0; i < 260; i++) {
        const y = R(wallTop + 80 * U, H);
        const x = R(0, W);
        ctx.strokeStyle = rgba(rand() < 0.5 ? '#7fae52' : '#2a4a22', 0.5);
        ctx.lineWidth = 2 * U;
        ctx.beginPath();
        ctx.moveTo(x, y);
        ctx.lineTo(x + R(-3, 3) * U, y - R(8, 20) * U * (y / H));
        ctx.stroke();
      }
    },

    'belgrade-confluence'() {
      const horizon = H * 0.64;
      sky(horizon, [
        [0, '#1c2550'],
        [0.45, '#5d3f78'],
        [0.8, '#d9776a'],
        [1, '#f5b071'],
      ]);
      ctx.fillStyle = 'rgba(255,255,255,0.7)';
      for (let i = 0; i < 60; i++) ctx.fillRect(R(0, W), R(0, H * 0.25), 1.6 * U, 1.6 * U);
      streakCloud(W * 0.6, H * 0.33, W * 0.5, '#e7898a', 0.5);
      streakCloud(W * 0.3, H * 0.42, W * 0.4, '#f3a17d', 0.45);
      // New Belgrade skyline (right)
      const dark = '#231f3a';
      let x = W * 0.5;
      while (x < W) {
        const w = R(30, 70) * U;
        const h = R(40, 150) * U;
        ctx.fillStyle = dark;
        ctx.fillRect(x, horizon - h, w, h + 2);
        for (let wy = horizon - h + 8 * U; wy < horizon - 6 * U; wy += 10 * U) {
          for (let wx = x + 5 * U; wx < x + w - 6 * U; wx += 9 * U) {
            if (rand() < 0.35) {
              ctx.fillStyle = rand() < 0.7 ? 'rgba(255,214,140,0.9)' : 'rgba(255,244,220,0.85)';
              ctx.fillRect(wx, wy, 4 * U, 5 * U);
            }
          }
        }
        x += w + R(4, 20) * U;
      }
      // fortress hill (left)
      const hill = ridge(horizon, 8 * U, 2, (fx) => (fx < 0.42 ? -H * 0.2 * (1 - (fx / 0.42) ** 3) : 0));
      fillRidge(hill, '#1e1a2c');
      const fort = '#2a2438';
      ctx.fillStyle = fort;
      ctx.fillRect(W * 0.03, hill.at(W * 0.15) - 40 * U, W * 0.22, 44 * U);
      merlons(W * 0.03, W * 0.25, hill.at(W * 0.15) - 40 * U, 10 * U, fort);
      forest(hill, 0, W * 0.4, 14 * U, 30 * U, 55 * U, '#1a1626', null, leafy);
      // the Victor on his column
      const vx = W * 0.3;
      const vBase = hill.at(vx) - 30 * U;
      ctx.fillStyle = '#2e2840';
      ctx.fillRect(vx - 14 * U, vBase - 24 * U, 28 * U, 24 * U);
      ctx.fillRect(vx - 7 * U, vBase - 150 * U, 14 * U, 130 * U);
      ctx.fillRect(vx - 11 * U, vBase - 156 * U, 22 * U, 8 * U);
      ctx.beginPath();
      ctx.moveTo(vx - 9 * U, vBase - 156 * U);
      ctx.lineTo(vx - 6 * U, vBase - 196 * U);
      ctx.lineTo(vx + 6 * U, vBase - 196 * U);
      ctx.lineTo(vx + 9 * U, vBase - 156 * U);
      ctx.fill();
      ctx.beginPath();
      ctx.arc(vx, vBase - 203 * U, 6 * U, 0, TAU);
      ctx.fill();
      ctx.strokeStyle = '#2e2840';
      ctx.lineWidth = 4 * U;
      ctx.lineCap = 'round';
      ctx.beginPath();
      ctx.moveTo(vx - 5 * U, vBase - 192 * U);
      ctx.lineTo(vx - 14 * U, vBase - 222 * U);
      ctx.stroke();
      // bridge
      const deck = horizon + 30 * U;
      ctx.fillStyle = '#2c2640';
      ctx.fillRect(W * 0.38, deck, W * 0.62, 8 * U);
      for (let px = W * 0.45; px < W; px += W * 0.12) ctx.fillRect(px, deck, 10 * U, 28 * U);
      ctx.fillStyle = 'rgba(255,220,150,0.9)';
      for (let lx = W * 0.39; lx < W; lx += 26 * U) ctx.fillRect(lx, deck - 3 * U, 3 * U, 3 * U);
      water(horizon, H, '#b5687a', '#1b2140');
      ctx.fillStyle = '#2c2640';
      ctx.fillRect(W * 0.38, deck, W * 0.62, 8 * U);
      for (let px = W * 0.45; px < W; px += W * 0.12) ctx.fillRect(px, deck + 8 * U, 10 * U, 20 * U);
      // light reflections
      for (let i = 0; i < 120; i++) {
        const rx = R(W * 0.5, W);
        const ry = R(horizon + 40 * U, H);
        ctx.fillStyle = `rgba(255,210,140,${R(0.15, 0.5)})`;
        ctx.fillRect(rx, ry, R(2, 4) * U, R(6, 20) * U);
      }
      ripples(horizon + 6, H, '#f0a986', 220, 0.2);
      haze(horizon + 2, 14 * U, '#f2a07a', 0.35);
    },

    tara() {
      sky(H * 0.5, [
        [0, '#a9bfd3'],
        [1, '#e9ede9'],
      ]);
      sun(W * 0.78, H * 0.16, 46 * U, '#fffdf2', '#fff7de', 0.6);
      const layers = [
        ['#aebfc7', 0.4, 0.1, null],
        ['#92a8ae', 0.48, 0.12, null],
        ['#728e8c', 0.57, 0.14, null],
        ['#516f66', 0.66, 0.16, null],
        ['#355146', 0.76, 0.18, '#46624f'],
      ];
      layers.forEach(([color, base, amp, light], i) => {
        const r = ridge(
          H * base,
          H * amp * 0.45,
          1.2 + i * 0.3,
          (fx) => -H * 0.04 * Math.sin(fx * Math.PI * (1 + i * 0.5) + i),
        );
        fillRidge(r, color);
        forest(r, -10, W + 10, (6 + i * 2.5) * U, (10 + i * 8) * U, (18 + i * 14) * U, color, light);
        haze(H * (base + 0.05), H * 0.06, '#f2f3ef', 0.55 - i * 0.06);
      });
      // foreground outcrop
      const rock = ridge(H * 0.9, 12 * U, 1.5, (fx) => -H * 0.12 * Math.exp(-(((fx - 0.15) / 0.2) ** 2)));
      fillRidge(
        rock,
        vgrad(H * 0.7, H, [
          [0, '#6e6a60'],
          [1, '#3a3833'],
        ]),
      );
      ctx.strokeStyle = 'rgba(40,38,33,0.5)';
      ctx.lineWidth = 2 * U;
      for (let i = 0; i < 14; i++) {
        const x = R(0, W * 0.45);
        const y = rock.at(x) + R(10, 80) * U;
        ctx.beginPath();
        ctx.moveTo(x, y);
        ctx.lineTo(x + R(20, 60) * U, y + R(-8, 8) * U);
        ctx.stroke();
      }
      conifer(W * 0.08, rock.at(W * 0.08) + 10 * U, 420 * U, '#1f3128', '#2c4335');
      conifer(W * 0.19, rock.at(W * 0.19) + 10 * U, 340 * U, '#1f3128', '#2c4335');
      conifer(W * 0.27, rock.at(W * 0.27) + 10 * U, 250 * U, '#223629', '#2f4838');
      conifer(W * 0.93, H + 10 * U, 300 * U, '#1f3128', '#2c4335');
      birds(W * 0.55, H * 0.2, 3, 8 * U, 'rgba(60,70,80,0.6)');
    },

    uvac() {
      const horizon = H * 0.34;
      sky(horizon, [
        [0, '#5d95cf'],
        [1, '#dbe9f2'],
      ]);
      cloud(W * 0.2, H * 0.12, W * 0.22, '#ffffff', '#d9e3ec', 0.85);
      cloud(W * 0.68, H * 0.08, W * 0.28, '#ffffff', '#d9e3ec', 0.85);
      const far = ridge(horizon, 14 * U, 2);
      fillRidge(far, '#8da4a8');
      const mid = ridge(horizon + 26 * U, 16 * U, 2.4);
      fillRidge(mid, '#7f9a6a');
      ctx.fillStyle = vgrad(horizon + 20 * U, H, [
        [0, '#8aa665'],
        [1, '#5e7f3d'],
      ]);
      ctx.fillRect(0, horizon + 30 * U, W, H);
      // the meandering river, from near (t=0) to far (t=1)
      const path = [];
      for (let i = 0; i <= 400; i++) {
        const t = i / 400;
        const y = H * 1.02 - (H * 1.02 - (horizon + 34 * U)) * t ** 0.75;
        const amp = W * 0.32 * (1 - t) ** 1.2 + W * 0.02;
        const x = W * 0.5 + amp * Math.sin(t * 13 + 0.6) + W * 0.08 * Math.sin(t * 3);
        const half = W * 0.06 * (1 - t) ** 1.5 + W * 0.004;
        path.push({ x, y, half });
      }
      const ribbon = (grow, fill) => {
        ctx.beginPath();
        path.forEach((p, i) =>
          i ? ctx.lineTo(p.x - p.half - grow * p.half, p.y) : ctx.moveTo(p.x - p.half - grow * p.half, p.y),
        );
        for (let i = path.length - 1; i >= 0; i--)
          ctx.lineTo(path[i].x + path[i].half + grow * path[i].half, path[i].y);
        ctx.closePath();
        ctx.fillStyle = fill;
        ctx.fill();
      };
      // terrain patches, smaller towards the horizon
      for (let i = 0; i < 90; i++) {
        const t = rand();
        const y = horizon + 40 * U + (H - horizon) * t * t;
        ctx.fillStyle = rgba(rand() < 0.5 ? '#5f7f3c' : '#a3bb72', 0.35);
        ctx.beginPath();
        ctx.ellipse(R(0, W), y, (40 + 260 * t * t) * U, (6 + 40 * t * t) * U, 0, 0, TAU);
        ctx.fill();
      }
      ribbon(2.4, '#4f6c37');
      ribbon(1.1, '#d6ccb0');
      ribbon(0.8, '#b9ae91');
      ribbon(
        0,
        vgrad(horizon, H, [
          [0, '#6fb3a5'],
          [1, '#1f6b64'],
        ]),
      );
      // grassy spurs between the loops
      for (let i = 0; i < 40; i++) {
        const p = path[Math.floor(R(0, 380))];
        const side = rand() < 0.5 ? -1 : 1;
        const x = p.x + side * p.half * R(4, 7);
        leafy(x, p.y, R(8, 22) * U * (p.y / H) * 2, '#4f6f35', '#678a45');
      }
      // vultures
      const vulture = (x, y, s) => {
        ctx.fillStyle = '#3a3430';
        ctx.beginPath();
        ctx.moveTo(x - s, y + s * 0.05);
        ctx.quadraticCurveTo(x - s * 0.5, y - s * 0.22, x - s * 0.08, y - s * 0.04);
        ctx.lineTo(x, y - s * 0.12);
        ctx.lineTo(x + s * 0.08, y - s * 0.04);
        ctx.quadraticCurveTo(x + s * 0.5, y - s * 0.22, x + s, y + s * 0.05);
        ctx.quadraticCurveTo(x + s * 0.5, y + s * 0.02, x + s * 0.1, y + s * 0.1);
        ctx.lineTo(x, y + s * 0.22);
        ctx.lineTo(x - s * 0.1, y + s * 0.1);
        ctx.quadraticCurveTo(x - s * 0.5, y + s * 0.02, x - s, y + s * 0.05);
        ctx.fill();
      };
      vulture(W * 0.42, H * 0.16, 60 * U);
      vulture(W * 0.55, H * 0.23, 42 * U);
    },

    zlatibor() {
      sky(H * 0.55, [
        [0, '#3a83d1'],
        [1, '#cfe6f5'],
      ]);
      cloud(W * 0.18, H * 0.18, W * 0.26, '#ffffff', '#d6e2ee');
      cloud(W * 0.55, H * 0.1, W * 0.34, '#ffffff', '#d6e2ee');
      cloud(W * 0.86, H * 0.24, W * 0.2, '#ffffff', '#d6e2ee');
      const h1 = ridge(H * 0.5, 16 * U, 1.2, (fx) => -30 * U * Math.sin(fx * 5), 2);
      fillRidge(h1, '#8fb6a0');
      const h2 = ridge(H * 0.58, 22 * U, 1, (fx) => -40 * U * Math.sin(fx * 4 + 1), 2);
      fillRidge(
        h2,
        vgrad(H * 0.45, H * 0.8, [
          [0, '#8dbd5a'],
          [1, '#6c9a3e'],
        ]),
      );
      forest(h2, W * 0.6, W * 0.78, 10 * U, 18 * U, 30 * U, '#2f5a33', '#3f7242');
      const h3 = ridge(H * 0.72, 26 * U, 0.8, (fx) => -50 * U * Math.sin(fx * 3 + 2), 2);
      fillRidge(
        h3,
        vgrad(H * 0.6, H, [
          [0, '#a3c957'],
          [1, '#5c8a2f'],
        ]),
      );
      // house with fence
      const hx = W * 0.36;
      const hy = h3.at(hx) + 14 * U;
      house(hx, hy, 110 * U, 70 * U, '#8b5a34', '#b23a2a', { plank: '#6d4426' });
      ctx.fillStyle = '#d9c9a8';
      ctx.fillRect(hx - 28 * U, hy - 74 * U - 40 * U, 12 * U, 30 * U);
      ctx.strokeStyle = '#e9dcc0';
      ctx.lineWidth = 3 * U;
      for (let fx = hx - 160 * U; fx < hx + 200 * U; fx += 18 * U) {
        const fy = h3.at(fx) + 40 * U;
        ctx.beginPath();
        ctx.moveTo(fx, fy);
        ctx.lineTo(fx, fy - 24 * U);
        ctx.stroke();
      }
      ctx.beginPath();
      for (let fx = hx - 160 * U; fx < hx + 200 * U; fx += 6 * U) ctx.lineTo(fx, h3.at(fx) + 24 * U);
      ctx.stroke();
      // scattered pines
      [0.08, 0.15, 0.62, 0.74, 0.9].forEach((fx, i) => {
        const x = W * fx;
        conifer(x, h3.at(x) + 20 * U + i * 12 * U, R(150, 240) * U, '#23482a', '#33603a');
      });
      for (let i = 0; i < 300; i++) {
        const x = R(0, W);
        const y = R(h3.at(x) + 20 * U, H);
        ctx.fillStyle = rgba(rand() < 0.5 ? '#c4dd6c' : '#4f7d2a', 0.55);
        ctx.fillRect(x, y, 2 * U, R(4, 10) * U);
      }
    },

    petrovaradin() {
      const horizon = H * 0.58;
      sky(horizon, [
        [0, '#4c88c9'],
        [1, '#e5edf0'],
      ]);
      cloud(W * 0.3, H * 0.14, W * 0.3, '#ffffff', '#d8e1ea');
      cloud(W * 0.78, H * 0.2, W * 0.24, '#ffffff', '#d8e1ea');
      // distant town on the left
      let x = 0;
      while (x < W * 0.32) {
        const w = R(16, 40) * U;
        const h = R(14, 60) * U;
        ctx.fillStyle = rand() < 0.5 ? '#a4b3c1' : '#95a6b6';
        ctx.fillRect(x, horizon - h, w, h);
        x += w;
      }
      ctx.fillStyle = '#8f9fb0';
      ctx.fillRect(W * 0.12, horizon - 110 * U, 8 * U, 110 * U);
      poly(
        [
          [W * 0.12 - 4 * U, horizon - 110 * U],
          [W * 0.12 + 4 * U, horizon - 150 * U],
          [W * 0.12 + 12 * U, horizon - 110 * U],
        ],
        '#8f9fb0',
      );
      // the fortress hill on the right
      const hill = ridge(horizon + 4, 8 * U, 2, (fx) => (fx > 0.42 ? -H * 0.2 * Math.min(1, (fx - 0.42) / 0.1) : 0));
      fillRidge(hill, '#4f6b3e');
      const stone = '#c9b48e';
      const shade = '#a18c68';
      const top = horizon - H * 0.17;
      // bastions: sloped stone faces
      const faces = [0.47, 0.55, 0.63, 0.74, 0.84, 0.94, 1.02];
      for (let i = 0; i < faces.length - 1; i++) {
        const x0 = W * faces[i];
        const x1 = W * faces[i + 1];
        const jut = i % 2 ? 0 : 22 * U;
        poly(
          [
            [x0, top + jut],
            [x1, top + jut + (i % 2 ? 10 : -10) * U],
            [x1 + 10 * U, horizon + 10 * U],
            [x0 - 10 * U, horizon + 10 * U],
          ],
          i % 2 ? shade : stone,
        );
      }
      ctx.fillStyle = '#7f6c50';
      ctx.fillRect(W * 0.47, horizon + 4 * U, W * 0.55, 8 * U);
      forest(ridge(top, 6 * U, 3), W * 0.48, W, 14 * U, 30 * U, 60 * U, '#3f5f33', '#557a42', leafy);
      // clock tower
      const cx = W * 0.66;
      const tb = top + 18 * U;
      ctx.fillStyle = '#f1ebdc';
      ctx.fillRect(cx - 26 * U, tb - 170 * U, 52 * U, 170 * U);
      ctx.fillStyle = '#d5ccb6';
      ctx.fillRect(cx + 8 * U, tb - 170 * U, 18 * U, 170 * U);
      poly(
        [
          [cx - 34 * U, tb - 170 * U],
          [cx, tb - 240 * U],
          [cx + 34 * U, tb - 170 * U],
        ],
        '#4b4f57',
      );
      ctx.fillStyle = '#4b4f57';
      ctx.fillRect(cx - 2 * U, tb - 268 * U, 4 * U, 30 * U);
      ctx.beginPath();
      ctx.arc(cx, tb - 130 * U, 17 * U, 0, TAU);
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.strokeStyle = '#2d2d2d';
      ctx.lineWidth = 2 * U;
      ctx.stroke();
      ctx.lineWidth = 3 * U;
      ctx.beginPath();
      ctx.moveTo(cx, tb - 130 * U);
      ctx.lineTo(cx, tb - 144 * U);
      ctx.moveTo(cx, tb - 130 * U);
      ctx.lineTo(cx + 8 * U, tb - 126 * U);
      ctx.stroke();
      // river
      water(horizon + 10 * U, H, '#a9c3cf', '#3d6479');
      ctx.fillStyle = vgrad(horizon + 10 * U, horizon + H * 0.16, [
        [0, 'rgba(122,107,82,0.4)'],
        [1, 'rgba(122,107,82,0)'],
      ]);
      ctx.fillRect(W * 0.46, horizon + 10 * U, W * 0.56, H * 0.16);
      ripples(horizon + 12 * U, H, '#e6f0f3', 240, 0.3);
      // cable-stayed bridge on the left
      const deck = horizon + 40 * U;
      const pylons = [W * 0.12, W * 0.3];
      ctx.strokeStyle = 'rgba(240,240,240,0.85)';
      ctx.lineWidth = 1.5 * U;
      pylons.forEach((px) => {
        for (let k = 1; k <= 7; k++) {
          ctx.beginPath();
          ctx.moveTo(px, deck - 170 * U);
          ctx.lineTo(px - k * 17 * U, deck);
          ctx.moveTo(px, deck - 170 * U);
          ctx.lineTo(px + k * 17 * U, deck);
          ctx.stroke();
        }
      });
      ctx.fillStyle = '#e8e8e4';
      pylons.forEach((px) => ctx.fillRect(px - 5 * U, deck - 180 * U, 10 * U, 230 * U));
      ctx.fillStyle = '#d0d0ca';
      ctx.fillRect(0, deck, W * 0.44, 9 * U);
      ctx.fillStyle = '#8e8f8c';
      ctx.fillRect(0, deck + 9 * U, W * 0.44, 3 * U);
      birds(W * 0.5, H * 0.3, 3, 7 * U, 'rgba(50,60,70,0.7)');
    },

    drvengrad() {
      sky(H * 0.5, [
        [0, '#5b8fcb'],
        [1, '#e3ecf1'],
      ]);
      cloud(W * 0.75, H * 0.14, W * 0.3, '#ffffff', '#d8e1ea');
      cloud(W * 0.2, H * 0.22, W * 0.2, '#ffffff', '#d8e1ea', 0.8);
      const far = ridge(H * 0.42, 24 * U, 1.3, (fx) => -70 * U * Math.sin(fx * 3 + 0.5));
      fillRidge(far, '#7d93b3');
      const mid = ridge(H * 0.5, 20 * U, 1.8, (fx) => -40 * U * Math.sin(fx * 4));
      fillRidge(mid, '#6e8a70');
      forest(mid, -10, W + 10, 8 * U, 14 * U, 26 * U, '#56744f', '#65845c');
      const hill = ridge(H * 0.68, 10 * U, 1, (fx) => -H * 0.12 * Math.exp(-(((fx - 0.5) / 0.3) ** 2)), 2);
      fillRidge(
        hill,
        vgrad(H * 0.5, H, [
          [0, '#8fb052'],
          [1, '#557d2f'],
        ]),
      );
      // autumn trees
      const autumn = [
        ['#c9602a', '#e08a3c'],
        ['#d9a126', '#f0c04a'],
        ['#9c3b22', '#c45a32'],
      ];
      for (let i = 0; i < 14; i++) {
        const x = R(0, W);
        if (x > W * 0.25 && x < W * 0.78) continue;
        const [c, l] = autumn[Math.floor(R(0, 3))];
        leafy(x, hill.at(x) + R(10, 60) * U, R(90, 160) * U, c, l);
      }
      // log houses
      const houses = [
        [0.3, 90, 66],
        [0.38, 120, 80],
        [0.6, 110, 74],
        [0.7, 90, 62],
        [0.45, 80, 56],
        [0.34, 70, 50],
      ];
      houses.forEach(([fx, w, h], i) => {
        const x = W * fx;
        const y = hill.at(x) + (i > 3 ? 60 : 20) * U;
        house(x, y, w * U, h * U, '#7b4e2c', '#3b2b24', { plank: '#5c3a20', lit: 'rgba(40,28,18,0.85)' });
      });
      // the small church with a wooden tower
      const cx = W * 0.52;
      const cy = hill.at(cx) + 10 * U;
      ctx.fillStyle = '#7b4e2c';
      ctx.fillRect(cx - 50 * U, cy - 70 * U, 100 * U, 70 * U);
      ctx.fillRect(cx - 18 * U, cy - 150 * U, 36 * U, 80 * U);
      poly(
        [
          [cx - 62 * U, cy - 68 * U],
          [cx, cy - 118 * U],
          [cx + 62 * U, cy - 68 * U],
        ],
        '#3b2b24',
      );
      ctx.fillStyle = '#7b4e2c';
      ctx.fillRect(cx - 18 * U, cy - 150 * U, 36 * U, 60 * U);
      poly(
        [
          [cx - 26 * U, cy - 150 * U],
          [cx, cy - 205 * U],
          [cx + 26 * U, cy - 150 * U],
        ],
        '#3b2b24',
      );
      ctx.fillStyle = '#2b1f1a';
      ctx.fillRect(cx - 1.5 * U, cy - 230 * U, 3 * U, 28 * U);
      ctx.fillRect(cx - 9 * U, cy - 222 * U, 18 * U, 3 * U);
      ctx.fillStyle = 'rgba(35,25,18,0.9)';
      ctx.fillRect(cx - 7 * U, cy - 138 * U, 14 * U, 22 * U);
      // path
      poly(
        [
          [W * 0.5, hill.at(W * 0.5) + 30 * U],
          [W * 0.54, hill.at(W * 0.5) + 30 * U],
          [W * 0.66, H],
          [W * 0.46, H],
        ],
        '#c7b38b',
      );
      for (let i = 0; i < 260; i++) {
        const x = R(0, W);
        const y = R(hill.at(x) + 40 * U, H);
        ctx.fillStyle = rgba(rand() < 0.5 ? '#b6c95e' : '#3f6424', 0.5);
        ctx.fillRect(x, y, 2 * U, R(4, 10) * U);
      }
    },

    sunflowers() {
      const horizon = H * 0.48;
      sky(horizon, [
        [0, '#2f78c4'],
        [1, '#d8ebf4'],
      ]);
      cloud(W * 0.2, H * 0.2, W * 0.28, '#ffffff', '#d4e0ec');
      cloud(W * 0.52, H * 0.12, W * 0.36, '#ffffff', '#d4e0ec');
      cloud(W * 0.85, H * 0.26, W * 0.22, '#ffffff', '#d4e0ec');
      ctx.fillStyle = '#6d8f52';
      ctx.fillRect(0, horizon - 6 * U, W, 10 * U);
      // tree line and salaš
      for (let x = 0; x < W; x += R(10, 30) * U) {
        if (rand() < 0.5) leafy(x, horizon + 2 * U, R(18, 40) * U, '#4d6b3a', null);
      }
      const sx = W * 0.7;
      ctx.fillStyle = '#f4f1e8';
      ctx.fillRect(sx, horizon - 22 * U, 70 * U, 24 * U);
      poly(
        [
          [sx - 8 * U, horizon - 20 * U],
          [sx + 8 * U, horizon - 44 * U],
          [sx + 62 * U, horizon - 44 * U],
          [sx + 78 * U, horizon - 20 * U],
        ],
        '#a7834b',
      );
      leafy(sx + 100 * U, horizon + 4 * U, 80 * U, '#3f6230', '#527a3c');
      // the field: rows of heads shrinking towards the horizon
      ctx.fillStyle = vgrad(horizon, H, [
        [0, '#8a8a2a'],
        [0.3, '#6f7f24'],
        [1, '#35511c'],
      ]);
      ctx.fillRect(0, horizon + 2 * U, W, H);
      for (let row = 0; row < 60; row++) {
        const t = row / 60;
        const y = horizon + 4 * U + (H - horizon) * t ** 2.2;
        const r = 2 * U + 40 * U * t ** 2.2;
        const step = r * 2.3;
        for (let x = R(-step, 0); x < W + step; x += step * R(0.85, 1.15)) {
          if (r > 26 * U) continue;
          const jx = x + R(-0.3, 0.3) * step;
          const jy = y + R(-0.3, 0.3) * r;
          ctx.fillStyle = rand() < 0.5 ? '#f2c21b' : '#e6a914';
          ctx.beginPath();
          ctx.arc(jx, jy, r, 0, TAU);
          ctx.fill();
          if (r > 5 * U) {
            ctx.fillStyle = '#5a3718';
            ctx.beginPath();
            ctx.arc(jx, jy + r * 0.05, r * 0.45, 0, TAU);
            ctx.fill();
          }
        }
      }
      // larger heads in the foreground
      const front = [];
      for (let i = 0; i < 60; i++) front.push([R(0, W), R(H * 0.8, H * 1.05)]);
      front.sort((a, b) => a[1] - b[1]);
      front.forEach(([x, y]) => {
        const r = 30 * U + 50 * U * ((y - H * 0.8) / (H * 0.25)) ** 1.4;
        ctx.strokeStyle = '#3f6a23';
        ctx.lineWidth = r * 0.12;
        ctx.beginPath();
        ctx.moveTo(x, y);
        ctx.lineTo(x + R(-4, 4) * U, y + r * 3);
        ctx.stroke();
        ctx.fillStyle = '#4f7d2b';
        ctx.beginPath();
        ctx.ellipse(x + r * 0.7, y + r * 1.4, r * 0.6, r * 0.25, 0.5, 0, TAU);
        ctx.fill();
        sunflower(x, y, r, R(-0.3, 0.3));
      });
    },

    kalemegdan() {
      const horizon = H * 0.62;
      sky(horizon, [
        [0, '#3e7cc4'],
        [1, '#e2eef4'],
      ]);
      cloud(W * 0.25, H * 0.12, W * 0.5, '#ffffff', '#d8e3ee');
      cloud(W * 0.8, H * 0.3, W * 0.4, '#ffffff', '#d8e3ee', 0.85);
      // the far bank and the rivers
      const far = ridge(horizon, 6 * U, 2);
      fillRidge(far, '#8aa3a8');
      water(horizon + 6 * U, H, '#b9d0d8', '#6d95a6');
      ripples(horizon + 8 * U, H * 0.8, '#eef5f7', 140, 0.35);
      ctx.fillStyle = '#92a88a';
      poly(
        [
          [W * 0.45, horizon + 8 * U],
          [W * 0.75, horizon + 8 * U],
          [W * 1.1, horizon + 60 * U],
          [W * 0.5, horizon + 40 * U],
        ],
        '#7f9e6e',
      );
      // fortress wall below
      const wallTop = H * 0.78;
      ctx.fillStyle = vgrad(wallTop, H, [
        [0, '#c4ad8a'],
        [1, '#8c7658'],
      ]);
      ctx.fillRect(0, wallTop, W, H - wallTop);
      merlons(0, W, wallTop, 26 * U, '#c4ad8a');
      ctx.strokeStyle = 'rgba(90,70,50,0.35)';
      ctx.lineWidth = 2 * U;
      for (let y = wallTop + 30 * U; y < H; y += 34 * U) {
        ctx.beginPath();
        ctx.moveTo(0, y);
        ctx.lineTo(W, y);
        ctx.stroke();
        for (let x = (y / (34 * U)) % 2 ? 0 : 40 * U; x < W; x += 80 * U) {
          ctx.beginPath();
          ctx.moveTo(x, y);
          ctx.lineTo(x, y + 34 * U);
          ctx.stroke();
        }
      }
      // trees framing
      for (let i = 0; i < 7; i++) leafy(R(-0.08, 0.16) * W, wallTop + 20 * U, R(520, 760) * U, '#2f5a2f', '#447a3c');
      for (let i = 0; i < 7; i++) leafy(R(0.84, 1.08) * W, wallTop + 20 * U, R(520, 760) * U, '#2f5a2f', '#447a3c');
      // column and pedestal
      const cx = W * 0.52;
      const base = wallTop - 20 * U;
      ctx.fillStyle = '#d9d1c0';
      ctx.fillRect(cx - 90 * U, base - 60 * U, 180 * U, 80 * U);
      ctx.fillStyle = '#bdb3a0';
      ctx.fillRect(cx + 20 * U, base - 60 * U, 70 * U, 80 * U);
      ctx.fillStyle = '#e6dfd0';
      ctx.fillRect(cx - 60 * U, base - 110 * U, 120 * U, 50 * U);
      const colTop = H * 0.22;
      ctx.fillStyle = '#ece6d8';
      ctx.fillRect(cx - 34 * U, colTop, 68 * U, base - 110 * U - colTop);
      ctx.fillStyle = '#cfc6b3';
      ctx.fillRect(cx + 8 * U, colTop, 26 * U, base - 110 * U - colTop);
      ctx.strokeStyle = 'rgba(120,110,95,0.45)';
      ctx.lineWidth = 2 * U;
      for (let fx = -24; fx <= 24; fx += 12) {
        ctx.beginPath();
        ctx.moveTo(cx + fx * U, colTop + 20 * U);
        ctx.lineTo(cx + fx * U, base - 120 * U);
        ctx.stroke();
      }
      ctx.fillStyle = '#ddd5c4';
      ctx.fillRect(cx - 48 * U, colTop - 18 * U, 96 * U, 22 * U);
      // the statue (a standing figure, raised left arm)
      const bronze = '#2f3b37';
      const fy = colTop - 18 * U;
      ctx.fillStyle = bronze;
      ctx.beginPath();
      ctx.moveTo(cx - 22 * U, fy);
      ctx.lineTo(cx - 14 * U, fy - 90 * U);
      ctx.lineTo(cx - 20 * U, fy - 150 * U);
      ctx.lineTo(cx + 20 * U, fy - 150 * U);
      ctx.lineTo(cx + 14 * U, fy - 90 * U);
      ctx.lineTo(cx + 22 * U, fy);
      ctx.closePath();
      ctx.fill();
      ctx.beginPath();
      ctx.arc(cx, fy - 166 * U, 14 * U, 0, TAU);
      ctx.fill();
      ctx.lineCap = 'round';
      ctx.strokeStyle = bronze;
      ctx.lineWidth = 11 * U;
      ctx.beginPath();
      ctx.moveTo(cx - 16 * U, fy - 142 * U);
      ctx.lineTo(cx - 38 * U, fy - 190 * U);
      ctx.lineTo(cx - 44 * U, fy - 232 * U);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(cx + 16 * U, fy - 142 * U);
      ctx.lineTo(cx + 30 * U, fy - 96 * U);
      ctx.stroke();
      ctx.lineWidth = 4 * U;
      ctx.beginPath();
      ctx.moveTo(cx + 30 * U, fy - 96 * U);
      ctx.lineTo(cx + 34 * U, fy - 30 * U);
      ctx.stroke();
      ctx.fillStyle = bronze;
      ctx.beginPath();
      ctx.ellipse(cx - 46 * U, fy - 244 * U, 10 * U, 7 * U, -0.4, 0, TAU);
      ctx.fill();
      ctx.beginPath();
      ctx.moveTo(cx - 54 * U, fy - 246 * U);
      ctx.lineTo(cx - 74 * U, fy - 262 * U);
      ctx.lineTo(cx - 44 * U, fy - 250 * U);
      ctx.moveTo(cx - 40 * U, fy - 248 * U);
      ctx.lineTo(cx - 20 * U, fy - 266 * U);
      ctx.lineTo(cx - 36 * U, fy - 240 * U);
      ctx.fill();
      birds(W * 0.78, H * 0.12, 3, 9 * U, 'rgba(50,60,70,0.6)');
    },

    sargan() {
      sky(H * 0.45, [
        [0, '#6a9bd0'],
        [1, '#eef0ea'],
      ]);
      cloud(W * 0.6, H * 0.1, W * 0.3, '#ffffff', '#dbe3ea');
      const far = ridge(H * 0.32, 30 * U, 1.4, (fx) => -60 * U * Math.sin(fx * 3.5 + 0.3));
      fillRidge(far, '#8b9bb8');
      haze(H * 0.36, 40 * U, '#f0f1ec', 0.4);
      const mid = ridge(H * 0.42, 26 * U, 1.8);
      fillRidge(mid, '#73865f');
      forest(mid, -10, W + 10, 8 * U, 14 * U, 30 * U, '#51683f', '#5f774a');
      const autumn = ['#b8552a', '#d38b2f', '#e0b13a', '#8f3b22', '#4f6a3a'];
      const slope = ridge(H * 0.56, 18 * U, 1.2, (fx) => -40 * U * Math.cos(fx * 3));
      fillRidge(
        slope,
        vgrad(H * 0.45, H, [
          [0, '#7d8e46'],
          [1, '#4e6a2b'],
        ]),
      );
      for (let x = -10; x < W + 10; x += R(14, 30) * U) {
        const c = autumn[Math.floor(R(0, autumn.length))];
        leafy(x, slope.at(x) + R(6, 30) * U, R(40, 80) * U, c, null);
      }
      // valley floor and the viaduct across it
      const floor = ridge(H * 0.92, 8 * U, 1.5, (fx) => -H * 0.16 * (2 * Math.abs(fx - 0.5)) ** 1.5);
      const deckY = H * 0.6;
      const groundAt = (x) => Math.max(deckY + 40 * U, floor.at(x));
      // track on the far slope (the loop)
      ctx.strokeStyle = '#5e4a36';
      ctx.lineWidth = 5 * U;
      ctx.beginPath();
      for (let x = W * 0.55; x < W; x += 8 * U) ctx.lineTo(x, slope.at(x) + 26 * U + (x - W * 0.55) * -0.05);
      ctx.stroke();
      arches(W * 0.08, W * 0.92, deckY, groundAt, 7, '#b7ab96', '#8e836f', 22 * U);
      fillRidge(
        floor,
        vgrad(H * 0.7, H, [
          [0, '#7e8f3e'],
          [1, '#40592a'],
        ]),
      );
      for (let i = 0; i < 12; i++) {
        const x = R(0, W);
        const c = autumn[Math.floor(R(0, autumn.length))];
        leafy(x, floor.at(x) + R(20, 80) * U, R(70, 140) * U, c, null);
      }
      // rails
      ctx.fillStyle = '#3a3530';
      ctx.fillRect(W * 0.02, deckY - 4 * U, W * 0.96, 4 * U);
      // the train: locomotive and three carriages heading left
      const carriages = [0.42, 0.55, 0.68];
      carriages.forEach((fx) => {
        const x = W * fx;
        ctx.fillStyle = '#8f2a22';
        ctx.fillRect(x, deckY - 58 * U, W * 0.12, 48 * U);
        ctx.fillStyle = '#5b1a15';
        ctx.fillRect(x - 2 * U, deckY - 64 * U, W * 0.12 + 4 * U, 8 * U);
        ctx.fillStyle = '#f1e4c6';
        for (let wx = x + 10 * U; wx < x + W * 0.12 - 20 * U; wx += 28 * U)
          ctx.fillRect(wx, deckY - 50 * U, 18 * U, 16 * U);
        ctx.fillStyle = '#222';
        [0.2, 0.8].forEach((f) => {
          ctx.beginPath();
          ctx.arc(x + W * 0.12 * f, deckY - 8 * U, 8 * U, 0, TAU);
          ctx.fill();
        });
      });
      const lx = W * 0.27;
      const k = 1.5;
      ctx.fillStyle = '#1f2624';
      ctx.fillRect(lx + 30 * k * U, deckY - 66 * k * U, 46 * k * U, 56 * k * U); // cab
      ctx.fillStyle = '#141a18';
      ctx.fillRect(lx + 26 * k * U, deckY - 72 * k * U, 54 * k * U, 7 * k * U); // cab roof
      ctx.fillStyle = '#2a3330';
      ctx.fillRect(lx - 40 * k * U, deckY - 50 * k * U, 72 * k * U, 34 * k * U); // boiler
      ctx.beginPath();
      ctx.arc(lx - 40 * k * U, deckY - 33 * k * U, 17 * k * U, Math.PI / 2, (3 * Math.PI) / 2);
      ctx.fill();
      ctx.fillRect(lx - 34 * k * U, deckY - 74 * k * U, 12 * k * U, 26 * k * U); // chimney
      ctx.fillRect(lx - 37 * k * U, deckY - 78 * k * U, 18 * k * U, 6 * k * U);
      ctx.beginPath();
      ctx.arc(lx - 2 * k * U, deckY - 52 * k * U, 8 * k * U, Math.PI, 0); // dome
      ctx.fill();
      ctx.fillStyle = '#b8342a';
      ctx.fillRect(lx - 62 * k * U, deckY - 16 * k * U, 142 * k * U, 5 * k * U);
      ctx.fillStyle = '#f6d77a';
      ctx.fillRect(lx + 40 * k * U, deckY - 58 * k * U, 16 * k * U, 14 * k * U);
      ctx.beginPath();
      ctx.arc(lx - 58 * k * U, deckY - 34 * k * U, 4 * k * U, 0, TAU); // headlamp
      ctx.fill();
      ctx.fillStyle = '#111';
      [-30, -4, 22, 56].forEach((dx) => {
        ctx.beginPath();
        ctx.arc(lx + dx * k * U, deckY - 10 * k * U, (dx > 40 ? 7 : 10) * k * U, 0, TAU);
        ctx.fill();
      });
      ctx.fillStyle = '#2a3330';
      ctx.fillRect(lx + 76 * k * U, deckY - 30 * k * U, W * 0.42 - lx - 76 * k * U + W * 0.0, 4 * k * U); // coupling
      // smoke
      ctx.save();
      ctx.filter = `blur(${3 * U}px)`;
      for (let i = 0; i < 16; i++) {
        const t = i / 15;
        ctx.fillStyle = `rgba(245,245,245,${0.85 - t * 0.55})`;
        ctx.beginPath();
        ctx.arc(
          lx - 28 * k * U + t * W * 0.4,
          deckY - 118 * k * U - t * 100 * U - Math.sin(t * 6) * 16 * U,
          (16 + t * 40) * U,
          0,
          TAU,
        );
        ctx.fill();
      }
      ctx.restore();
    },
  };

  if (!draw[slug]) throw new Error(`no scene "${slug}"`);
  draw[slug]();

  const scaled = (w) => {
    const h = Math.round((H * w) / W);
    const c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    const g = c.getContext('2d');
    g.imageSmoothingEnabled = true;
    g.imageSmoothingQuality = 'high';
    g.drawImage(canvas, 0, 0, w, h);
    return c.toDataURL('image/jpeg', quality);
  };
  const thumbWidth = W >= H ? thumbLong : Math.round((thumbLong * W) / H);
  return {
    full: canvas.toDataURL('image/jpeg', quality),
    mid: scaled(midWidth),
    thumb: scaled(thumbWidth),
  };
}

/* ------------------------------------------------------------------------------------------ */

/** Width and height from a JPEG's SOFn segment. */
function jpegSize(bytes) {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG');
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) throw new Error(`bad JPEG marker at ${i}`);
    const marker = bytes[i + 1];
    const length = bytes.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  throw new Error('no SOF segment in JPEG');
}

const seedOf = (text) => {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0), 16777619);
  return h >>> 0;
};

const fromDataUrl = (url) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');

function photoFeed(lang, items) {
  const en = lang === 'en';
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: en ? 'Photographic presentation of Serbia' : 'Фотографска презентација Србије',
    home_page_url: en ? '../en.html' : '../index.html',
    feed_url: en ? 'photos.json' : 'photos.sr-Cyrl.json',
    description: en
      ? 'Demo data: the images are illustrations generated by scripts/make-demo-photos.mjs. They stand in for the photographs of the presentation and are not the author’s work.'
      : 'Демо подаци: слике су илустрације које прави scripts/make-demo-photos.mjs. Оне замењују фотографије презентације и нису дело аутора.',
    language: en ? 'en' : 'sr-Cyrl',
    authors: [{ name: en ? 'Dragoljub Zamurović' : 'Драгољуб Замуровић' }],
    items: items.map(({ slug, size, text }) => ({
      id: `photo-${slug}`,
      image: `photos/${slug}.jpg`,
      title: text.title,
      content_text: text.text,
      _gov: {
        alt: text.alt,
        width: size.width,
        height: size.height,
        thumbnail: `photos/${slug}-thumb.jpg`,
        srcset: `photos/${slug}-640.jpg ${size.midWidth}w, photos/${slug}.jpg ${size.width}w`,
      },
    })),
  };
}

async function main() {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`No browser at ${CHROMIUM_PATH}. Install Chromium (apt-get install chromium) or set CHROME_PATH.`);
    process.exit(1);
  }
  await mkdir(photoDir, { recursive: true });
  const browser = await launchChromium();
  const made = [];
  let total = 0;
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>photos</title>');
    for (const scene of scenes) {
      const [width, height] = scene.size;
      const out = await page.evaluate(pageRender, {
        slug: scene.slug,
        width,
        height,
        seed: seedOf(scene.slug),
        quality: QUALITY,
        midWidth: MID_WIDTH,
        thumbLong: THUMB_LONG_SIDE,
      });
      const files = { '': out.full, '-640': out.mid, '-thumb': out.thumb };
      const sizes = {};
      for (const [suffix, url] of Object.entries(files)) {
        const bytes = fromDataUrl(url);
        const path = join(photoDir, `${scene.slug}${suffix}.jpg`);
        await writeFile(path, bytes);
        // read back what was written: the feed declares the file's true size
        sizes[suffix] = jpegSize(await readFile(path));
        total += bytes.length;
      }
      if (sizes[''].width !== width || sizes[''].height !== height) {
        throw new Error(`${scene.slug}.jpg is ${sizes[''].width}×${sizes[''].height}, expected ${width}×${height}`);
      }
      made.push({ ...scene, size: { ...sizes[''], midWidth: sizes['-640'].width } });
      console.log(
        `${scene.slug.padEnd(20)} ${width}×${height}  640: ${sizes['-640'].width}×${sizes['-640'].height}  thumb: ${sizes['-thumb'].width}×${sizes['-thumb'].height}`,
      );
    }
  } finally {
    await browser.close();
  }
  for (const [lang, file] of [
    ['en', 'photos.json'],
    ['sr', 'photos.sr-Cyrl.json'],
  ]) {
    const feed = photoFeed(
      lang,
      made.map((scene) => ({ ...scene, text: scene[lang] })),
    );
    await writeFile(join(dataDir, file), `${JSON.stringify(feed, null, 2)}\n`);
  }
  console.log(`${made.length} scenes, ${made.length * 3} files, ${total} bytes in demo/data/photos/`);
}

await main();
