// Helpers shared by the audits that drive a page with playwright-core: wait until the widgets have
// finished loading, and walk every shadow root.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
/** The built demo pages; GOV_DEMO_DIR audits another build of them (or another site's pages). */
export const demoDir = resolve(root, process.env.GOV_DEMO_DIR ?? 'dist/demo');
export const storybookDir = resolve(root, 'storybook-static');

/** Fails with the command to run when a build the audit needs is missing. */
export function requireBuild(dir, file, command) {
  if (!existsSync(resolve(dir, file))) {
    console.error(`${resolve(dir, file)} is missing: run \`${command}\` first.`);
    process.exit(2);
  }
}

/**
 * The built demo pages and the variants the audits check: each page as it is, and the Serbian page
 * in Latin as well (`?script=latn`, the script toggle's URL parameter); then the prerendered Serbian
 * page and its Latin copy (dist/demo/prerendered/, `gov-widgets-cli render`), as they are.
 * @returns {{ name: string, path: string, script?: 'latn', prerendered?: boolean }[]}
 */
export function demoTargets() {
  requireBuild(demoDir, 'index.html', 'npm run build:demo');
  const pages = readdirSync(demoDir)
    .filter((file) => file.endsWith('.html'))
    .sort((a, b) => order(a) - order(b));
  const prerendered = ['index.html', 'index.sr-Latn.html']
    .filter((page) => existsSync(resolve(demoDir, 'prerendered', page)))
    // The Latin copy counts as the Latin variant (as `?script=latn` does), which the keyboard walk skips.
    .map((page) => ({
      name: `prerendered/${page}`,
      path: `/prerendered/${page}`,
      prerendered: true,
      ...(page.includes('sr-Latn') ? { script: 'latn' } : {}),
    }));
  return pages
    .flatMap((page) => {
      const lang = readFileSync(resolve(demoDir, page), 'utf8').match(/<html[^>]*\blang="([^"]+)"/)?.[1] ?? '';
      const targets = [{ name: `${page} (${lang})`, path: `/${page}` }];
      if (/^sr-Cyrl/i.test(lang))
        targets.push({ name: `${page} (sr-Latn, ?script=latn)`, path: `/${page}?script=latn`, script: 'latn' });
      return targets;
    })
    .concat(prerendered);
}
const order = (page) => ['index.html', 'en.html', 'csp.html'].indexOf(page) >>> 0;

/**
 * Counts the page's requests in flight, so a check can wait for the network to go quiet (a widget's
 * data, its next page, the converter or translation it loads on demand).
 * @param {import('playwright-core').Page} page
 */
export function trackRequests(page) {
  const inFlight = new Set();
  let lastChange = Date.now();
  const settle = (request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  page.on('request', (request) => {
    inFlight.add(request);
    lastChange = Date.now();
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  return { quietFor: (ms) => inFlight.size === 0 && Date.now() - lastChange >= ms };
}

/**
 * Waits until every gov-* element on the page (in shadow roots too) is defined and rendered, no data
 * element is loading, and the network has been quiet for a moment. A widget that never settles (a
 * story of the loading state) is reported, not waited for forever. An element the page's scripts
 * never define (they have all run once the document is complete) is not waited for.
 * @param {import('playwright-core').Page} page
 * @param {ReturnType<typeof trackRequests>} network
 * @returns {Promise<string[]>} the widgets still loading when the time ran out
 */
export async function settle(page, network, { timeout = 5000, quiet = 150 } = {}) {
  const deadline = Date.now() + timeout;
  let pending;
  for (;;) {
    pending = await page.evaluate(widgetsPending).catch(() => ['(navigating)']);
    if ((pending.length === 0 && network.quietFor(quiet)) || Date.now() > deadline) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  // One more frame for anything the last render scheduled (a converter's re-render, a focus move).
  await page
    .evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    .catch(() => {});
  return pending;
}

/** Runs in the page: the gov-* elements not yet defined, rendered or done loading. */
async function widgetsPending() {
  const widgets = [];
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('gov-')) widgets.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  const pending = [];
  for (const widget of widgets) {
    const name = widget.id ? `${widget.localName}#${widget.id}` : widget.localName;
    if (!customElements.get(widget.localName)) {
      if (document.readyState !== 'complete') pending.push(`${name}: not defined`);
    } else if (widget.isUpdatePending) pending.push(`${name}: rendering`);
    else if (widget.matches(':state(loading)') || widget.shadowRoot?.querySelector('[aria-busy="true"]')) {
      pending.push(`${name}: loading`);
    }
  }
  return pending;
}

/**
 * Opens a demo target and waits for its widgets. The Latin variant relies on the script toggle's
 * `?script=latn`; on a page without a working toggle it sets the page-wide script attribute itself.
 * @param {import('playwright-core').Page} page
 * @param {{ path: string, script?: string }} target
 * @returns {Promise<{ pending: string[], scriptSetBy?: 'toggle' | 'attribute' }>}
 */
export async function openDemo(page, origin, target, options) {
  const network = trackRequests(page);
  await page.goto(origin + target.path);
  let pending = await settle(page, network, options);
  if (!target.script) return { pending, network };
  const byToggle = await page.evaluate(
    (script) => document.documentElement.getAttribute('data-gov-script') === script,
    target.script,
  );
  if (!byToggle) {
    await page.evaluate((script) => document.documentElement.setAttribute('data-gov-script', script), target.script);
    pending = await settle(page, network, options);
  }
  return { pending, network, scriptSetBy: byToggle ? 'toggle' : 'attribute' };
}
