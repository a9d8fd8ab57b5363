import { expect, waitUntil } from '@open-wc/testing';
import '../../src/script-toggle.js';
import type { GovScriptToggle } from '../../src/script-toggle.js';
import { scriptAttribute, scriptStorageKey } from '../../src/page/page-script.js';
import { expectHarmless, useHostileHarness } from './hostile.js';

/** The shape of a region: its elements and their attribute names, which converting text may never change. */
const shape = (region: Element) =>
  [region, ...region.querySelectorAll('*')].map(
    (element) => `${element.localName}[${element.getAttributeNames().join(',')}]`,
  );

const cyrillic = /[\u0400-\u04ff]/;

describe('hostile data: every XSS vector in the page <gov-script-toggle> converts and in its attributes', function () {
  this.timeout(60_000);
  const harness = useHostileHarness();

  afterEach(() => {
    document.documentElement.removeAttribute(scriptAttribute);
    localStorage.removeItem(scriptStorageKey);
  });

  it('converts hostile text and attributes as text, both ways, byte for byte; hostile hrefs, targets and sources do nothing', async () => {
    const regions = harness.vectors.map(({ vector }, index) => {
      // Built with the DOM, as a page's own content: the vector is text and attribute values, never markup.
      const region = document.createElement('div');
      region.id = `region-${index}`;
      region.lang = 'sr-Cyrl';
      const paragraph = region.appendChild(document.createElement('p'));
      paragraph.append(`Вест: ${vector} — Ђурђевдан`);
      paragraph.title = `Наслов ${vector}`;
      const image = region.appendChild(document.createElement('img'));
      image.alt = `Слика ${vector}`;
      const input = region.appendChild(document.createElement('input'));
      input.setAttribute('value', `Вредност ${vector}`);
      input.placeholder = `Претрага ${vector}`;
      input.setAttribute('aria-label', `Поље ${vector}`);
      harness.container.append(region);
      return region;
    });
    const before = regions.map((region) => ({ shape: shape(region), html: region.innerHTML }));
    const toggles = harness.vectors.flatMap(({ vector }, index) => {
      const converting = document.createElement('gov-script-toggle');
      converting.setAttribute('target', `#region-${index}`);
      const linking = document.createElement('gov-script-toggle');
      linking.setAttribute('mode', 'link');
      linking.setAttribute('href-cyrl', vector);
      linking.setAttribute('href-latn', vector);
      const hostile = document.createElement('gov-script-toggle');
      hostile.setAttribute('target', vector);
      hostile.setAttribute('source', vector);
      return [converting, linking, hostile] as GovScriptToggle[];
    });
    harness.container.append(...toggles);
    await Promise.all(toggles.map((toggle) => toggle.updateComplete));

    const choose = async (script: 'cyrl' | 'latn') => {
      toggles[0]!.shadowRoot!.querySelector<HTMLElement>(`[part~="option-${script}"]`)!.click();
      await waitUntil(() => document.documentElement.getAttribute(scriptAttribute) === script);
      await Promise.all(toggles.map((toggle) => toggle.updateComplete));
    };
    await choose('latn');
    for (const [index, region] of regions.entries()) {
      expect(shape(region), harness.vectors[index]!.id).to.deep.equal(before[index]!.shape);
      expect(region.textContent, harness.vectors[index]!.id).to.contain('Vest: ').and.contain('Đurđevdan');
      expect(cyrillic.test(region.querySelector('img')!.alt)).to.equal(false);
    }
    await expectHarmless(harness);

    await choose('cyrl');
    expect(regions.map((region) => region.innerHTML)).to.deep.equal(before.map(({ html }) => html));
    await expectHarmless(harness);
  });
});
