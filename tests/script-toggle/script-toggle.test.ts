import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/script-toggle.js';
import type { GovScriptChangeEvent, GovScriptToggle } from '../../src/script-toggle.js';
import { scriptAttribute, scriptStorageKey } from '../../src/page/page-script.js';
import { loadConverter } from '../../src/page/content-script.js';
import { choose, nextFrame, option, pressed, resetPage, root } from './helpers.js';

/** A new instance of the state module, as on a new page load (the toggle's own instance restores once per page). */
const freshScriptState = (tag: string) =>
  import(`../../src/page/page-script.ts?${tag}`) as Promise<typeof import('../../src/page/page-script.js')>;
const group = (toggle: GovScriptToggle) => toggle.shadowRoot!.querySelector('[role="group"]')!;
const status = (toggle: GovScriptToggle) => toggle.shadowRoot!.querySelector('[role="status"]');

/** A toggle that converts one paragraph of Cyrillic, `#content`, with `lang` on it when given. */
async function toggleOverContent(lang?: string) {
  const host = await fixture<HTMLDivElement>(
    html`<div>
      <gov-script-toggle target="#content"></gov-script-toggle>
      <p id="content" lang=${ifDefined(lang)}>Ћирилица</p>
    </div>`,
  );
  return { host, toggle: host.querySelector('gov-script-toggle')!, content: host.querySelector('#content')! };
}

describe('<gov-script-toggle>', () => {
  // Loaded on demand in a page; here at once, so that a click converts in the same task.
  before(() => loadConverter('latn'));
  before(resetPage);
  afterEach(resetPage);

  describe('the control', () => {
    it('is a labelled group of two buttons, ћирилица and latinica, each in its own script', async () => {
      const toggle = await fixture<GovScriptToggle>(html`<gov-script-toggle></gov-script-toggle>`);
      expect(group(toggle).getAttribute('aria-label')).to.equal('Script');
      const buttons = [...toggle.shadowRoot!.querySelectorAll('button')];
      expect(buttons.map((button) => [button.textContent!.trim(), button.lang, button.type])).to.deep.equal([
        ['ћирилица', 'sr-Cyrl', 'button'],
        ['latinica', 'sr-Latn', 'button'],
      ]);
      expect(pressed(toggle)).to.deep.equal(['cyrl']);
      const separator = toggle.shadowRoot!.querySelector('[part="separator"]')!;
      expect(separator.textContent).to.equal('|');
      expect(separator.getAttribute('aria-hidden')).to.equal('true');
      await expect(toggle).to.be.accessible();
    });

    it('names the group in the page language, but never translates or converts the option labels', async () => {
      root.lang = 'sr-Cyrl';
      const toggle = await fixture<GovScriptToggle>(html`<gov-script-toggle></gov-script-toggle>`);
      expect(group(toggle).getAttribute('aria-label')).to.equal('Писмо');
      await choose(toggle, 'latn');
      await waitUntil(() => group(toggle).getAttribute('aria-label') === 'Pismo', 'label not in Latin');
      expect(option(toggle, 'cyrl').textContent!.trim()).to.equal('ћирилица');
      expect(option(toggle, 'latn').textContent!.trim()).to.equal('latinica');
      await expect(toggle).to.be.accessible();
    });

    it('looks like the seed: the active option bold and not underlined, the other underlined', async () => {
      const toggle = await fixture<GovScriptToggle>(html`<gov-script-toggle></gov-script-toggle>`);
      const active = getComputedStyle(option(toggle, 'cyrl'));
      const other = getComputedStyle(option(toggle, 'latn'));
      expect(Number(active.fontWeight)).to.be.at.least(700);
      expect(active.textDecorationLine).to.equal('none');
      expect(other.textDecorationLine).to.equal('underline');
      expect(Number(other.fontWeight)).to.be.below(700);
      expect(other.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('offers targets of at least 24 × 24 CSS pixels, even in small type', async () => {
      const toggle = await fixture<GovScriptToggle>(html`<gov-script-toggle></gov-script-toggle>`);
      toggle.style.setProperty('font-size', '10px');
      for (const script of ['cyrl', 'latn'] as const) {
        const { width, height } = option(toggle, script).getBoundingClientRect();
        expect(width, script).to.be.at.least(24);
        expect(height, script).to.be.at.least(24);
      }
    });

    it('draws its focus ring in the text colour, so it shows on any header', async () => {
      const toggle = await fixture<GovScriptToggle>(html`<gov-script-toggle></gov-script-toggle>`);
      toggle.style.setProperty('color', 'rgb(255, 255, 255)');
      toggle.style.setProperty('background', 'rgb(12, 45, 87)');
      option(toggle, 'latn').focus();
      await sendKeys({ press: 'Shift' });
      const style = getComputedStyle(option(toggle, 'latn'));
      expect(option(toggle, 'latn').matches(':focus-visible')).to.equal(true);
      expect(style.outlineStyle).to.equal('solid');
      expect(style.outlineColor).to.equal('rgb(255, 255, 255)');
    });

    it('hides its light-DOM fallback once defined', async () => {
      const toggle = await fixture<GovScriptToggle>(
        html`<gov-script-toggle>
          <a href="?script=cyrl">ћирилица</a> | <a href="?script=latn">latinica</a>
        </gov-script-toggle>`,
      );
      for (const link of toggle.querySelectorAll('a')) expect(link.getClientRects().length).to.equal(0);
    });

    it('is themable through parts and custom properties', async () => {
      const toggle = await fixture<GovScriptToggle>(html`<gov-script-toggle></gov-script-toggle>`);
      toggle.style.setProperty('--gov-script-toggle-color', 'rgb(1, 2, 3)');
      toggle.style.setProperty('--gov-script-toggle-active-color', 'rgb(4, 5, 6)');
      expect(getComputedStyle(option(toggle, 'latn')).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(option(toggle, 'cyrl')).color).to.equal('rgb(4, 5, 6)');
      expect(option(toggle, 'cyrl').getAttribute('part')).to.equal('option option-cyrl active');
      expect(option(toggle, 'latn').getAttribute('part')).to.equal('option option-latn');
      expect(group(toggle).getAttribute('part')).to.equal('group');
    });
  });

  describe('switching', () => {
    it('switches on click, keeps focus on the option, and tells screen readers', async () => {
      root.lang = 'sr-Cyrl';
      const toggle = await fixture<GovScriptToggle>(html`<gov-script-toggle></gov-script-toggle>`);
      expect(status(toggle)!.textContent).to.equal('');
      option(toggle, 'latn').focus();
      await choose(toggle, 'latn');
      expect(root.getAttribute(scriptAttribute)).to.equal('latn');
      await waitUntil(() => pressed(toggle)[0] === 'latn');
      expect(pressed(toggle)).to.deep.equal(['latn']);
      expect(toggle.shadowRoot!.activeElement).to.equal(option(toggle, 'latn'));
      await waitUntil(() => status(toggle)!.textContent === 'Stranica je prikazana latinicom.');
      await expect(toggle).to.be.accessible();
      await choose(toggle, 'cyrl');
      await waitUntil(() => status(toggle)!.textContent === 'Страница је приказана ћирилицом.');
      expect(pressed(toggle)).to.deep.equal(['cyrl']);
    });

    it('works from the keyboard: Tab to each option, Enter and Space choose', async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">before</button>
          <gov-script-toggle></gov-script-toggle>
        </div>`,
      );
      const toggle = host.querySelector('gov-script-toggle')!;
      await toggle.updateComplete;
      host.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(toggle.shadowRoot!.activeElement).to.equal(option(toggle, 'cyrl'));
      await sendKeys({ press: 'Tab' });
      expect(toggle.shadowRoot!.activeElement).to.equal(option(toggle, 'latn'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => pressed(toggle)[0] === 'latn', 'Enter did not switch');
      expect(toggle.shadowRoot!.activeElement).to.equal(option(toggle, 'latn'));
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(toggle.shadowRoot!.activeElement).to.equal(option(toggle, 'cyrl'));
      await sendKeys({ press: ' ' });
      await waitUntil(() => pressed(toggle)[0] === 'cyrl', 'Space did not switch');
    });

    it('does nothing when the chosen option is chosen again', async () => {
      const toggle = await fixture<GovScriptToggle>(html`<gov-script-toggle></gov-script-toggle>`);
      await choose(toggle, 'latn');
      let events = 0;
      const count = () => events++;
      document.addEventListener('gov-script-change', count);
      await choose(toggle, 'latn');
      document.removeEventListener('gov-script-change', count);
      expect(events).to.equal(0);
    });

    it('records a choice of the script already shown, without changing the page', async () => {
      root.lang = 'sr-Cyrl';
      const { host, toggle } = await toggleOverContent();
      const before = host.innerHTML;
      await choose(toggle, 'cyrl');
      expect(root.getAttribute(scriptAttribute)).to.equal('cyrl');
      expect(localStorage.getItem(scriptStorageKey)).to.equal('cyrl');
      expect(host.innerHTML).to.equal(before);
      expect(pressed(toggle)).to.deep.equal(['cyrl']);
    });

    it('can be driven from a script with selectScript()', async () => {
      const toggle = await fixture<GovScriptToggle>(html`<gov-script-toggle></gov-script-toggle>`);
      expect(toggle.selectScript('latn')).to.equal(true);
      expect(root.getAttribute(scriptAttribute)).to.equal('latn');
      expect(toggle.selectScript('klingon' as 'latn')).to.equal(false);
    });
  });

  describe('events', () => {
    it('fires a cancelable gov-script-change before, and gov-script-changed after the page has switched', async () => {
      root.lang = 'sr-Cyrl';
      const { toggle, content } = await toggleOverContent();
      const seen: string[] = [];
      const before = (event: GovScriptChangeEvent) =>
        seen.push(
          `before ${JSON.stringify(event.detail)} ${event.cancelable} ${root.getAttribute(scriptAttribute)} ${content.textContent}`,
        );
      const after = (event: GovScriptChangeEvent) =>
        seen.push(
          `after ${JSON.stringify(event.detail)} ${root.getAttribute(scriptAttribute)} ${root.lang} ${content.textContent}`,
        );
      document.addEventListener('gov-script-change', before);
      document.addEventListener('gov-script-changed', after);
      try {
        await choose(toggle, 'latn');
      } finally {
        document.removeEventListener('gov-script-change', before);
        document.removeEventListener('gov-script-changed', after);
      }
      expect(seen).to.deep.equal([
        'before {"script":"latn","previous":"cyrl"} true null Ћирилица',
        'after {"script":"latn","previous":"cyrl"} latn sr-Latn Ćirilica',
      ]);
    });

    it('changes nothing when a listener cancels the switch', async () => {
      const { toggle, content } = await toggleOverContent('sr');
      const cancel = (event: Event) => event.preventDefault();
      let changed = 0;
      const count = () => changed++;
      document.addEventListener('gov-script-change', cancel);
      document.addEventListener('gov-script-changed', count);
      try {
        await choose(toggle, 'latn');
        expect(toggle.selectScript('latn')).to.equal(false);
      } finally {
        document.removeEventListener('gov-script-change', cancel);
        document.removeEventListener('gov-script-changed', count);
      }
      await nextFrame();
      expect(changed).to.equal(0);
      expect(root.hasAttribute(scriptAttribute)).to.equal(false);
      expect(localStorage.getItem(scriptStorageKey)).to.equal(null);
      expect(content.textContent).to.equal('Ћирилица');
      expect(pressed(toggle)).to.deep.equal(['cyrl']);
      expect(status(toggle)!.textContent).to.equal('');
    });

    it('bubbles the events to window', async () => {
      const toggle = await fixture<GovScriptToggle>(html`<gov-script-toggle></gov-script-toggle>`);
      setTimeout(() => option(toggle, 'latn').click());
      const event = (await oneEvent(window, 'gov-script-changed')) as GovScriptChangeEvent;
      expect(event.detail.script).to.equal('latn');
    });
  });

  describe('one page-wide state', () => {
    it('keeps several toggles in sync, each converting its own region', async () => {
      root.lang = 'sr';
      const host = await fixture<HTMLDivElement>(
        html`<div>
          <gov-script-toggle id="first" target="#a"></gov-script-toggle>
          <gov-script-toggle id="second" target="#b"></gov-script-toggle>
          <p id="a">Први</p>
          <p id="b">Други</p>
        </div>`,
      );
      const [first, second] = [...host.querySelectorAll('gov-script-toggle')];
      await second.updateComplete;
      await choose(first, 'latn');
      await waitUntil(() => pressed(second)[0] === 'latn', 'the second toggle did not follow');
      expect(host.querySelector('#a')!.textContent).to.equal('Prvi');
      expect(host.querySelector('#b')!.textContent).to.equal('Drugi');
      await choose(second, 'cyrl');
      await waitUntil(() => pressed(first)[0] === 'cyrl', 'the first toggle did not follow');
      expect(host.querySelector('#a')!.textContent).to.equal('Први');
    });

    it('follows a state set by the page itself or by another copy of gov-widgets', async () => {
      root.lang = 'sr';
      const host = await fixture<HTMLDivElement>(
        html`<div>
          <gov-script-toggle target="#a"></gov-script-toggle>
          <p id="a">Први</p>
        </div>`,
      );
      const toggle = host.querySelector('gov-script-toggle')!;
      root.setAttribute(scriptAttribute, 'latn');
      await nextFrame();
      expect(host.querySelector('#a')!.textContent).to.equal('Prvi');
      await waitUntil(() => pressed(toggle)[0] === 'latn');
      root.removeAttribute(scriptAttribute);
      await nextFrame();
      expect(host.querySelector('#a')!.textContent).to.equal('Први');
    });

    it('stops converting when switched to link mode', async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div>
          <gov-script-toggle target="#a"></gov-script-toggle>
          <p id="a" lang="sr">Први</p>
        </div>`,
      );
      const toggle = host.querySelector('gov-script-toggle')!;
      toggle.mode = 'link';
      await toggle.updateComplete;
      root.setAttribute(scriptAttribute, 'latn');
      await nextFrame();
      expect(host.querySelector('#a')!.textContent).to.equal('Први');
    });
  });

  describe('storage', () => {
    it(`remembers the choice in localStorage under "${scriptStorageKey}"`, async () => {
      const toggle = await fixture<GovScriptToggle>(html`<gov-script-toggle></gov-script-toggle>`);
      await choose(toggle, 'latn');
      expect(localStorage.getItem(scriptStorageKey)).to.equal('latn');
      await choose(toggle, 'cyrl');
      expect(localStorage.getItem(scriptStorageKey)).to.equal('cyrl');
    });

    it('keeps working when storage throws (blocked, private mode, quota)', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      try {
        const host = await fixture<HTMLDivElement>(
          html`<div>
            <gov-script-toggle target="#a"></gov-script-toggle>
            <p id="a" lang="sr">Први</p>
          </div>`,
        );
        const toggle = host.querySelector('gov-script-toggle')!;
        await choose(toggle, 'latn');
        expect(host.querySelector('#a')!.textContent).to.equal('Prvi');
        expect(root.getAttribute(scriptAttribute)).to.equal('latn');
        const fresh = await freshScriptState('storage-throws');
        expect(() => fresh.restoreScript()).not.to.throw();
        expect(fresh.readStoredScript()).to.equal(null);
      } finally {
        Storage.prototype.getItem = getItem;
        Storage.prototype.setItem = setItem;
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });

    it('keeps working when even reading window.localStorage throws', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
      try {
        const toggle = await fixture<GovScriptToggle>(html`<gov-script-toggle></gov-script-toggle>`);
        await choose(toggle, 'latn');
        expect(root.getAttribute(scriptAttribute)).to.equal('latn');
      } finally {
        Object.defineProperty(window, 'localStorage', descriptor);
      }
      expect(localStorage).to.be.instanceOf(Storage);
    });
  });

  describe('the URL parameter', () => {
    it('wins over the stored choice, and is remembered', async () => {
      localStorage.setItem(scriptStorageKey, 'cyrl');
      history.replaceState(null, '', '?script=latn');
      const fresh = await freshScriptState('url-wins');
      fresh.restoreScript();
      expect(root.getAttribute(scriptAttribute)).to.equal('latn');
      expect(localStorage.getItem(scriptStorageKey)).to.equal('latn');
    });

    it('without it, the stored choice is restored; a bad value is ignored', async () => {
      localStorage.setItem(scriptStorageKey, 'latn');
      history.replaceState(null, '', '?script=klingon');
      const fresh = await freshScriptState('stored');
      fresh.restoreScript();
      expect(root.getAttribute(scriptAttribute)).to.equal('latn');
    });

    it('follows a switch, so that reloading or sharing the address shows what the reader sees', async () => {
      history.replaceState(null, '', '?script=latn&page=2');
      const toggle = await fixture<GovScriptToggle>(html`<gov-script-toggle></gov-script-toggle>`);
      toggle.selectScript('latn');
      await choose(toggle, 'cyrl');
      expect(new URL(location.href).searchParams.get('script')).to.equal('cyrl');
      expect(new URL(location.href).searchParams.get('page')).to.equal('2');
    });

    it('changes only the value of the parameter: every other byte of the address stays', async () => {
      const toggle = await fixture<GovScriptToggle>(html`<gov-script-toggle></gov-script-toggle>`);
      const cases = [
        [
          '?a&b=%20&c=+&d=%zz&script=latn&e=%C3%BC;f&script=x#frag',
          '?a&b=%20&c=+&d=%zz&script=cyrl&e=%C3%BC;f&script=x#frag',
        ],
        ['?scr%69pt=latn&x=a+b', '?scr%69pt=cyrl&x=a+b'],
        ['?q=%D0%B0&&script=LATN#', '?q=%D0%B0&&script=cyrl#'],
      ];
      for (const [before, after] of cases) {
        history.replaceState(null, '', `${location.pathname}${before}`);
        toggle.selectScript('latn');
        await choose(toggle, 'cyrl');
        expect(location.href, before).to.equal(new URL(`${location.pathname}${after}`, location.href).href);
        expect(location.href.endsWith(after), before).to.equal(true);
        resetPage();
      }
    });
  });

  describe('across page loads (a page in a frame)', () => {
    async function load(frame: HTMLIFrameElement, src?: string): Promise<Document> {
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      if (src) frame.src = src;
      else frame.contentWindow!.location.reload();
      await loaded;
      const doc = frame.contentDocument!;
      await waitUntil(
        () => doc.querySelector('gov-script-toggle')?.shadowRoot?.querySelector('[part~="option"]'),
        'toggle not rendered',
      );
      return doc;
    }
    const frameToggle = (doc: Document) => doc.querySelector('gov-script-toggle') as GovScriptToggle;
    let frame: HTMLIFrameElement;

    beforeEach(async () => {
      frame = await fixture<HTMLIFrameElement>(html`<iframe title="test page"></iframe>`);
    });

    it('restores the stored choice on the next page load: page, title and widgets', async () => {
      let doc = await load(frame, '/tests/fixtures/script-toggle/page.html');
      expect(doc.querySelector('h1')!.textContent).to.equal('Добар дан');
      await choose(frameToggle(doc), 'latn');
      // The converter is loaded on demand: on a slow machine (Firefox under load) it may still be arriving.
      await waitUntil(() => doc.querySelector('h1')!.textContent === 'Dobar dan', 'not shown in Latin');
      doc = await load(frame);
      expect(doc.documentElement.getAttribute(scriptAttribute)).to.equal('latn');
      // The page's converter may still be arriving (it is loaded on demand).
      await waitUntil(() => doc.querySelector('h1')!.textContent === 'Dobar dan', 'not restored in Latin');
      expect(doc.documentElement.lang).to.equal('sr-Latn');
      expect(doc.querySelector('h1')!.textContent).to.equal('Dobar dan');
      expect(doc.querySelector('p')!.title).to.equal('Pozdrav');
      expect(doc.title).to.equal('Probna stranica');
      const widget = doc.querySelector('test-data-element')!;
      await waitUntil(() => widget.shadowRoot?.querySelector('li'));
      expect(widget.shadowRoot!.querySelector('li')!.textContent).to.equal('Đurđevdan');
      await waitUntil(() => pressed(frameToggle(doc))[0] === 'latn');
      await choose(frameToggle(doc), 'cyrl');
      expect(doc.title).to.equal('Пробна страница');
      doc = await load(frame);
      expect(doc.querySelector('h1')!.textContent).to.equal('Добар дан');
    });

    it('lets ?script= in the address win over the stored choice', async () => {
      localStorage.setItem(scriptStorageKey, 'cyrl');
      const doc = await load(frame, '/tests/fixtures/script-toggle/page.html?script=latn');
      await waitUntil(() => doc.querySelector('h1')!.textContent === 'Dobar dan', 'not shown in Latin');
      expect(localStorage.getItem(scriptStorageKey)).to.equal('latn');
    });

    it('in link mode restores nothing and converts nothing', async () => {
      localStorage.setItem(scriptStorageKey, 'latn');
      const doc = await load(frame, '/tests/fixtures/script-toggle/link.html');
      await aTimeout(50);
      expect(doc.documentElement.hasAttribute(scriptAttribute)).to.equal(false);
      expect(doc.querySelector('p')!.textContent).to.equal('Добар дан');
    });
  });

  describe('link mode', () => {
    it('offers links to both versions, marks the current one, and converts nothing', async () => {
      root.lang = 'sr-Latn';
      const host = await fixture<HTMLDivElement>(
        html`<div>
          <gov-script-toggle mode="link" href-cyrl="/cir/vesti" href-latn="/lat/vesti"></gov-script-toggle>
          <p id="p" lang="sr-Cyrl">Ћирилица</p>
        </div>`,
      );
      const toggle = host.querySelector('gov-script-toggle')!;
      await toggle.updateComplete;
      const [cyrl, latn] = [option(toggle, 'cyrl'), option(toggle, 'latn')] as HTMLAnchorElement[];
      expect([cyrl.localName, cyrl.href, cyrl.hreflang, cyrl.lang, cyrl.getAttribute('aria-current')]).to.deep.equal([
        'a',
        new URL('/cir/vesti', location.href).href,
        'sr-Cyrl',
        'sr-Cyrl',
        null,
      ]);
      expect([latn.href, latn.hreflang, latn.lang, latn.getAttribute('aria-current')]).to.deep.equal([
        new URL('/lat/vesti', location.href).href,
        'sr-Latn',
        'sr-Latn',
        'page',
      ]);
      expect(latn.getAttribute('part')).to.equal('option option-latn active');
      expect(toggle.shadowRoot!.querySelector('[aria-pressed]')).to.equal(null);
      expect(status(toggle)).to.equal(null);
      await expect(toggle).to.be.accessible();
      const stay = (event: Event) => event.preventDefault();
      document.addEventListener('click', stay);
      cyrl.click();
      document.removeEventListener('click', stay);
      await nextFrame();
      expect(root.hasAttribute(scriptAttribute)).to.equal(false);
      expect(host.querySelector('#p')!.textContent).to.equal('Ћирилица');
      expect(toggle.selectScript('cyrl')).to.equal(false);
    });

    it('marks no option as current on a page in another language, and drops unsafe addresses', async () => {
      const toggle = await fixture<GovScriptToggle>(
        html`<gov-script-toggle
          mode="link"
          href-cyrl="javascript:alert(1)"
          href-latn="https://lat.example.rs/vesti"
        ></gov-script-toggle>`,
      );
      const cyrl = option(toggle, 'cyrl');
      const latn = option(toggle, 'latn') as HTMLAnchorElement;
      expect(cyrl.localName).to.equal('span');
      expect(cyrl.textContent).to.equal('ћирилица');
      expect(latn.rel).to.equal('noopener noreferrer');
      expect(toggle.shadowRoot!.querySelector('[aria-current]')).to.equal(null);
      await expect(toggle).to.be.accessible();
    });
  });
  describe('on a page in another language', () => {
    const hidden = (toggle: GovScriptToggle) => toggle.matches(':state(hidden)');
    const shown = (toggle: GovScriptToggle) => getComputedStyle(toggle).display !== 'none';

    it('shows nothing, restores nothing and converts nothing without links to the Serbian pages', async () => {
      root.lang = 'hu';
      localStorage.setItem(scriptStorageKey, 'latn');
      const host = await fixture<HTMLDivElement>(
        html`<div>
          <gov-script-toggle><a href="?script=latn">latinica</a></gov-script-toggle>
          <p id="sr" lang="sr-Cyrl">Добар дан</p>
        </div>`,
      );
      const toggle = host.querySelector('gov-script-toggle')!;
      await toggle.updateComplete;
      expect(hidden(toggle)).to.equal(true);
      expect(shown(toggle)).to.equal(false);
      expect(toggle.shadowRoot!.querySelector('[part~="option"]')).to.equal(null);
      expect(root.hasAttribute(scriptAttribute)).to.equal(false);
      expect(toggle.selectScript('latn')).to.equal(false);
      root.setAttribute(scriptAttribute, 'latn');
      await nextFrame();
      expect(host.querySelector('#sr')!.textContent).to.equal('Добар дан');
    });

    it('is a pair of links to the Serbian pages when it has their addresses, whatever its mode', async () => {
      root.lang = 'hu-RS';
      for (const mode of ['convert', 'link']) {
        const toggle = await fixture<GovScriptToggle>(
          html`<gov-script-toggle mode=${mode} href-cyrl="/sr/vesti" href-latn="/sr-lat/vesti"></gov-script-toggle>`,
        );
        await waitUntil(() => group(toggle)?.getAttribute('aria-label') === 'Szerb nyelven', `${mode}: label`);
        expect(hidden(toggle)).to.equal(false);
        const links = [...toggle.shadowRoot!.querySelectorAll('a')];
        expect(
          links.map((link) => [link.pathname, link.hreflang, link.lang, link.getAttribute('aria-current')]),
        ).to.deep.equal([
          ['/sr/vesti', 'sr-Cyrl', 'sr-Cyrl', null],
          ['/sr-lat/vesti', 'sr-Latn', 'sr-Latn', null],
        ]);
        expect(toggle.shadowRoot!.querySelector('button, [role="status"]')).to.equal(null);
        await expect(toggle).to.be.accessible();
      }
      // One usable address is enough to show; the other option is plain text.
      const one = await fixture<GovScriptToggle>(
        html`<gov-script-toggle href-cyrl="javascript:alert(1)" href-latn="/sr-lat/vesti"></gov-script-toggle>`,
      );
      await one.updateComplete;
      expect([option(one, 'cyrl').localName, option(one, 'latn').localName]).to.deep.equal(['span', 'a']);
    });

    it('follows <html lang> live: buttons on a Serbian page, links or nothing in another language', async () => {
      root.lang = 'sr-Cyrl';
      const host = await fixture<HTMLDivElement>(
        html`<div>
          <gov-script-toggle target="#content"></gov-script-toggle>
          <gov-script-toggle target="#content" href-cyrl="/sr/" href-latn="/sr-lat/"></gov-script-toggle>
          <p id="content">Ћирилица</p>
        </div>`,
      );
      const [bare, linked] = [...host.querySelectorAll('gov-script-toggle')];
      await choose(bare, 'latn');
      expect(host.querySelector('#content')!.textContent).to.equal('Ćirilica');
      root.lang = 'sk';
      await waitUntil(
        () => hidden(bare) && linked.shadowRoot!.querySelectorAll('a').length === 2,
        'not links in Slovak',
      );
      expect(group(linked).getAttribute('aria-label')).to.equal('Po srbsky');
      root.lang = 'sr-Latn';
      await waitUntil(() => !hidden(bare) && pressed(bare).length === 1, 'no buttons back on a Serbian page');
      expect(pressed(linked)).to.deep.equal(['latn']);
      expect(group(bare).getAttribute('aria-label')).to.equal('Pismo');
    });

    it('converts a Serbian region of a page in another language, and only that', async () => {
      root.lang = 'rue';
      const host = await fixture<HTMLDivElement>(
        html`<div>
          <gov-script-toggle target="#serbian, #rusyn"></gov-script-toggle>
          <section id="serbian" lang="sr-Cyrl"><p>Ћирилица</p></section>
          <p id="rusyn">Фотоґрафиї</p>
        </div>`,
      );
      const toggle = host.querySelector('gov-script-toggle')!;
      await toggle.updateComplete;
      expect(group(toggle).getAttribute('aria-label')).to.equal('Писмо');
      await choose(toggle, 'latn');
      expect(host.querySelector('#serbian')!.textContent).to.equal('Ćirilica');
      expect(host.querySelector('#rusyn')!.textContent).to.equal('Фотоґрафиї');
    });
  });
});
