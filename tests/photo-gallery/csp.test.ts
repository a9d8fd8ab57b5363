import { expect, waitUntil } from '@open-wc/testing';

describe('<gov-photo-gallery> under a strict Content-Security-Policy', () => {
  it('renders, opens, zooms, pans and closes without a single violation', async () => {
    const frame = document.createElement('iframe');
    frame.width = '800';
    frame.height = '600';
    // A page of its own, sent with the strict policy as a real header (tests/server/strict-csp.js), as a
    // site sends it. (A srcdoc frame with a <meta> policy ran no script at all in Firefox.)
    frame.src = '/tests/fixtures/photo-gallery/csp-gallery.html';
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
