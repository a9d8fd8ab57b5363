/**
 * What the hardening tests look for in the rendered widgets: every element of every shadow root,
 * however deep (sanitized stories included), and what must never be there.
 */

/** Every element under `root`, inside every shadow root and template content on the way. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
    if (element instanceof HTMLTemplateElement) found.push(...deepElements(element.content));
  }
  return found;
}

/** Every element inside the shadow roots under `root` (not the light DOM the page wrote itself). */
export function shadowElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

const label = (element: Element) => {
  const host = (element.getRootNode() as ShadowRoot).host;
  return `${host ? `<${host.localName}${host.id ? `#${host.id}` : ''}> ` : ''}<${element.localName}>`;
};

/** `on…` attributes: event handlers written as markup. */
export function handlerAttributes(elements: Element[]): string[] {
  return elements.flatMap((element) =>
    element
      .getAttributeNames()
      .filter((name) => /^on/i.test(name))
      .map((name) => `${label(element)} ${name}="${element.getAttribute(name)}"`),
  );
}

/** The attributes that hold a URL the browser may load, navigate to or submit to. */
const urlAttributes = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'cite',
  'data',
  'ping',
  'longdesc',
  'codebase',
  'manifest',
  'lowsrc',
  'dynsrc',
  'usemap',
  'icon',
];
const xlink = 'http://www.w3.org/1999/xlink';
const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Whether a URL attribute's value is http(s), mailto, tel or relative, as the browser's own URL parser reads it. */
export function allowedUrl(value: string, base = document.baseURI): boolean {
  try {
    return allowedProtocols.has(new URL(value, base).protocol);
  } catch {
    return false;
  }
}

const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

/** Every URL in the elements outside http(s), mailto, tel and relative. */
export function forbiddenUrls(elements: Element[]): string[] {
  return elements.flatMap((element) => {
    const values = urlAttributes.flatMap((name) => {
      const value = element.getAttribute(name);
      if (value === null) return [];
      return name === 'srcset' ? srcsetUrls(value).map((url) => [name, url]) : [[name, value]];
    });
    const linked = element.getAttributeNS(xlink, 'href');
    if (linked !== null) values.push(['xlink:href', linked]);
    return values
      .filter(([, value]) => !allowedUrl(value!))
      .map(([name, value]) => `${label(element)} ${name}="${value}"`);
  });
}

/** Elements that run, load or submit something, change the document's base, or restyle it. */
export const dangerousElements =
  'script, iframe, frame, frameset, object, embed, applet, base, meta, link, form, style, input, textarea, select, isindex, noscript, template, video, audio, marquee';

export function forbiddenElements(elements: Element[]): string[] {
  return elements.filter((element) => element.matches(dangerousElements)).map(label);
}

/** SVG and MathML inside sanitized stories (the widgets' own icons are SVG, outside them). */
export function foreignContent(elements: Element[]): string[] {
  return elements
    .filter((element) => element.closest('[part="content"]') && element.namespaceURI !== 'http://www.w3.org/1999/xhtml')
    .map(label);
}

/** Style attributes written by data (the widgets' own come from CSSOM writes on known elements). */
export function dataStyles(elements: Element[]): string[] {
  return elements
    .filter((element) => element.closest('[part="content"]') && element.hasAttribute('style'))
    .map((element) => `${label(element)} style="${element.getAttribute('style')}"`);
}

/** Globals a page's own scripts rely on, which clobbering by id or name would replace. */
export const clobberTargets = {
  window: [
    'customElements',
    'trustedTypes',
    'document',
    'location',
    'top',
    'parent',
    'litHtmlVersions',
    'litElementVersions',
    'reactiveElementVersions',
    'gov-widgets',
    '__proto__',
    '__govPwned',
    'fetch',
    'JSON',
  ],
  document: [
    'getElementById',
    'querySelector',
    'createElement',
    'body',
    'head',
    'cookie',
    'defaultView',
    'forms',
    'images',
    'documentElement',
    'customElements',
    'gov-widgets',
    '__proto__',
  ],
};

export interface GlobalSnapshot {
  windowNames: string[];
  documentNames: string[];
  values: Map<string, unknown>;
}

/** The names on window and document, and the values of the usual clobbering targets. */
export function snapshotGlobals(): GlobalSnapshot {
  const values = new Map<string, unknown>();
  for (const name of clobberTargets.window)
    values.set(`window.${name}`, (window as unknown as Record<string, unknown>)[name]);
  for (const name of clobberTargets.document)
    values.set(`document.${name}`, (document as unknown as Record<string, unknown>)[name]);
  return {
    windowNames: Object.getOwnPropertyNames(window).sort(),
    documentNames: Object.getOwnPropertyNames(document).sort(),
    values,
  };
}

/** What changed on window and document since `before`. */
export function changedGlobals(before: GlobalSnapshot): string[] {
  const after = snapshotGlobals();
  const added = (from: string[], to: string[], owner: string) =>
    to.filter((name) => !from.includes(name)).map((name) => `${owner}.${name} appeared`);
  return [
    ...added(before.windowNames, after.windowNames, 'window'),
    ...added(before.documentNames, after.documentNames, 'document'),
    ...[...before.values]
      .filter(([name, value]) => after.values.get(name) !== value)
      .map(([name]) => `${name} changed`),
  ];
}
