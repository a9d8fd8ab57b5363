import { expect, waitUntil } from '@open-wc/testing';

/** The policy the suite promises to work under (COMMON brief, research doc §4.7). */
const policy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html gov-widgets";

describe('<gov-photo-gallery> under a strict Content-Security-Policy', () => {
  it('renders, opens, zooms, pans and closes without a single violation', async () => {
    const frame = document.createElement('iframe');
    frame.width = '800';
    frame.height = '600';
    frame.srcdoc = `<!DOCTYPE html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="${policy}">
      <script type="module" src="/tests/fixtures/photo-gallery/csp-probe.js"></script>
      <script type="module" src="/src/photo-gallery.ts"></script>
      </head><body><gov-photo-gallery src="/demo/data/photos.json" deep-link></gov-photo-gallery></body></html>`;
    document.body.append(frame);
    try {
      const window = frame.contentWindow as Window & { violations: string[] };
      const gallery = () => frame.contentDocument?.querySelector('gov-photo-gallery')?.shadowRoot;
      await waitUntil(
        () => gallery()?.querySelector('[part="thumbnail"]'),
        'the gallery did not render under the policy',
        { timeout: 6000 },
      );
      const root = gallery()!;
      root.querySelector<HTMLElement>('[data-index="1"]')!.click();
      await waitUntil(
        () => root.querySelector('dialog')?.open && root.querySelector('[part="zoom-button"]'),
        'the lightbox did not open',
      );
      root.querySelector<HTMLElement>('[part="zoom-button"]')!.click();
      await waitUntil(
        () => /scale\((?!1\))/.test(root.querySelector<HTMLElement>('.frame')!.style.transform),
        'no zoom',
      );
      root.querySelector('dialog')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      root.querySelector<HTMLElement>('[part="close-button"]')!.click();
      await waitUntil(() => !root.querySelector('dialog')!.open);
      await new Promise((resolve) => setTimeout(resolve, 100)); // violation events are queued
      expect(window.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
