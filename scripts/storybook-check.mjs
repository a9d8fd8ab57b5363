#!/usr/bin/env node
// `npm run storybook:check`: the static Storybook (storybook-static/) as a designer and a webmaster use
// it, driven through Storybook's own UI in headless Debian Chromium (playwright-core). For every
// element of custom-elements.json it checks that:
// - its Docs page lists each attribute, event, CSS part, custom property and CSS state of the
//   manifest, and no member that is not public API;
// - the Controls panel has exactly one control per attribute and one per `--gov-*` token;
// - `heading-level`, set in the panel, changes the headings the element renders;
// - each token, set in the panel, reaches the element at once (the computed value inside its shadow
//   root, the same element, no reload), one of them visibly (a computed style of a shadow part), and
//   the Code panel gives the resulting CSS to copy;
// - it has Loading, Loaded, Empty and Error stories, each in the state it names, and "Try again" in
//   the Error story recovers;
// - every event it documents (@fires) shows an entry in the Actions panel when it fires.
//
//   npm run build-storybook && npm run storybook:check
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './quality/chromium.mjs';
import { requireBuild, root, storybookDir } from './quality/page.mjs';
import { serve } from './quality/serve.mjs';

requireBuild(storybookDir, 'index.json', 'npm run build-storybook');
requireBuild(root, 'custom-elements.json', 'npm run analyze');
const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
const index = JSON.parse(readFileSync(resolve(storybookDir, 'index.json'), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((item) => item.tagName);

/** The stories every element must have, by name. */
const STATES = ['Loading', 'Loaded', 'Empty', 'Error'];

/**
 * One token per element whose effect is on screen in its Loaded story: the shadow part it styles
 * and the property it sets there, which must become `value` (in em) times the font size of `of`
 * (the part itself, or its parent for a font size).
 */
const VISIBLE_TOKENS = {
  'gov-news-feed': { token: '--gov-news-title-size', value: '3em', part: 'title', property: 'font-size', of: 'parent' },
  'gov-contact-card': {
    token: '--gov-contact-name-size',
    value: '3em',
    part: 'name',
    property: 'font-size',
    of: 'parent',
  },
  'gov-photo-gallery': { token: '--gov-gallery-gap', value: '3em', part: 'grid', property: 'row-gap', of: 'part' },
  'gov-script-toggle': {
    token: '--gov-script-toggle-gap',
    value: '3em',
    part: 'group',
    property: 'column-gap',
    of: 'part',
  },
};

/**
 * How each documented event is fired in the element's Loaded story, as a reader would; an event
 * without an entry here is dispatched on the element, which still proves it reaches the Actions
 * panel. (gov-error: the Error story, below.)
 */
const TRIGGERS = {
  'gov-load': async () => {}, // the Loaded story fires it on its own
  'gov-photo-open': (frame, tag) => frame.locator(`#storybook-root ${tag} [part~="thumbnail"]`).first().click(),
  'gov-photo-close': async (frame, tag) => {
    await frame.locator(`#storybook-root ${tag} dialog[open]`).waitFor();
    await frame.locator(`#storybook-root ${tag} dialog[open]`).press('Escape');
  },
  'gov-script-change': (frame, tag) => frame.locator(`#storybook-root ${tag} [part~="option-latn"]`).click(),
  'gov-script-changed': async () => {}, // follows gov-script-change
  'gov-vcard-download': (frame, tag) => frame.locator(`#storybook-root ${tag} [part~="save-button"]`).first().click(),
};

const started = Date.now();
const failures = [];
let passed = 0;
function check(ok, what, detail = '') {
  if (ok) passed++;
  else failures.push(`${what}${detail ? `: ${detail}` : ''}`);
  console.log(
    `${process.env.CHECK_TIMING ? `${((Date.now() - started) / 1000).toFixed(1)} ` : ''}${ok ? '✓' : '✗'} ${what}${!ok && detail ? `\n    ${detail}` : ''}`,
  );
  return ok;
}
const missing = (expected, actual) => expected.filter((name) => !actual.includes(name));

const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.static && !/^[_#]/.test(member.name);

/** Waits until the preview has finished rendering story `id`. */
const rendered = (frame, id) =>
  frame.waitForFunction(
    (storyId) => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === storyId && ['finished', 'errored', 'aborted'].includes(render.phase);
    },
    id,
    { timeout: 30000 },
  );

/** Opens a story from the sidebar, as a reader clicks it (the sidebar is expanded once, at the start). */
async function selectStory(page, frame, id) {
  await page.locator(`a[id="${id}"]`).click();
  await rendered(frame, id);
}

/** The names in the first column of an args table (the Controls panel, a Docs page), without its section rows. */
const rowNames = (table) =>
  table
    .locator('tbody tr td:first-child')
    .evaluateAll((cells) =>
      cells.map((cell) => cell.innerText.trim()).filter((name) => name && !/^(Hide|Show) .* items/.test(name)),
    );

/** Sets a control of the Controls panel and leaves the field, as a person types into it. */
async function setControl(page, name, value) {
  const field = page.locator(`[id="control-${name}"]`);
  await field.fill(String(value));
  // A focused field ignores updates from elsewhere: leave it.
  await field.blur();
}

/** The entries of the Actions panel, by event name. */
async function actionNames(page) {
  const text = await page.getByRole('tabpanel', { name: 'Actions' }).innerText();
  return [...text.matchAll(/^▶?\s*(gov-[a-z-]+):/gm)].map((match) => match[1]);
}

/** Polls `condition` until it gives a truthy value (then returned) or `timeout` ms pass (then its last value). */
async function waitFor(condition, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await condition();
    if (value || Date.now() > deadline) return value;
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Runs in the preview: the element's state as the page sees it. */
function stateOf(tag) {
  const element = document.querySelector(`#storybook-root ${tag}`);
  if (!element) return { found: false };
  const part = (name) => element.shadowRoot?.querySelector(`[part~="${name}"]`) !== null;
  const states = ['loading', 'ready', 'error'].filter((state) => {
    try {
      return element.matches(`:state(${state})`);
    } catch {
      return false;
    }
  });
  return { found: true, states, empty: part('empty'), retry: part('retry-button'), loading: part('loading') };
}

async function checkDocsPage(page, frame, element, docsId) {
  const tag = element.tagName;
  await page.locator(`a[id="${docsId}"]`).click();
  await frame.waitForFunction((id) => window.__STORYBOOK_PREVIEW__?.currentRender?.id === id, docsId);
  const table = frame.locator('#storybook-docs .docblock-argstable').first();
  await table.waitFor({ timeout: 30000 });
  const reference = await frame
    .locator('#storybook-docs .gov-reference-table tbody tr td:first-child')
    .evaluateAll((cells) => cells.map((cell) => cell.innerText.trim()));
  const names = [...(await rowNames(table)), ...reference];
  const expected = [
    ...(element.attributes ?? []).map(({ name }) => name),
    ...(element.events ?? []).map(({ name }) => name),
    ...(element.cssParts ?? []).map(({ name }) => `::part(${name})`),
    ...(element.cssProperties ?? []).map(({ name }) => name),
    ...(element.cssStates ?? []).map(({ name }) => `:state(${name})`),
  ];
  check(
    !missing(expected, names).length,
    `<${tag}> Docs page lists its attributes, events, parts, custom properties and states (${expected.length})`,
    `missing ${missing(expected, names).join(', ')}`,
  );
  const hidden = (element.members ?? []).filter((member) => !isPublic(member)).map(({ name }) => name);
  const shown = names.filter((name) => hidden.includes(name.replace(/\(.*\)$/, '')) || /^[_#]/.test(name));
  check(!shown.length, `<${tag}> Docs page shows no private, protected or static member`, shown.join(', '));
  if ((element.cssStates ?? []).length)
    check(
      (await frame.locator('#storybook-docs').getByRole('heading', { name: 'CSS states' }).count()) === 1,
      `<${tag}> Docs page has its CSS states section`,
    );
}

async function checkStories(page, frame, element, stories) {
  const tag = element.tagName;
  const byName = Object.fromEntries(stories.map((story) => [story.name, story.id]));
  check(
    !missing(STATES, Object.keys(byName)).length,
    `<${tag}> has ${STATES.join(', ')} stories`,
    `missing ${missing(STATES, Object.keys(byName)).join(', ')}`,
  );
  const loaded = byName.Loaded;
  if (!loaded) return;
  const dataElement = (element.cssStates ?? []).some(({ name }) => name === 'loading');

  // The Controls panel: one control per attribute and per token, nothing else.
  await selectStory(page, frame, loaded);
  await page.getByRole('tab', { name: /^Controls/ }).click();
  const controls = page.getByRole('tabpanel', { name: /^Controls/ });
  await controls.locator('tbody tr').first().waitFor();
  const names = await rowNames(controls);
  const expected = [
    ...(element.attributes ?? []).map(({ name }) => name),
    ...(element.cssProperties ?? []).map(({ name }) => name),
  ];
  const extra = names.filter((name) => !expected.includes(name));
  check(
    !missing(expected, names).length && !extra.length,
    `<${tag}> Controls panel: one control per attribute and per token (${expected.length})`,
    `missing ${missing(expected, names).join(', ') || '-'}; not public API or twice: ${extra.join(', ') || '-'}`,
  );

  if (dataElement) {
    const state = await waitFor(async () => {
      const now = await frame.evaluate(stateOf, tag);
      return now.states?.includes('ready') ? now : false;
    });
    check(state && !state.empty, `<${tag}> Loaded story shows content (:state(ready))`, JSON.stringify(state));
  }
  await frame.evaluate((tag) => (document.querySelector(`#storybook-root ${tag}`).__storybookCheck = true), tag);

  // heading-level from its control.
  if (names.includes('heading-level')) {
    await setControl(page, 'heading-level', 5);
    const level = await waitFor(() =>
      frame
        .evaluate((tag) => {
          const headings = [
            ...(document
              .querySelector(`#storybook-root ${tag}`)
              ?.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? []),
          ];
          return headings.length && headings.every((heading) => heading.localName === 'h5')
            ? 'h5'
            : headings.map((heading) => heading.localName).join(' ');
        }, tag)
        .then((found) => (found === 'h5' ? found : false)),
    );
    check(level === 'h5', `<${tag}> heading-level 5 from the Controls panel renders its headings as h5`);
  }

  // One token visibly: a computed style inside the shadow root, at once.
  const visible = VISIBLE_TOKENS[tag];
  if (visible) {
    const measure = () =>
      frame.evaluate(
        ({ tag, part, property, of }) => {
          const target = document
            .querySelector(`#storybook-root ${tag}`)
            ?.shadowRoot?.querySelector(`[part~="${part}"]`);
          if (!target) return null;
          const base = of === 'parent' ? (target.parentElement ?? target.getRootNode().host) : target;
          return {
            value: getComputedStyle(target).getPropertyValue(property),
            em: parseFloat(getComputedStyle(base).fontSize),
          };
        },
        { tag, ...visible },
      );
    const before = await measure();
    await setControl(page, visible.token, visible.value);
    const expectedPx = before ? `${parseFloat(visible.value) * before.em}px` : '?';
    const after = await waitFor(async () => {
      const now = await measure();
      return now?.value === expectedPx ? now : false;
    });
    check(
      Boolean(after),
      `<${tag}> ${visible.token}: ${visible.value} from the Controls panel sets ${visible.property} of ::part(${visible.part}) to ${expectedPx} at once`,
      `before ${before?.value}, now ${(await measure())?.value}`,
    );
  }

  // Every token reaches the shadow root, on the same element.
  const tokens = (element.cssProperties ?? []).map(({ name }) => name);
  const values = Object.fromEntries(
    tokens.map((token, index) => [
      token,
      /color|background/.test(token) ? `#1234${String(index).padStart(2, '0')}` : `${index + 1}.5em`,
    ]),
  );
  // Typed into the panel one by one, a dozen tokens take seconds of re-rendering: the rest go in one
  // update, the message the Controls panel itself sends, and the panel must then show them.
  await page.evaluate(
    ({ storyId, updatedArgs }) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId, updatedArgs }),
    { storyId: loaded, updatedArgs: values },
  );
  const panelValues = () =>
    Promise.all(
      tokens.map((token) =>
        page
          .locator(`[id="control-${token}"]`)
          .inputValue()
          .catch(() => '(no field)'),
      ),
    );
  const inPanel = await waitFor(async () =>
    (await panelValues()).every((value, index) => value === values[tokens[index]]),
  );
  check(inPanel, `<${tag}> the Controls panel shows the ${tokens.length} tokens set`, (await panelValues()).join(', '));
  const reached = await waitFor(async () => {
    const seen = await frame.evaluate(
      ({ tag, tokens }) => {
        const element = document.querySelector(`#storybook-root ${tag}`);
        const inside = element?.shadowRoot?.querySelector(':not(style)');
        return {
          same: element?.__storybookCheck === true,
          values: Object.fromEntries(
            tokens.map((token) => [token, inside ? getComputedStyle(inside).getPropertyValue(token).trim() : '']),
          ),
        };
      },
      { tag, tokens },
    );
    return seen.same && tokens.every((token) => seen.values[token] === values[token]) ? seen : false;
  });
  check(
    Boolean(reached),
    `<${tag}> all ${tokens.length} tokens set in the Controls panel reach its shadow root, without a new element`,
  );

  // The resulting CSS, to copy from the Code panel.
  await page.getByRole('tab', { name: /^Code/ }).click();
  const code = page.getByRole('tabpanel', { name: /^Code/ });
  const css = [`${tag} {`, ...tokens.map((token) => `${token}: ${values[token]};`)];
  const shown = await waitFor(async () => {
    const text = await code.innerText();
    return css.every((line) => text.includes(line)) ? text : false;
  });
  check(Boolean(shown), `<${tag}> Code panel shows the tokens as CSS (${tag} { … })`);
  await code.getByRole('button', { name: /copy/i }).first().click();
  const copied = await page.evaluate(() => navigator.clipboard.readText()).catch((error) => String(error));
  check(
    css.every((line) => copied.includes(line)),
    `<${tag}> its Copy button copies that CSS`,
    copied.slice(0, 200),
  );

  // Events in the Actions panel.
  await selectStory(page, frame, loaded);
  await page.getByRole('tab', { name: /^Actions/ }).click();
  const events = (element.events ?? []).map(({ name }) => name).filter((name) => name !== 'gov-error' || !dataElement);
  for (const event of events) {
    const trigger = TRIGGERS[event];
    if (trigger) await trigger(frame, tag);
    else
      await frame.evaluate(
        ({ tag, event }) =>
          document
            .querySelector(`#storybook-root ${tag}`)
            .dispatchEvent(
              new CustomEvent(event, { bubbles: true, composed: true, detail: { dispatchedBy: 'storybook:check' } }),
            ),
        { tag, event },
      );
    const logged = await waitFor(async () => (await actionNames(page)).includes(event));
    check(
      logged,
      `<${tag}> ${event} ${trigger ? 'fired in the story' : 'dispatched on the element'} shows in the Actions panel`,
      `panel has: ${(await actionNames(page)).join(', ') || 'nothing'}`,
    );
  }

  if (!dataElement) return;
  // The other states, and "Try again" in the Error story (which logs gov-error, then gov-load).
  for (const name of ['Loading', 'Empty', 'Error']) {
    if (!byName[name]) continue;
    await selectStory(page, frame, byName[name]);
    const want = {
      Loading: (s) => s.states.includes('loading') && s.loading,
      Empty: (s) => s.states.includes('ready') && s.empty,
      Error: (s) => s.states.includes('error') && s.retry,
    }[name];
    const state = await waitFor(async () => {
      const now = await frame.evaluate(stateOf, tag);
      return want(now) ? now : false;
    });
    check(
      Boolean(state),
      `<${tag}> ${name} story shows its ${name.toLowerCase()} state`,
      JSON.stringify(await frame.evaluate(stateOf, tag)),
    );
  }
  if (byName.Error && (element.events ?? []).some(({ name }) => name === 'gov-error')) {
    await page.getByRole('tab', { name: /^Actions/ }).click();
    const errorLogged = await waitFor(async () => (await actionNames(page)).includes('gov-error'));
    check(errorLogged, `<${tag}> gov-error shows in the Actions panel (Error story)`);
    await frame.locator(`#storybook-root ${tag} [part~="retry-button"]`).click();
    const recovered = await waitFor(
      async () =>
        (await frame.evaluate(stateOf, tag)).states.includes('ready') && (await actionNames(page)).includes('gov-load'),
    );
    check(recovered, `<${tag}> "Try again" in the Error story loads the content (gov-load in Actions)`);
  }
}

const server = await serve(storybookDir, { maxAge: 3600 });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const page = await context.newPage();
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));

  const entries = Object.values(index.entries);
  // Opened on the first story (the first element's Loaded story, where its checks start).
  await page.goto(`${server.origin}/?path=/story/${entries.find((entry) => entry.type === 'story').id}`);
  await page.locator('#storybook-preview-iframe').waitFor();
  // The manager's preview frame keeps its document while stories change.
  const frame = page.frames().find((candidate) => candidate.url().includes('iframe.html'));
  // Which stories belong to which element: the preview's own story store says (one story per file).
  await frame.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyStoreValue);
  const storyOfFile = Object.fromEntries(
    entries.filter((entry) => entry.type === 'story').map((entry) => [entry.importPath, entry.id]),
  );
  const componentOfStory = await frame.evaluate(async (ids) => {
    const store = window.__STORYBOOK_PREVIEW__.storyStoreValue;
    const stories = await Promise.all(ids.map((storyId) => store.loadStory({ storyId })));
    return Object.fromEntries(stories.map((story) => [story.id, story.component]));
  }, Object.values(storyOfFile));
  const components = Object.fromEntries(
    entries.map((entry) => [entry.id, componentOfStory[storyOfFile[entry.importPath]]]),
  );
  await page.getByRole('button', { name: 'Expand all' }).click();
  for (const element of elements) {
    const stories = entries.filter((entry) => entry.type === 'story' && components[entry.id] === element.tagName);
    const docsId = `${stories[0]?.id.split('--')[0]}--docs`;
    if (!check(Boolean(index.entries[docsId]), `<${element.tagName}> has a Docs page`)) continue;
    await checkStories(page, frame, element, stories);
    await checkDocsPage(page, frame, element, docsId);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

if (failures.length) console.log(`\nFailed:\n  ${failures.join('\n  ')}`);
console.log(`\nstorybook:check ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
