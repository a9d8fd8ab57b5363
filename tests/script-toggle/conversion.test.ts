import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/script-toggle.js';
import '../support/test-data-element.js';
import '../../src/contact-card.js';
import '../../src/news-feed.js';
import '../../src/photo-gallery.js';
import type { GovScriptToggle } from '../../src/script-toggle.js';
import type { TestDataElement } from '../support/test-data-element.js';
import { loadConverter } from '../../src/page/content-script.js';
import { scriptAttribute } from '../../src/page/page-script.js';
import { captureWarnings, choose, nextFrame, option, resetPage, root } from './helpers.js';

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const text = (selector: string) => $(selector).textContent!.replace(/\s+/g, ' ').trim();
const attribute = (selector: string, name: string) => $(selector).getAttribute(name);
const toggleIn = (host: Element) => host.querySelector('gov-script-toggle') as GovScriptToggle;
const items = (el: TestDataElement) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);

describe('<gov-script-toggle> page conversion', () => {
  // Loaded on demand in a page; here at once, so that a click converts in the same task.
  before(() => loadConverter('latn'));
  afterEach(resetPage);

  describe('what is converted', () => {
    let host: HTMLElement;
    let toggle: GovScriptToggle;

    beforeEach(async () => {
      host = await fixture(
        html`<div>
          <gov-script-toggle target="#region"
            ><a href="#">ћирилица</a> | <a href="#" lang="sr-Latn">latinica</a></gov-script-toggle
          >
          <div id="region" lang="sr-Cyrl">
            <h2 id="heading" title="Наслов вести">Вести</h2>
            <p id="text">Љубав, њива и џеп. <a id="link" href="#" title="Опширније о ђаку">Ћуприја</a></p>
            <blockquote lang="en">
              <p id="english">A quote with ж and <span id="english-title" title="Заглавље">Ђ</span></p>
              <p id="serbian-again" lang="sr">Поново српски</p>
            </blockquote>
            <img id="image" alt="Зграда Владе" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
            <label>Упит <input id="search" type="search" placeholder="Претрага" value="Упит" /></label>
            <input id="submit" type="submit" value="Пошаљи" />
            <input id="reset" type="reset" value="Поништи" />
            <button id="close" aria-label="Затвори" aria-description="Затвара прозор">×</button>
            <select aria-label="Избор">
              <option id="option" value="Први">Први</option>
            </select>
            <p id="brand" translate="no">Телеком <span id="yes" translate="yes">Србија</span></p>
            <p id="opt-out" data-gov-no-convert title="Наслов">
              Назив <span id="opt-out-inner" lang="sr" translate="yes">унутра</span>
            </p>
            <code id="code">ћирилица</code>
            <pre id="pre" title="Пример">код</pre>
            <kbd id="kbd">Ж</kbd><samp id="samp">Ш</samp><var id="var">ч</var>
            <textarea id="textarea" aria-label="Порука" placeholder="Ваша порука">Текст</textarea>
            <div id="editable" contenteditable="true">Уредива <b>ћ</b></div>
            <script id="script" type="application/json">
              { "a": "ћ" }
            </script>
            <style id="style">
              .ж {
              }
            </style>
            <svg aria-hidden="true"><text id="svg-text">Ознака</text></svg>
          </div>
        </div>`,
      );
      toggle = toggleIn(host);
      await toggle.updateComplete;
      await choose(toggle, 'latn');
    });

    it('converts text nodes of Serbian content', () => {
      expect(text('#heading')).to.equal('Vesti');
      expect(text('#text')).to.equal('Ljubav, njiva i džep. Ćuprija');
      expect(text('#option')).to.equal('Prvi');
      expect(text('#svg-text')).to.equal('Oznaka');
    });

    it('converts the attributes people read: title, alt, placeholder, aria-label, aria-description, button values', () => {
      expect(attribute('#heading', 'title')).to.equal('Naslov vesti');
      expect(attribute('#link', 'title')).to.equal('Opširnije o đaku');
      expect(attribute('#image', 'alt')).to.equal('Zgrada Vlade');
      expect(attribute('#search', 'placeholder')).to.equal('Pretraga');
      expect(attribute('#close', 'aria-label')).to.equal('Zatvori');
      expect(attribute('#close', 'aria-description')).to.equal('Zatvara prozor');
      expect(attribute('#submit', 'value')).to.equal('Pošalji');
      expect(attribute('#reset', 'value')).to.equal('Poništi');
      expect(($('#submit') as HTMLInputElement).value).to.equal('Pošalji');
    });

    it('leaves data alone: the value of a text field, of an option', () => {
      expect(attribute('#search', 'value')).to.equal('Упит');
      expect(attribute('#option', 'value')).to.equal('Први');
    });

    it('never touches another language, and finds Serbian again inside it', () => {
      expect(text('#english')).to.equal('A quote with ж and Ђ');
      expect(attribute('#english-title', 'title')).to.equal('Заглавље');
      expect(text('#serbian-again')).to.equal('Ponovo srpski');
    });

    it('skips translate="no" (and honours translate="yes" inside it) and the opt-out attribute', () => {
      expect(text('#brand')).to.equal('Телеком Srbija');
      expect(text('#yes')).to.equal('Srbija');
      expect(text('#opt-out')).to.equal('Назив унутра');
      expect(attribute('#opt-out', 'title')).to.equal('Наслов');
      expect(attribute('#opt-out-inner', 'lang')).to.equal('sr');
    });

    it('skips code, pre, kbd, samp, var, textarea, contenteditable, script and style, but converts their labels', () => {
      for (const id of ['code', 'pre', 'kbd', 'samp', 'var', 'textarea', 'editable']) {
        expect(text(`#${id}`), id).to.match(/[\u0400-\u04ff]/);
      }
      expect(text('#script')).to.contain('ћ');
      expect(text('#style')).to.contain('ж');
      expect(($('#textarea') as HTMLTextAreaElement).value).to.equal('Текст');
      expect(attribute('#textarea', 'placeholder')).to.equal('Vaša poruka');
      expect(attribute('#textarea', 'aria-label')).to.equal('Poruka');
      expect(attribute('#pre', 'title')).to.equal('Primer');
    });

    it("never converts the toggle's own labels or its fallback", () => {
      expect(option(toggle, 'cyrl').textContent!.trim()).to.equal('ћирилица');
      expect(option(toggle, 'latn').textContent!.trim()).to.equal('latinica');
      expect([...toggle.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['ћирилица', 'latinica']);
    });

    it('retags the lang of converted Serbian content, and only that', () => {
      expect(attribute('#region', 'lang')).to.equal('sr-Latn');
      expect(attribute('#serbian-again', 'lang')).to.equal('sr-Latn');
      expect(attribute('blockquote', 'lang')).to.equal('en');
    });

    it('puts every text and attribute back as it was, on the same nodes', async () => {
      const textNode = $('#text').firstChild;
      await choose(toggle, 'cyrl');
      expect($('#text').firstChild).to.equal(textNode);
      expect(text('#text')).to.equal('Љубав, њива и џеп. Ћуприја');
      expect(attribute('#link', 'title')).to.equal('Опширније о ђаку');
      expect(attribute('#submit', 'value')).to.equal('Пошаљи');
      expect(attribute('#region', 'lang')).to.equal('sr-Cyrl');
      expect(attribute('#serbian-again', 'lang')).to.equal('sr');
    });
  });

  it('restores the page byte for byte, not by transliterating back', async () => {
    root.lang = 'sr-Cyrl';
    await fixture(
      html`<div>
        <gov-script-toggle></gov-script-toggle>
        <main>
          <h1 title="Н + Ј = НЈ или Њ">Н + Ј = НЈ или Њ</h1>
          <p>
            ХХ век, Кfor, <b>ЉУБЉАНА</b> и Љ. Стојановић; <i lang="sr-Cyrl-RS">ђак</i> <span lang="en">English</span>
          </p>
          <p>www.srbija.gov.rs и https://пример.срб/страна, 1.500 RSD</p>
          <!-- коментар -->
        </main>
      </div>`,
    );
    const toggle = document.querySelector('gov-script-toggle')!;
    await toggle.updateComplete;
    const before = document.body.innerHTML;
    for (let round = 0; round < 2; round++) {
      await choose(toggle, 'latn');
      expect(document.querySelector('h1')!.textContent).to.equal('N + J = NJ ili Nj');
      expect(document.body.innerHTML).not.to.equal(before);
      await choose(toggle, 'cyrl');
      expect(document.body.innerHTML).to.equal(before);
      expect(root.lang).to.equal('sr-Cyrl');
    }
  });

  it('follows <html lang> down the tree: the page language decides where no element says', async () => {
    root.lang = 'sr';
    const host = await fixture(
      html`<div>
        <gov-script-toggle target="#page"></gov-script-toggle>
        <div id="page">
          <p id="plain">Добар дан</p>
          <p id="latin-tag" lang="sr-Cyrl-RS">Београд</p>
          <div lang="en">
            <p id="en">Добар дан</p>
            <p id="xml" xml:lang="sr">Ниш</p>
          </div>
        </div>
      </div>`,
    );
    const toggle = toggleIn(host);
    await choose(toggle, 'latn');
    expect(text('#plain')).to.equal('Dobar dan');
    expect(text('#latin-tag')).to.equal('Beograd');
    expect(attribute('#latin-tag', 'lang')).to.equal('sr-Latn-RS');
    expect(text('#en')).to.equal('Добар дан');
    expect(text('#xml')).to.equal('Niš');
    expect(root.lang).to.equal('sr-Latn');
    await choose(toggle, 'cyrl');
    expect(root.lang).to.equal('sr');
    expect(attribute('#latin-tag', 'lang')).to.equal('sr-Cyrl-RS');
  });

  it('converts nothing on an English page where no element is Serbian, even when a page script chooses Latin', async () => {
    root.lang = 'en';
    const host = await fixture(
      html`<div>
        <gov-script-toggle target="#page"></gov-script-toggle>
        <div id="page"><p id="p" title="Наслов">Добар дан</p></div>
      </div>`,
    );
    await toggleIn(host).updateComplete;
    expect(toggleIn(host).shadowRoot!.querySelector('button')).to.equal(null);
    root.setAttribute(scriptAttribute, 'latn');
    await nextFrame();
    expect(text('#p')).to.equal('Добар дан');
    expect(attribute('#p', 'title')).to.equal('Наслов');
    expect(root.lang).to.equal('en');
  });

  it('shows the text between -{ and }- as written in both scripts, without the markers', async () => {
    const host = await fixture(
      html`<div>
        <gov-script-toggle target="#page"></gov-script-toggle>
        <div id="page" lang="sr">
          <p id="marked" title="-{Ђ}- и ђ">Пратите нас на -{Фејсбуку}- и -{Instagram}-у</p>
          <p id="unclosed">Знак -{ без краја</p>
        </div>
      </div>`,
    );
    const toggle = toggleIn(host);
    await toggle.updateComplete;
    expect(text('#marked')).to.equal('Пратите нас на Фејсбуку и Instagramу');
    expect(attribute('#marked', 'title')).to.equal('Ђ и ђ');
    await choose(toggle, 'latn');
    expect(text('#marked')).to.equal('Pratite nas na Фејсбуку i Instagramu');
    expect(attribute('#marked', 'title')).to.equal('Ђ i đ');
    expect(text('#unclosed')).to.equal('Znak -{ bez kraja');
    await choose(toggle, 'cyrl');
    expect(text('#marked')).to.equal('Пратите нас на Фејсбуку и Instagramу');
    expect(text('#unclosed')).to.equal('Знак -{ без краја');
  });

  describe('source="latn"', () => {
    it('shows Latin content in Cyrillic through toCyrillic, and back exactly', async () => {
      const host = await fixture(
        html`<div>
          <gov-script-toggle target="#latin" source="latn"></gov-script-toggle>
          <div id="latin" lang="sr">
            <p id="p" title="Ljubljana i Njegoš">Injekcija, nadživeti i konjunkcija na Facebook-u, 24 m/s, Petar II</p>
          </div>
        </div>`,
      );
      const toggle = toggleIn(host);
      await toggle.updateComplete;
      expect(option(toggle, 'latn').getAttribute('aria-pressed')).to.equal('true');
      const before = $('#latin').outerHTML;
      await choose(toggle, 'cyrl');
      // The Latin → Cyrillic engine loads on demand; what it converts follows as soon as it is there.
      await waitUntil(() => text('#p') !== 'Injekcija, nadživeti i konjunkcija na Facebook-u, 24 m/s, Petar II');
      expect(text('#p')).to.equal('Инјекција, надживети и конјункција на Facebook-у, 24 m/s, Петар II');
      expect(attribute('#p', 'title')).to.equal('Љубљана и Његош');
      await choose(toggle, 'latn');
      expect($('#latin').outerHTML).to.equal(before);
    });

    it('is the default where the language says sr-Latn', async () => {
      const host = await fixture(
        html`<div>
          <gov-script-toggle target="#latin"></gov-script-toggle>
          <div id="latin" lang="sr-Latn"><p id="p">Dobar dan</p></div>
        </div>`,
      );
      const toggle = toggleIn(host);
      await toggle.updateComplete;
      expect(option(toggle, 'latn').getAttribute('aria-pressed')).to.equal('true');
      await choose(toggle, 'cyrl');
      await waitUntil(() => text('#p') === 'Добар дан', 'not converted to Cyrillic');
      expect(attribute('#latin', 'lang')).to.equal('sr-Cyrl');
    });
  });

  describe('live content', () => {
    let toggle: GovScriptToggle;
    beforeEach(async () => {
      const host = await fixture(
        html`<div>
          <gov-script-toggle target="#live"></gov-script-toggle>
          <div id="live" lang="sr">
            <p id="p" title="Наслов">Први</p>
            <div id="en" lang="en"></div>
            <pre id="pre"></pre>
          </div>
        </div>`,
      );
      toggle = toggleIn(host);
      await choose(toggle, 'latn');
    });

    it('converts content added later before it is painted', async () => {
      const added = document.createElement('section');
      added.innerHTML = '<h3 title="Вест">Нова вест</h3><p>Ђурђевдан у <a href="#" title="Њиш">Нишу</a></p>';
      $('#live').append(added);
      const painted = await new Promise<string>((resolve) => requestAnimationFrame(() => resolve(added.innerHTML)));
      expect(painted).to.equal('<h3 title="Vest">Nova vest</h3><p>Đurđevdan u <a href="#" title="Njiš">Nišu</a></p>');
      $('#en').append('Ђак');
      $('#pre').append('Ђак');
      await nextFrame();
      expect(text('#en')).to.equal('Ђак');
      expect(text('#pre')).to.equal('Ђак');
      await choose(toggle, 'cyrl');
      expect(added.innerHTML).to.equal(
        '<h3 title="Вест">Нова вест</h3><p>Ђурђевдан у <a href="#" title="Њиш">Нишу</a></p>',
      );
    });

    it("takes a page script's change of a converted text or attribute as the new original", async () => {
      ($('#p').firstChild as Text).data = 'Измењено';
      $('#p').title = 'Нови наслов';
      await nextFrame();
      expect(text('#p')).to.equal('Izmenjeno');
      expect(attribute('#p', 'title')).to.equal('Novi naslov');
      await choose(toggle, 'cyrl');
      expect(text('#p')).to.equal('Измењено');
      expect(attribute('#p', 'title')).to.equal('Нови наслов');
    });

    it('follows a change of lang, translate or the opt-out attribute on converted content', async () => {
      const p = $('#p');
      p.lang = 'en';
      await nextFrame();
      expect(text('#p')).to.equal('Први');
      expect(attribute('#p', 'title')).to.equal('Наслов');
      p.lang = 'sr';
      await nextFrame();
      expect(text('#p')).to.equal('Prvi');
      expect(p.lang).to.equal('sr-Latn');
      p.translate = false;
      await nextFrame();
      expect(text('#p')).to.equal('Први');
      p.removeAttribute('translate');
      p.toggleAttribute('data-gov-no-convert', true);
      await nextFrame();
      expect(text('#p')).to.equal('Први');
      p.removeAttribute('data-gov-no-convert');
      p.contentEditable = 'true';
      await nextFrame();
      expect(text('#p')).to.equal('Први');
    });

    it('settles after its own writes: no feedback loop', async () => {
      const records: MutationRecord[] = [];
      const watcher = new MutationObserver((batch) => records.push(...batch));
      watcher.observe($('#live'), { subtree: true, childList: true, characterData: true, attributes: true });
      $('#live').insertAdjacentHTML('beforeend', '<p lang="sr-Cyrl">Још <b title="Ј">један</b></p>');
      await nextFrame();
      const afterFirstFrame = records.length;
      await aTimeout(50);
      await nextFrame();
      watcher.disconnect();
      expect(afterFirstFrame).to.be.greaterThan(0);
      expect(records.length).to.equal(afterFirstFrame);
      expect($('#live').lastElementChild!.textContent).to.equal('Još jedan');
    });
  });

  describe('our widgets', () => {
    it('leave their shadow roots to the widgets, which follow the state themselves', async () => {
      root.lang = 'sr-Cyrl';
      const host = await fixture(
        html`<div>
          <gov-script-toggle target="#page"></gov-script-toggle>
          <div id="page">
            <test-data-element>
              <script type="application/json">
                { "items": ["Љубав", "Чачак"] }
              </script>
              <p id="fallback">Резервни садржај</p>
            </test-data-element>
            <div id="foreign-host"></div>
          </div>
        </div>`,
      );
      const foreign = $('#foreign-host').attachShadow({ mode: 'open' });
      foreign.innerHTML = '<p>Туђи садржај</p>';
      const widget = host.querySelector('test-data-element') as TestDataElement;
      await waitUntil(() => items(widget).length === 2);
      const toggle = toggleIn(host);
      await choose(toggle, 'latn');
      await waitUntil(() => items(widget)[0] === 'Ljubav', 'the widget did not follow the state');
      expect(items(widget)).to.deep.equal(['Ljubav', 'Čačak']);
      expect(text('#fallback')).to.equal('Rezervni sadržaj');
      expect(foreign.textContent).to.equal('Туђи садржај');
      await choose(toggle, 'cyrl');
      await waitUntil(() => items(widget)[0] === 'Љубав', 'the widget did not follow back');
      expect(text('#fallback')).to.equal('Резервни садржај');
    });

    it('include the news feed, the contact card and the photo gallery: data and UI in the chosen script', async () => {
      root.lang = 'sr-Cyrl';
      const host = await fixture(
        html`<div>
          <gov-script-toggle target="#empty"></gov-script-toggle>
          <div id="empty"></div>
          <gov-news-feed src="/demo/data/news.sr-Cyrl.json" limit="3"></gov-news-feed>
          <gov-contact-card src="/demo/data/contact.sr-Cyrl.jsonld"></gov-contact-card>
          <gov-photo-gallery src="/demo/data/photos.sr-Cyrl.json"></gov-photo-gallery>
        </div>`,
      );
      const widgets = [...host.querySelectorAll('gov-contact-card, gov-photo-gallery, gov-news-feed')];
      const shown = () => widgets.map((widget) => widget.shadowRoot!.textContent!.replace(/\s+/g, ' '));
      await waitUntil(() => shown().every((text) => /НАТО|Драгољуб/.test(text)), 'widgets did not load');
      await choose(toggleIn(host), 'latn');
      await waitUntil(() => shown().every((text) => !/[\u0400-\u04ff]/.test(text)), `Cyrillic left: ${shown()}`);
      const card = () => shown()[widgets.findIndex((widget) => widget.localName === 'gov-contact-card')];
      expect(card()).to.contain('Misija Republike Srbije pri NATO');
      await choose(toggleIn(host), 'cyrl');
      await waitUntil(() => card().includes('Мисија Републике Србије при НАТО'), 'the card did not follow back');
    });

    it('switch <html lang> and the script state in one step, so widgets re-render once, consistently', async () => {
      root.lang = 'sr-Cyrl';
      const host = await fixture(
        html`<div>
          <gov-script-toggle target="#empty"></gov-script-toggle>
          <div id="empty"></div>
          <test-data-element
            ><script type="application/json">
              { "items": [] }
            </script></test-data-element
          >
        </div>`,
      );
      const widget = host.querySelector('test-data-element') as TestDataElement;
      await widget.updateComplete;
      const frames: string[] = [];
      new MutationObserver(() => frames.push(widget.shadowRoot!.textContent!.trim())).observe(widget.shadowRoot!, {
        subtree: true,
        childList: true,
        characterData: true,
      });
      const langChanges: string[] = [];
      new MutationObserver((records) => langChanges.push(records.map((r) => r.attributeName).join())).observe(root, {
        attributes: true,
        attributeFilter: ['lang', 'data-gov-script'],
      });
      await choose(toggleIn(host), 'latn');
      await waitUntil(() => frames.length > 0);
      await aTimeout(50);
      expect(langChanges).to.deep.equal(['data-gov-script,lang']);
      expect(root.lang).to.equal('sr-Latn');
      expect(frames).to.deep.equal(['Još nema sadržaja za prikaz.']);
    });
  });

  describe('target', () => {
    it('converts every element the selector matches, and nothing between them', async () => {
      root.lang = 'sr';
      await fixture(
        html`<div>
          <gov-script-toggle target=".convert"></gov-script-toggle>
          <p class="convert" id="one">Један</p>
          <p id="between">Између</p>
          <p class="convert" id="two">Два</p>
        </div>`,
      );
      await choose(document.querySelector('gov-script-toggle')!, 'latn');
      expect([text('#one'), text('#between'), text('#two')]).to.deep.equal(['Jedan', 'Између', 'Dva']);
    });

    it('warns about an invalid selector, converts nothing, and still sets the page-wide state', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const host = await fixture(
          html`<div>
            <gov-script-toggle target="p["></gov-script-toggle>
            <p lang="sr" id="p">Текст</p>
          </div>`,
        );
        const toggle = toggleIn(host);
        await choose(toggle, 'latn');
        expect(warnings.some((warning) => warning.includes('not a valid CSS selector'))).to.equal(true);
        expect(text('#p')).to.equal('Текст');
        expect(root.getAttribute('data-gov-script')).to.equal('latn');
        expect(option(toggle, 'latn').getAttribute('aria-pressed')).to.equal('true');
      } finally {
        restore();
      }
    });

    it('warns when the selector matches nothing', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        await fixture(html`<gov-script-toggle target="#nowhere"></gov-script-toggle>`);
        expect(warnings.some((warning) => warning.includes('matches nothing'))).to.equal(true);
      } finally {
        restore();
      }
    });

    it('waits for the parser to finish the page before converting it', async () => {
      root.setAttribute('data-gov-script', 'latn');
      Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
      let host: HTMLElement;
      try {
        host = await fixture(
          html`<div>
            <gov-script-toggle target="#late"></gov-script-toggle>
            <p id="late" lang="sr">Касније</p>
          </div>`,
        );
        expect(text('#late')).to.equal('Касније');
      } finally {
        delete (document as { readyState?: DocumentReadyState }).readyState;
      }
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(text('#late')).to.equal('Kasnije');
      expect(host.querySelector('gov-script-toggle')).to.exist;
    });

    it('follows a new target', async () => {
      root.lang = 'sr';
      const host = await fixture(
        html`<div>
          <gov-script-toggle target="#a"></gov-script-toggle>
          <p id="a">Први</p>
          <p id="b">Други</p>
        </div>`,
      );
      const toggle = toggleIn(host);
      await choose(toggle, 'latn');
      toggle.target = '#b';
      await toggle.updateComplete;
      expect(text('#b')).to.equal('Drugi');
    });
  });
});
