#!/usr/bin/env node
// `npm run modes`: the demo pages (dist/demo/, served locally, headless Debian Chromium) in the
// three display modes people set for themselves:
//   - prefers-reduced-motion: reduce — no animation or transition runs, in any state a widget goes
//     through (loading, lightbox opening, next photo, zoom, "Show more"); the same walk without the
//     preference shows what there is to reduce;
//   - forced-colors: active (Windows High Contrast) — every widget control still shows: text in a
//     colour that differs from its background, a border on every button, icons drawn (pixels that
//     differ from the background), a focus outline on each control;
//   - 400% zoom, as a 320 × 256 CSS px viewport (WCAG 1.4.10 Reflow) — neither the page nor a widget
//     scrolls sideways, no widget content sticks out of the viewport or is cut off, and each
//     widget's controls (the open lightbox's too) are inside the viewport.
// Exits 1 when a check fails.
//
//   npm run build:demo && npm run modes
import { launchChromium } from './quality/chromium.mjs';
import { installAuditHelpers } from './quality/in-page.mjs';
import { demoDir, demoTargets, openDemo, settle, trackRequests } from './quality/page.mjs';
import { serve } from './quality/serve.mjs';

const results = [];
let section = '';
function check(name, ok, detail = '') {
  results.push({ ok: Boolean(ok) });
  console.log(`${ok ? '✓' : '✗'} ${section}: ${name}${detail ? ` — ${detail}` : ''}`);
}

/** Runs in the page: the animations and transitions running now, in the document and every shadow root. */
function runningAnimations() {
  const roots = [document];
  for (let i = 0; i < roots.length; i++)
    for (const element of roots[i].querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  return roots.flatMap((root) =>
    root
      .getAnimations()
      .filter(
        (animation) => animation.playState === 'running' && Number(animation.effect?.getComputedTiming().duration) > 10,
      )
      .map((animation) => {
        const target = animation.effect?.target;
        const kind =
          animation.constructor.name === 'CSSTransition'
            ? `transition of ${animation.transitionProperty}`
            : `animation ${animation.animationName ?? ''}`;
        return `${kind} (${Math.round(animation.effect.getComputedTiming().duration)} ms) on ${target?.localName}.${[...(target?.classList ?? [])].join('.')}`;
      }),
  );
}

/**
 * Takes the page through the states where widgets move: loading (the data held back for a moment),
 * the lightbox opening, the next photo, zoom in and out, closing, "Show more". Samples the running
 * animations after each step.
 */
async function motionWalk(browser, origin, target, reducedMotion) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion });
  const page = await context.newPage();
  const seen = new Set();
  const sample = async () => {
    for (const wait of [0, 40, 120]) {
      await page.waitForTimeout(wait);
      for (const animation of await page.evaluate(runningAnimations)) seen.add(animation);
    }
  };
  // Hold the first data request of each widget for a moment, so the loading state shows.
  let held = 0;
  await page.route(/\/data\/[^/]+\.json$/, async (route) => {
    if (held++ < 2) await new Promise((done) => setTimeout(done, 600));
    await route.continue();
  });
  const network = trackRequests(page);
  await page.goto(origin + target.path);
  await sample();
  await settle(page, network);
  const gallery = page.locator('gov-photo-gallery');
  if (await gallery.count()) {
    await gallery.locator('[part="thumbnail"]').first().click();
    await sample();
    await page.keyboard.press('ArrowRight');
    await sample();
    await gallery.locator('[part="zoom-button"]').click();
    await sample();
    await gallery.locator('[part="zoom-button"]').click();
    await sample();
    await page.keyboard.press('Escape');
    await sample();
  }
  const more = page.locator('gov-news-feed [part="more-button"]');
  if (await more.count()) {
    await more.click();
    await sample();
  }
  await context.close();
  return [...seen];
}

async function reducedMotion(browser, origin, target) {
  section = `${target.name}, prefers-reduced-motion`;
  const without = await motionWalk(browser, origin, target, 'no-preference');
  const reduced = await motionWalk(browser, origin, target, 'reduce');
  console.log(
    `· ${section}: without the preference the same walk runs ${without.length ? without.join('; ') : 'no animation'}`,
  );
  check(
    'no animation or transition runs while loading, in the lightbox, zooming or showing more',
    reduced.length === 0,
    reduced.join('; '),
  );
}

/** Runs in the page: what forced colours leave of each widget control. */
function forcedColorsReport() {
  const parse = (value) =>
    /rgba?\(([^)]+)\)/
      .exec(value)?.[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
  const same = (a, b) => a && b && a.slice(0, 3).every((v, i) => Math.abs(v - b[i]) < 8);
  const parentOf = (node) => node.parentElement ?? node.parentNode?.host ?? null;
  const backgroundOf = (element) => {
    for (let node = element; node; node = parentOf(node)) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color && (color[3] ?? 1) > 0.5) return color;
    }
    return parse(getComputedStyle(document.documentElement).backgroundColor) ?? [255, 255, 255];
  };
  const problems = [];
  let controls = 0;
  const walk = (root, widget) => {
    for (const element of root.querySelectorAll('*')) {
      if (
        widget &&
        element.matches('a[href], button') &&
        element.getClientRects().length &&
        !element.closest('dialog:not([open])')
      ) {
        controls++;
        const style = getComputedStyle(element);
        const label = `<${widget}> ${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''} "${(element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 30)}"`;
        const hasText = element.textContent.trim().length > 0;
        if (hasText && same(parse(style.color), backgroundOf(element)))
          problems.push(`${label}: text colour = background`);
        // A button shows as one by a border, or (a toggle drawn as text links) by an underline or an outline.
        const border = ['top', 'right', 'bottom', 'left'].some(
          (side) => style[`border-${side}-style`] !== 'none' && parseFloat(style[`border-${side}-width`]) > 0,
        );
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const underline = style.textDecorationLine.includes('underline');
        if (element.localName === 'button' && !border && !outline && !underline) {
          problems.push(`${label}: no border, outline or underline`);
        }
        // A pressed button must differ from its unpressed siblings by more than a colour, which forced colours replace.
        if (element.getAttribute('aria-pressed') === 'true') {
          const look = (button) => {
            const s = getComputedStyle(button);
            return [s.borderTopStyle, s.borderTopWidth, s.outlineStyle, s.textDecorationLine, s.fontWeight].join();
          };
          const siblings = [...element.parentNode.querySelectorAll('button[aria-pressed="false"]')];
          if (siblings.some((sibling) => look(sibling) === look(element))) {
            problems.push(`${label}: looks the same pressed as not pressed`);
          }
        }
        if (style.visibility === 'hidden' || Number(style.opacity) < 0.5) problems.push(`${label}: hidden`);
      }
      if (element.shadowRoot)
        walk(element.shadowRoot, widget ?? (element.localName.startsWith('gov-') ? element.localName : null));
    }
  };
  walk(document, null);
  const forced = matchMedia('(forced-colors: active)').matches;
  return { forced, controls, problems };
}

/** Whether an element's screenshot has any pixel unlike its background: icons and text still drawn. */
async function drawn(page, locator) {
  const png = await locator.screenshot({ animations: 'disabled' });
  return page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    // The background: the colour of the middle of the top row, inside any border.
    const at = (x, y) => data.slice((y * bitmap.width + x) * 4, (y * bitmap.width + x) * 4 + 3);
    const base = at(Math.floor(bitmap.width / 2), Math.min(3, bitmap.height - 1));
    let differing = 0;
    for (let i = 0; i < data.length; i += 4)
      if (Math.abs(data[i] - base[0]) + Math.abs(data[i + 1] - base[1]) + Math.abs(data[i + 2] - base[2]) > 96)
        differing++;
    return differing;
  }, png.toString('base64'));
}

async function forcedColors(browser, origin, target) {
  section = `${target.name}, forced-colors`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, forcedColors: 'active' });
  const page = await context.newPage();
  await openDemo(page, origin, target);
  await page.evaluate(installAuditHelpers);
  const report = await page.evaluate(forcedColorsReport);
  check(`forced colours are active (${report.controls} widget controls)`, report.forced);
  check(
    'every widget control keeps visible text, each button a visible shape, a pressed one its difference',
    report.problems.length === 0,
    report.problems.join('; '),
  );
  // Icon buttons (the lightbox's) must still show their icon.
  const gallery = page.locator('gov-photo-gallery');
  if (await gallery.count()) {
    await gallery.locator('[part="thumbnail"]').first().click();
    await gallery.locator('dialog[open]').waitFor();
    const inDialog = (await page.evaluate(forcedColorsReport)).problems.filter((problem) =>
      problem.startsWith('<gov-photo-gallery>'),
    );
    check('the lightbox controls keep their text and borders', inDialog.length === 0, inDialog.join('; '));
    const blank = [];
    for (const part of ['close-button', 'zoom-button', 'previous-button', 'next-button']) {
      const button = gallery.locator(`[part="${part}"]`);
      if ((await button.count()) && (await drawn(page, button)) < 8) blank.push(part);
    }
    check('the lightbox icon buttons still show their icons', blank.length === 0, blank.join(', '));
    await page.keyboard.press('Escape');
  }
  // A focus outline on each widget control, in the forced palette.
  const missing = [];
  await page.evaluate(() => document.activeElement?.blur());
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => ({ ...window.__audit.deepActive(), ...window.__audit.focusIndicator() }));
    if (stop.id === 0 && presses > 5) break;
    if (stop.widget && !/^outline/.test(stop.ring ?? '')) missing.push(stop.label);
  }
  check('every widget control shows a focus outline', missing.length === 0, missing.join('; '));
  await context.close();
}

/** Runs in the page: what sticks out sideways or is cut off, in the page and in each widget. */
function reflowReport() {
  const width = document.documentElement.clientWidth;
  const problems = [];
  if (document.documentElement.scrollWidth > width)
    problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width} px)`);
  const visible = (element) => {
    const style = getComputedStyle(element);
    return (
      element.getClientRects().length > 0 &&
      style.visibility !== 'hidden' &&
      !element.closest('.visually-hidden, dialog:not([open])')
    );
  };
  const walk = (root, widget) => {
    for (const element of root.querySelectorAll('*')) {
      if (widget && visible(element)) {
        const rect = element.getBoundingClientRect();
        const label = `<${widget}> ${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}`;
        if (rect.width > 0 && (rect.right > width + 1 || rect.left < -1))
          problems.push(`${label} reaches ${Math.round(rect.left)}–${Math.round(rect.right)} px`);
        const style = getComputedStyle(element);
        const clips = ['hidden', 'clip'].includes(style.overflowX) && !element.matches('img, svg, .frame, .stage');
        if (clips && element.scrollWidth > element.clientWidth + 1)
          problems.push(`${label} cuts off ${element.scrollWidth - element.clientWidth} px of its content`);
        if (['auto', 'scroll'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
          problems.push(`${label} scrolls sideways`);
      }
      if (element.shadowRoot)
        walk(element.shadowRoot, widget ?? (element.localName.startsWith('gov-') ? element.localName : null));
    }
  };
  walk(document, null);
  for (const widget of document.querySelectorAll(
    'gov-news-feed, gov-photo-gallery, gov-contact-card, gov-script-toggle',
  )) {
    if (widget.scrollWidth > widget.clientWidth + 1)
      problems.push(`<${widget.localName}> scrolls sideways (${widget.scrollWidth} > ${widget.clientWidth} px)`);
  }
  return problems;
}

async function zoom400(browser, origin, target) {
  section = `${target.name}, 320 × 256 px (400% zoom)`;
  const context = await browser.newContext({ viewport: { width: 320, height: 256 } });
  const page = await context.newPage();
  await openDemo(page, origin, target);
  await page.evaluate(installAuditHelpers);
  const problems = await page.evaluate(reflowReport);
  check(
    'no sideways scrolling, nothing sticking out or cut off',
    problems.length === 0,
    [...new Set(problems)].slice(0, 12).join('; '),
  );
  const controls = await page.evaluate(() => window.__audit.widgetControls().length);
  const outside = await page.evaluate(() => {
    const found = [];
    const walk = (root, widget) => {
      for (const element of root.querySelectorAll('a[href], button, *')) {
        if (
          widget &&
          element.matches('a[href], button') &&
          element.getClientRects().length &&
          !element.closest('.visually-hidden, dialog:not([open])')
        ) {
          const rect = element.getBoundingClientRect();
          if (rect.width < 1 || rect.left < 0 || rect.right > innerWidth + 1)
            found.push(`<${widget}> ${element.localName}[part=${element.getAttribute('part')}]`);
        }
        if (element.shadowRoot)
          walk(element.shadowRoot, widget ?? (element.localName.startsWith('gov-') ? element.localName : null));
      }
    };
    walk(document, null);
    return found;
  });
  check(`all ${controls} widget controls are within the viewport's width`, outside.length === 0, outside.join('; '));
  const gallery = page.locator('gov-photo-gallery');
  if (await gallery.count()) {
    await gallery.locator('[part="thumbnail"]').first().click();
    await gallery.locator('dialog[open]').waitFor();
    await page.waitForTimeout(100);
    const lightbox = await page.evaluate(() => {
      const root = document.querySelector('gov-photo-gallery').shadowRoot;
      return ['close-button', 'zoom-button', 'previous-button', 'next-button', 'photo']
        .map((part) => [part, root.querySelector(`[part="${part}"]`)?.getBoundingClientRect()])
        .filter(
          ([, rect]) =>
            !rect ||
            rect.width < 1 ||
            rect.left < -1 ||
            rect.top < -1 ||
            rect.right > innerWidth + 1 ||
            rect.bottom > innerHeight + 1,
        )
        .map(
          ([part, rect]) =>
            `${part} ${rect ? `at ${Math.round(rect.left)},${Math.round(rect.top)}–${Math.round(rect.right)},${Math.round(rect.bottom)}` : 'missing'}`,
        );
    });
    check(
      'the open lightbox shows the photo and all its controls inside the viewport',
      lightbox.length === 0,
      lightbox.join('; '),
    );
    const scrolls = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    check('the open lightbox does not scroll sideways', !scrolls);
    await page.keyboard.press('Escape');
  }
  await context.close();
}

const started = Date.now();
const server = await serve(demoDir);
const browser = await launchChromium();
try {
  for (const target of demoTargets()) {
    if (!target.script) await reducedMotion(browser, server.origin, target);
    await forcedColors(browser, server.origin, target);
    await zoom400(browser, server.origin, target);
  }
} finally {
  await browser.close();
  await server.close();
}
const failed = results.filter((result) => !result.ok).length;
console.log(
  `\nmodes: ${results.length - failed} of ${results.length} checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed ? 1 : 0);
