import type { GovScriptToggle } from '../../src/script-toggle.js';
import type { Script } from '../../src/core/locale.js';
import { scriptAttribute, scriptStorageKey } from '../../src/page/page-script.js';

export const root = document.documentElement;

/** The option of `script` in a toggle's shadow DOM (a button, or a link in link mode). */
export function option(toggle: GovScriptToggle, script: Script): HTMLElement {
  return toggle.shadowRoot!.querySelector<HTMLElement>(`[part~="option-${script}"]`)!;
}

/** Clicks the option of `script` and waits for the toggle to render the new state. */
export async function choose(toggle: GovScriptToggle, script: Script): Promise<void> {
  await toggle.updateComplete;
  option(toggle, script).click();
  await toggle.updateComplete;
}

export const pressed = (toggle: GovScriptToggle) =>
  (['cyrl', 'latn'] as const).filter((script) => option(toggle, script).getAttribute('aria-pressed') === 'true');

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Puts the page back as the test runner made it: no language (the UI is English, the toggle converts), no script chosen, nothing stored, no `?script`. */
export function resetPage(): void {
  root.removeAttribute(scriptAttribute);
  root.removeAttribute('lang');
  try {
    localStorage.removeItem(scriptStorageKey);
  } catch {
    // A test may have made storage throw; it restores it itself.
  }
  const url = new URL(location.href);
  if (url.searchParams.has('script')) {
    url.searchParams.delete('script');
    history.replaceState(history.state, '', url);
  }
}

/** Collects console.warn calls instead of printing them, for the duration of a test. */
export function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = warn) };
}
