/** An element `tag` holding `data` as an inline `<script type>`, not yet on the page. */
export function withInlineData(tag: string, type: string, data: unknown): HTMLElement {
  const element = document.createElement(tag);
  const script = document.createElement('script');
  script.type = type;
  script.textContent = JSON.stringify(data);
  element.append(script);
  return element;
}

/**
 * Keeps what `element`'s shadow root shows after every change (a MutationObserver runs before the
 * next paint, so no frame is missed) until `stop()`.
 */
export function recordShownText(element: HTMLElement): { shown: string[]; stop(): void } {
  const shown: string[] = [];
  const root = element.shadowRoot!;
  const observer = new MutationObserver(() => shown.push(root.textContent ?? ''));
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return { shown, stop: () => observer.disconnect() };
}
