// The page side of bench/data-scale.mjs, bundled with esbuild: puts one data widget on the page and
// reports when its first items are on screen, when it fired gov-load, and what it shows.
import '../src/news-feed.ts';
import '../src/photo-gallery.ts';

/** Resolves with the time of the first animation frame in which `root` holds `selector`. */
function firstShown(root, selector, start) {
  return new Promise((resolve) => {
    const check = () => {
      if (root.querySelector(selector)) requestAnimationFrame(() => resolve(performance.now() - start));
      else requestAnimationFrame(check);
    };
    check();
  });
}

const shadowNodes = (element) => element.shadowRoot.querySelectorAll('*').length;

globalThis.dataScale = {
  /** Mounts `<tag src attributes>` and waits for gov-load (or gov-error). */
  async load({ tag, src, attributes = {}, item }) {
    document.body.replaceChildren();
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.setAttribute('src', src);
    const start = performance.now();
    const settled = new Promise((resolve) => {
      element.addEventListener('gov-load', (event) => resolve({ count: event.detail.count }), { once: true });
      element.addEventListener('gov-error', (event) => resolve({ error: event.detail.reason }), { once: true });
    });
    document.body.append(element);
    const first = firstShown(element.shadowRoot, item, start);
    const outcome = await settled;
    const loaded = performance.now() - start;
    await element.updateComplete;
    const firstItems = element.shadowRoot.querySelector(item) ? await first : undefined;
    return {
      ...outcome,
      firstItems,
      loaded,
      shown: element.shadowRoot.querySelectorAll(item).length,
      nodes: shadowNodes(element),
    };
  },

  /** Presses "Show more" `times` times, each once the previous press has shown its items. */
  async showMore({ item, times }) {
    const element = document.body.firstElementChild;
    if (!element.shadowRoot.querySelector('[part="more-button"]')) return { perPress: undefined };
    const start = performance.now();
    for (let press = 0; press < times; press++) {
      const before = element.shadowRoot.querySelectorAll(item).length;
      element.shadowRoot.querySelector('[part="more-button"]').click();
      await new Promise((resolve) => {
        const check = () =>
          element.shadowRoot.querySelectorAll(item).length > before ? resolve() : requestAnimationFrame(check);
        check();
      });
    }
    await element.updateComplete;
    return {
      perPress: (performance.now() - start) / times,
      shown: element.shadowRoot.querySelectorAll(item).length,
      nodes: shadowNodes(element),
    };
  },
};
