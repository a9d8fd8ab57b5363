import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/script-toggle.js';
import type { GovScriptToggle } from '../../src/script-toggle.js';
import { converterLoaded } from '../../src/page/content-script.js';
import { choose, nextFrame, resetPage, root } from './helpers.js';

// The engine's converters are loaded on demand (the Latin → Cyrillic one carries a dictionary). This
// file runs in a page of its own, so the first test sees neither loaded yet.
describe('<gov-script-toggle> and the on-demand converters', () => {
  afterEach(resetPage);

  it('converts once the converter has arrived, and never loads Latin → Cyrillic for a Cyrillic page', async () => {
    root.lang = 'sr-Cyrl';
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <gov-script-toggle target="#page"></gov-script-toggle>
        <div id="page">
          <p>Добар дан</p>
          <p lang="en">Good day</p>
        </div>
      </div>`,
    );
    const toggle = host.querySelector('gov-script-toggle') as GovScriptToggle;
    expect(converterLoaded('latn')).to.equal(false);
    await choose(toggle, 'latn');
    await waitUntil(() => host.querySelector('p')!.textContent === 'Dobar dan', 'not converted once toLatin arrived');
    expect(root.lang).to.equal('sr-Latn');
    await choose(toggle, 'cyrl');
    await nextFrame();
    expect(host.querySelector('p')!.textContent).to.equal('Добар дан');
    expect(converterLoaded('cyrl')).to.equal(false);
  });

  it('converts Latin content added while Cyrillic is shown', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <gov-script-toggle target="#page"></gov-script-toggle>
        <div id="page" lang="sr"><p>Добар дан</p></div>
      </div>`,
    );
    await choose(host.querySelector('gov-script-toggle')!, 'cyrl');
    expect(converterLoaded('cyrl')).to.equal(false);
    const added = document.createElement('p');
    added.lang = 'sr-Latn';
    added.textContent = 'Nadživeti';
    host.querySelector('#page')!.append(added);
    await waitUntil(() => added.textContent === 'Надживети', 'not converted once the engine arrived');
    expect(added.lang).to.equal('sr-Cyrl');
  });

  it('converts Serbian written in Latin on a Cyrillic page when the reader chooses Cyrillic', async () => {
    await fixture(
      html`<div>
        <gov-script-toggle target="#page"></gov-script-toggle>
        <div id="page" lang="sr-Cyrl">
          <p>Добар дан</p>
          <p id="latin" lang="sr-Latn">Injekcija</p>
        </div>
      </div>`,
    );
    const toggle = document.querySelector('gov-script-toggle')!;
    expect(document.querySelector('#latin')!.textContent).to.equal('Injekcija');
    await choose(toggle, 'cyrl');
    expect(document.querySelector('#latin')!.textContent).to.equal('Инјекција');
    expect(document.querySelector('#latin')!.getAttribute('lang')).to.equal('sr-Cyrl');
    await choose(toggle, 'latn');
    expect(document.querySelector('#latin')!.textContent).to.equal('Injekcija');
    expect(document.querySelector('#latin')!.getAttribute('lang')).to.equal('sr-Latn');
  });
});
