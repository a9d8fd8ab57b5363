#!/usr/bin/env node
// `npm run keyboard`: a keyboard-only walkthrough of the built demo pages (dist/demo/, served
// locally) in headless Debian Chromium, pressing real keys: Tab, Shift+Tab, Enter, Space, arrows
// and Escape. On each page:
//   - Tab goes round the whole page and comes back to the start, Shift+Tab goes the same way back
//     (no keyboard trap), and every control inside every widget is on the way;
//   - each stop shows a focus indicator (outline or box-shadow) with ≥ 3:1 contrast against what is
//     behind it, inside the viewport and not covered;
//   - news feed: a title link opens with Enter; "Show more" (Enter, or Space) shows more items and
//     moves focus to the first new one; the "more" link opens with Enter;
//   - photo gallery: Enter on a thumbnail opens the photo with focus in the dialog; → and ← step;
//     the zoom button toggles with Enter and Space; Tab stays in the dialog; Escape closes it and
//     focus is back on the thumbnail;
//   - contact card: the map, phone, e-mail and web links open with Enter; "Save contact" downloads
//     a vCard with Enter and with Space;
//   - script toggle: Enter switches the page to Latin, Space back to Cyrillic (links in link mode).
// Exits 1 when a check fails.
//
//   npm run build:demo && npm run keyboard
import { launchChromium } from './quality/chromium.mjs';
import { installAuditHelpers } from './quality/in-page.mjs';
import { demoDir, demoTargets, openDemo } from './quality/page.mjs';
import { serve } from './quality/serve.mjs';

const results = [];
let section = '';
function check(name, ok, detail = '') {
  results.push({ name: `${section}: ${name}`, ok: Boolean(ok), detail });
  console.log(`${ok ? '✓' : '✗'} ${section}: ${name}${detail ? ` — ${detail}` : ''}`);
}
const note = (text) => console.log(`· ${section}: ${text}`);

const active = (page) => page.evaluate(() => window.__audit.deepActive());
const clickCount = (page) => page.evaluate(() => window.__audit.clicks.length);
const lastClick = (page) => page.evaluate(() => window.__audit.clicks.at(-1));

/** Presses Tab (or Shift+Tab) until the focused element matches, at most `limit` times. */
async function tabTo(page, matches, { limit = 120, back = false } = {}) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await active(page);
    if (matches(now)) return now;
  }
  return undefined;
}

/** Focus at the very top of the page, as after a fresh load. */
async function focusTop(page) {
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  await page.mouse.click(1, 1);
  await page.evaluate(() => document.activeElement?.blur());
}

/** The Tab cycle: forward round the page, back with Shift+Tab, every widget control on it, focus visible. */
async function tabCycle(page) {
  await focusTop(page);
  const forward = [];
  const indicators = [];
  for (let presses = 0; presses < 300; presses++) {
    await page.keyboard.press('Tab');
    const stop = await active(page);
    if (stop.id === 0) continue; // the browser's own UI between the page's last and first stop
    if (forward.length && stop.id === forward[0].id) break;
    forward.push(stop);
    indicators.push({ stop, ...(await page.evaluate(() => window.__audit.focusIndicator())) });
  }
  check(
    `Tab goes round the page and back to its first stop (${forward.length} stops)`,
    forward.length > 0 && forward.length < 300,
  );
  const controls = await page.evaluate(() => window.__audit.widgetControls());
  const onTheWay = new Set(forward.map((stop) => stop.id));
  const missed = controls.filter((control) => !onTheWay.has(control.id));
  check(
    `every widget control is reached with Tab (${controls.length} controls)`,
    missed.length === 0,
    missed.map((control) => control.label).join('; '),
  );
  const unseen = indicators.filter((entry) => !entry.ok);
  check(
    `each stop shows a focus indicator with ≥ 3:1 contrast, in view and uncovered (${indicators.length - unseen.length} of ${indicators.length})`,
    unseen.length === 0,
    unseen.map((entry) => `${entry.stop.label}: ${entry.reason}`).join('; '),
  );
  // Shift+Tab from the first stop walks the same stops in reverse.
  const backward = [];
  for (let presses = 0; presses < forward.length + 3 && backward.length < forward.length; presses++) {
    await page.keyboard.press('Shift+Tab');
    const stop = await active(page);
    if (stop.id !== 0) backward.push(stop.id);
  }
  const expected = [
    ...forward
      .slice(1)
      .map((stop) => stop.id)
      .reverse(),
    forward[0].id,
  ];
  const same = backward.length === expected.length && backward.every((id, index) => id === expected[index]);
  check(
    'Shift+Tab walks the same stops backwards',
    same,
    same ? '' : `first difference at step ${backward.findIndex((id, index) => id !== expected[index]) + 1}`,
  );
}

/** Enter (or Space) on the focused link or button dispatches its activation. */
async function activates(page, key, what) {
  const before = await clickCount(page);
  const target = await active(page);
  await page.evaluate(() => window.__audit.block(true));
  await page.keyboard.press(key);
  await page.waitForTimeout(50);
  await page.evaluate(() => window.__audit.block(false));
  const clicked = (await clickCount(page)) > before ? await lastClick(page) : undefined;
  check(`${what} opens with ${key}`, clicked?.id === target.id, clicked ? '' : `no activation of ${target.label}`);
}

async function newsFeed(page, key) {
  section = `${page.url().split('/').pop()} <gov-news-feed>`;
  if (!(await page.locator('gov-news-feed').count())) return;
  await focusTop(page);
  const title = await tabTo(page, (stop) => stop.widget === 'gov-news-feed' && stop.part === 'title-link');
  check('Tab reaches the first title link', title);
  if (title) await activates(page, 'Enter', 'a title link');
  // The feed's own items (the light-DOM fallback has <article>s too).
  const articles = () =>
    page.evaluate(() => document.querySelector('gov-news-feed').shadowRoot.querySelectorAll('article').length);
  const more = await tabTo(page, (stop) => stop.widget === 'gov-news-feed' && stop.part === 'more-button', {
    limit: 30,
  });
  if (more) {
    const before = await articles();
    await page.keyboard.press(key);
    await page
      .waitForFunction(
        (count) => document.querySelector('gov-news-feed').shadowRoot.querySelectorAll('article').length > count,
        before,
        { timeout: 5000 },
      )
      .catch(() => {});
    const after = await articles();
    check(`"Show more" with ${key} shows more items (${before} → ${after})`, after > before);
    const focused = await page.evaluate((index) => {
      const article = document.querySelector('gov-news-feed').shadowRoot.querySelectorAll('article')[index];
      const focus = window.__audit.deepActive();
      const link = article?.querySelector('[part="title-link"]') ?? article;
      return {
        onFirstNew: Boolean(link) && link === document.querySelector('gov-news-feed').shadowRoot.activeElement,
        focus: focus.label,
      };
    }, before);
    check(
      'focus moves to the first new item',
      focused.onFirstNew,
      focused.onFirstNew ? '' : `focus is on ${focused.focus}`,
    );
  } else note('no "Show more" button (the feed has no further items)');
  const moreLink = await tabTo(page, (stop) => stop.widget === 'gov-news-feed' && stop.part === 'more-link', {
    limit: 30,
  });
  if (moreLink) await activates(page, 'Enter', 'the "more news" link');
  else note('no "more" link');
}

async function photoGallery(page) {
  section = `${page.url().split('/').pop()} <gov-photo-gallery>`;
  if (!(await page.locator('gov-photo-gallery').count())) return;
  await focusTop(page);
  const thumbnail = await tabTo(page, (stop) => stop.widget === 'gov-photo-gallery' && stop.part === 'thumbnail');
  check('Tab reaches the first thumbnail', thumbnail);
  if (!thumbnail) return;
  const gallery = page.locator('gov-photo-gallery');
  const counter = () => gallery.locator('[part="counter"] #counter').textContent();
  await page.keyboard.press('Enter');
  const opened = await gallery
    .locator('dialog[open]')
    .waitFor({ timeout: 5000 })
    .then(
      () => true,
      () => false,
    );
  const inDialog = (await active(page)).inDialog;
  check('Enter on a thumbnail opens the photo, with focus in the dialog', opened && inDialog);
  if (!opened) return;
  const first = await counter();
  await page.keyboard.press('ArrowRight');
  await page
    .waitForFunction(
      (text) => document.querySelector('gov-photo-gallery').shadowRoot.querySelector('#counter')?.textContent !== text,
      first,
      { timeout: 3000 },
    )
    .catch(() => {});
  const second = await counter();
  check(`→ shows the next photo ("${first}" → "${second}")`, second !== first);
  await page.keyboard.press('ArrowLeft');
  await page
    .waitForFunction(
      (text) => document.querySelector('gov-photo-gallery').shadowRoot.querySelector('#counter')?.textContent === text,
      first,
      { timeout: 3000 },
    )
    .catch(() => {});
  check('← shows the previous photo', (await counter()) === first);
  const zoom = await tabTo(page, (stop) => stop.part === 'zoom-button', { limit: 10 });
  check('Tab reaches the zoom button in the dialog', zoom);
  if (zoom) {
    const pressed = () => gallery.locator('[part="zoom-button"]').getAttribute('aria-pressed');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
    const zoomed = await pressed();
    await page.keyboard.press('Space');
    await page.waitForTimeout(100);
    check(
      'the zoom button zooms in with Enter and out with Space',
      zoomed === 'true' && (await pressed()) === 'false',
      `aria-pressed: ${zoomed}, then ${await pressed()}`,
    );
  }
  const stops = [];
  for (let presses = 0; presses < 8; presses++) {
    await page.keyboard.press(presses % 2 ? 'Shift+Tab' : 'Tab');
    await page.keyboard.press('Tab');
    stops.push(await active(page));
  }
  const outside = stops.filter((stop) => stop.id !== 0 && !stop.inDialog);
  check(
    'Tab and Shift+Tab stay in the open dialog',
    outside.length === 0,
    outside.map((stop) => stop.label).join('; '),
  );
  const indicator = await page.evaluate(() => window.__audit.focusIndicator());
  check(`the dialog's controls show focus (${indicator.ring})`, indicator.ok, indicator.reason);
  await page.keyboard.press('Escape');
  const closed = await gallery
    .locator('dialog[open]')
    .waitFor({ state: 'detached', timeout: 3000 })
    .then(
      () => true,
      () => false,
    );
  const back = await active(page);
  check(
    'Escape closes the dialog and focus is back on the thumbnail',
    closed && back.id === thumbnail.id,
    closed ? (back.id === thumbnail.id ? '' : `focus is on ${back.label}`) : 'still open',
  );
}

async function contactCard(page) {
  section = `${page.url().split('/').pop()} <gov-contact-card>`;
  if (!(await page.locator('gov-contact-card').count())) return;
  const links = await page.evaluate(() =>
    [...document.querySelector('gov-contact-card').shadowRoot.querySelectorAll('a[href]')].map((link) =>
      link.getAttribute('href'),
    ),
  );
  const kinds = [
    ['the map link', (href) => !/^(tel|mailto):/.test(href) && /map/i.test(href)],
    ['a phone link', (href) => href.startsWith('tel:')],
    ['an e-mail link', (href) => href.startsWith('mailto:')],
    ['the web link', (href) => /^https?:/.test(href) && !/map/i.test(href)],
  ];
  for (const [what, matches] of kinds) {
    const href = links.find(matches);
    if (!href) {
      note(`no ${what.replace(/^(the|a|an) /, '')}`);
      continue;
    }
    await focusTop(page);
    const link = await tabTo(page, (stop) => stop.widget === 'gov-contact-card' && stop.label.endsWith(` ${href}`));
    check(`Tab reaches ${what} (${href})`, link);
    if (link) await activates(page, 'Enter', what);
  }
  await focusTop(page);
  const save = await tabTo(page, (stop) => stop.widget === 'gov-contact-card' && stop.part === 'save-button');
  check('Tab reaches "Save contact"', save);
  if (!save) return;
  for (const key of ['Enter', 'Space']) {
    const download = page.waitForEvent('download', { timeout: 5000 }).catch(() => undefined);
    await page.keyboard.press(key);
    const file = await download;
    let text = '';
    if (file) {
      const stream = await file.createReadStream();
      for await (const chunk of stream) text += chunk;
    }
    check(
      `"Save contact" with ${key} downloads a vCard (${file?.suggestedFilename() ?? 'nothing'})`,
      file && /\.vcf$/.test(file.suggestedFilename()) && text.startsWith('BEGIN:VCARD'),
    );
  }
}

async function scriptToggle(page) {
  section = `${page.url().split('/').pop()} <gov-script-toggle>`;
  if (!(await page.locator('gov-script-toggle').count())) return;
  if (!(await page.evaluate(() => Boolean(customElements.get('gov-script-toggle'))))) {
    note(
      'not checked: the bundle does not define <gov-script-toggle> yet (its fallback links are on the Tab path above)',
    );
    return;
  }
  const options = await page.evaluate(() =>
    [...document.querySelector('gov-script-toggle').shadowRoot.querySelectorAll('[part~="option"]')].map((option) => ({
      tag: option.localName,
      lang: option.getAttribute('lang'),
      href: option.getAttribute('href'),
    })),
  );
  const isOption = (lang) => (stop) =>
    stop.widget === 'gov-script-toggle' && stop.part?.split(' ').includes('option') && stop.lang === lang;
  const scriptOf = () => page.evaluate(() => document.documentElement.getAttribute('data-gov-script'));
  const optionWithLang = async (lang) => {
    await focusTop(page);
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const focus = window.__audit.deepActive();
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return { ...focus, lang: element?.getAttribute('lang') };
      });
      if (isOption(lang)(stop)) return stop;
    }
    return undefined;
  };
  if (options.some((option) => option.tag === 'a')) {
    for (const lang of ['sr-Latn', 'sr-Cyrl']) {
      const link = await optionWithLang(lang);
      check(`Tab reaches the ${lang} link`, link);
      if (link) await activates(page, 'Enter', `the ${lang} link`);
    }
    return;
  }
  const latin = await optionWithLang('sr-Latn');
  check('Tab reaches the "latinica" option', latin);
  if (latin) {
    await page.keyboard.press('Enter');
    await page
      .waitForFunction(() => document.documentElement.getAttribute('data-gov-script') === 'latn', null, {
        timeout: 5000,
      })
      .catch(() => {});
    const heading = await page.locator('h1').textContent();
    check(
      `Enter switches the page to Latin ("${heading.trim()}")`,
      (await scriptOf()) === 'latn' && !/[\u0400-\u04FF]/.test(heading),
    );
  }
  const cyrillic = await optionWithLang('sr-Cyrl');
  check('Tab reaches the "ћирилица" option', cyrillic);
  if (cyrillic) {
    await page.keyboard.press('Space');
    await page
      .waitForFunction(() => document.documentElement.getAttribute('data-gov-script') === 'cyrl', null, {
        timeout: 5000,
      })
      .catch(() => {});
    const heading = await page.locator('h1').textContent();
    check(
      `Space switches it back to Cyrillic ("${heading.trim()}")`,
      (await scriptOf()) === 'cyrl' && /[\u0400-\u04FF]/.test(heading),
    );
  }
}

const started = Date.now();
const server = await serve(demoDir);
const browser = await launchChromium();
try {
  const pages = demoTargets().filter((target) => !target.script);
  for (const [index, target] of pages.entries()) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    page.on('pageerror', (error) => check('no uncaught error', false, error.message));
    await openDemo(page, server.origin, target);
    await page.evaluate(installAuditHelpers);
    section = target.name;
    await tabCycle(page);
    // Enter on one page, Space on the other: both keys press a button.
    await newsFeed(page, index % 2 ? 'Space' : 'Enter');
    await photoGallery(page);
    await contactCard(page);
    await scriptToggle(page);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const failed = results.filter((result) => !result.ok);
console.log(
  `\nkeyboard: ${results.length - failed.length} of ${results.length} checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed.length ? 1 : 0);
