// Functions that run inside the audited page (passed to page.evaluate): they read the page across
// shadow roots, the way a user's focus and eyes cross them.

/** Installs window.__audit: helpers the checks call from page.evaluate. */
export function installAuditHelpers() {
  if (window.__audit) return;
  const ids = new WeakMap();
  let nextId = 1;
  const parseColor = (value) => {
    const match = /rgba?\(([^)]+)\)/.exec(value ?? '');
    if (!match) return undefined;
    const [r, g, b, a = 1] = match[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return { r, g, b, a };
  };
  const luminance = ({ r, g, b }) => {
    const channel = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const contrast = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  /** The parent across a shadow boundary. */
  const parentOf = (node) => node.parentElement ?? node.parentNode?.host ?? null;
  /** The opaque colour painted behind an element (its ancestors' backgrounds; white at the top). */
  const backgroundBehind = (element) => {
    for (let node = parentOf(element); node; node = parentOf(node)) {
      const color = parseColor(getComputedStyle(node).backgroundColor);
      if (color && color.a > 0.5) return color;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const deepActive = () => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  };
  /** The gov-* widget an element belongs to (across shadow roots), if any. */
  const widgetOf = (element) => {
    for (let node = element; node; node = parentOf(node)) if (node.localName?.startsWith('gov-')) return node;
    return null;
  };
  const describe = (element) => {
    if (!element || element === document.body) return { id: 0, label: '(page body)', widget: null };
    if (!ids.has(element)) ids.set(element, nextId++);
    const widget = widgetOf(element);
    const part = element.getAttribute('part');
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 48);
    const href = element.getAttribute('href');
    return {
      id: ids.get(element),
      widget: widget?.localName ?? null,
      tag: element.localName,
      part,
      inDialog: Boolean(element.closest('dialog')),
      label: `${widget ? `<${widget.localName}> ` : ''}${element.localName}${part ? `[part=${part}]` : ''} "${text}"${href ? ` ${href}` : ''}`,
    };
  };
  /** Every visible, enabled, focusable element inside the widgets' shadow roots. */
  const widgetControls = () => {
    const found = [];
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const walk = (root, inWidget) => {
      for (const element of root.querySelectorAll('*')) {
        if (
          inWidget &&
          element.matches(selector) &&
          element.getClientRects().length &&
          !element.closest('[inert], dialog:not([open])')
        ) {
          if (getComputedStyle(element).visibility !== 'hidden') found.push(describe(element));
        }
        if (element.shadowRoot) walk(element.shadowRoot, inWidget || element.localName.startsWith('gov-'));
      }
    };
    walk(document, false);
    return found;
  };
  /**
   * The focused element's focus indicator: an outline or a box-shadow, its contrast against the
   * colour behind the element (≥ 3:1 for WCAG 1.4.11), and whether the element is really visible
   * at its centre (not covered by something else, WCAG 2.4.11).
   */
  const focusIndicator = () => {
    const element = deepActive();
    if (!element || element === document.body) return { ok: false, reason: 'nothing focused' };
    const style = getComputedStyle(element);
    const behind = backgroundBehind(element);
    const rings = [];
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
      rings.push({ kind: 'outline', color: parseColor(style.outlineColor), width: parseFloat(style.outlineWidth) });
    if (style.boxShadow && style.boxShadow !== 'none')
      rings.push({ kind: 'box-shadow', color: parseColor(style.boxShadow) });
    const best = rings
      .map((ring) => ({ ...ring, contrast: ring.color ? contrast(ring.color, behind) : 0 }))
      .sort((a, b) => b.contrast - a.contrast)[0];
    // A link that wraps has one box per line: look at the middle of its first one.
    const rect = element.getClientRects()[0] ?? element.getBoundingClientRect();
    const [x, y] = [rect.left + rect.width / 2, rect.top + rect.height / 2];
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    let covered = true;
    for (let node = hit; node; node = parentOf(node)) if (node === element) covered = false;
    // A hit inside the focused element's own light DOM or shadow tree counts as the element.
    if (covered && hit && element.contains(hit)) covered = false;
    const inView =
      rect.width > 0 &&
      rect.height > 0 &&
      rect.bottom > 0 &&
      rect.top < innerHeight &&
      rect.right > 0 &&
      rect.left < innerWidth;
    const ok = Boolean(best && best.contrast >= 3 && inView && !covered);
    return {
      ok,
      reason: !best
        ? 'no outline or box-shadow'
        : best.contrast < 3
          ? `${best.kind} contrast ${best.contrast.toFixed(2)}:1 < 3:1`
          : !inView
            ? 'not in the viewport'
            : covered
              ? 'covered by another element'
              : '',
      ring: best ? `${best.kind} ${best.contrast.toFixed(1)}:1` : 'none',
    };
  };
  const clicks = [];
  let blockNavigation = false;
  // Records each activation (a click event, which Enter on a link or Enter/Space on a button
  // dispatches); while blocking, keeps links from leaving the page so the walk can go on.
  addEventListener(
    'click',
    (event) => {
      const target = event.composedPath()[0];
      clicks.push(describe(target instanceof Element ? target : null));
      if (blockNavigation && event.composedPath().some((node) => node instanceof HTMLAnchorElement && node.href))
        event.preventDefault();
    },
    true,
  );
  window.__audit = {
    deepActive: () => describe(deepActive()),
    widgetControls,
    focusIndicator,
    clicks,
    block: (value) => (blockNavigation = value),
  };
}
