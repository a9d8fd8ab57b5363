/**
 * A DOM for the project's core modules in Node. The feed readers (src/core/feed.ts, feed-xml.ts)
 * parse XML and HTML with DOMParser, walk text with TreeWalker, and the sanitizer runs DOMPurify:
 * in Node they get jsdom's window, the DOM implementation DOMPurify documents as safe on a server
 * and one that reads XML namespaces (atom:link, media:content, xml:base) as browsers do.
 * Installed once, before the modules that need it are loaded.
 */
import { JSDOM } from 'jsdom';

const globalNames = ['DOMParser', 'XMLSerializer', 'Node', 'NodeFilter', 'Element', 'DocumentFragment'] as const;

let window: Window | undefined;

export function installDom(): Window {
  if (window) return window;
  window = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'https://localhost/' })
    .window as unknown as Window;
  const target = globalThis as Record<string, unknown>;
  target.window = window;
  target.document = window.document;
  for (const name of globalNames) target[name] = (window as unknown as Record<string, unknown>)[name];
  return window;
}
