import { expect, fixture, html } from '@open-wc/testing';
import '../support/test-data-element.js';
import type { TestDataElement } from '../support/test-data-element.js';

const root = document.documentElement;
const shown = (element: Element) => element.getClientRects().length > 0;

describe('fallback content before the first render', () => {
  afterEach(() => {
    root.lang = 'en';
  });

  it('keeps the page’s own content inside the element on screen until the element renders', async () => {
    // On a Serbian page the first render waits for the translations, which load on demand.
    root.lang = 'sr-Cyrl';
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('test-data-element') as TestDataElement;
    el.innerHTML = `<ul class="fallback"><li>Прва вест</li><li>Друга вест</li></ul>
      <script type="application/json">{"items": ["Прва вест", "Друга вест"]}</script>`;
    host.append(el);
    const fallback = el.querySelector('.fallback')!;
    expect(el.shadowRoot, 'upgraded').to.exist;
    expect(shown(fallback), 'fallback shown while the element has not rendered').to.be.true;
    const heightBefore = el.getBoundingClientRect().height;
    expect(heightBefore).to.be.greaterThan(0);

    await el.updateComplete;
    expect(el.shadowRoot!.querySelector(':scope > slot'), 'no leftover slot').to.equal(null);
    expect(shown(fallback), 'fallback hidden once the element shows its own content').to.be.false;
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Прва вест',
      'Друга вест',
    ]);
    await expect(el).to.be.accessible();
  });

  it('renders exactly as before for an element without fallback content', async () => {
    const el = await fixture<TestDataElement>(
      html`<test-data-element>
        <script type="application/json">
          { "items": ["one"] }
        </script>
      </test-data-element>`,
    );
    expect(el.shadowRoot!.querySelectorAll('slot')).to.have.length(0);
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['one']);
  });
});
