// The page converter against what pages do to it (issue 22, second hardening round): forms, text a page script
// re-creates while Latin is shown, a page script that writes text back, literal and edited text, addresses.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/script-toggle.js';
import type { GovScriptToggle } from '../../src/script-toggle.js';
import { loadConverter } from '../../src/page/content-script.js';
import { captureWarnings, choose, nextFrame, resetPage, root } from './helpers.js';

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const text = (selector: string) => $(selector).textContent!;

/** A toggle over `#region`, with `content` in it. */
async function toggleOver(content: ReturnType<typeof html>, lang = 'sr-Cyrl') {
  const host = await fixture<HTMLDivElement>(
    html`<div>
      <gov-script-toggle target="#region"></gov-script-toggle>
      <div id="region" lang=${lang}>${content}</div>
    </div>`,
  );
  const toggle = host.querySelector('gov-script-toggle') as GovScriptToggle;
  await toggle.updateComplete;
  return { host, toggle, region: host.querySelector<HTMLElement>('#region')! };
}

/** The entries a form submits with `submitter`, as [name, value] pairs. */
const formData = (form: HTMLFormElement, submitter: Element) =>
  [...new FormData(form, submitter as HTMLElement)].map(([name, value]) => [name, String(value)]);

describe('<gov-script-toggle> under hostile and busy pages', () => {
  before(() => Promise.all([loadConverter('latn'), loadConverter('cyrl')]));
  afterEach(resetPage);

  describe('forms submit the same bytes in both scripts', () => {
    let toggle: GovScriptToggle;
    let region: HTMLElement;
    let form: HTMLFormElement;

    beforeEach(async () => {
      ({ toggle, region } = await toggleOver(html`
        <form id="form" action="about:blank">
          <select id="city" name="city">
            <option>Београд</option>
            <option selected>Ниш</option>
          </select>
          <select id="grouped" name="grouped">
            <optgroup id="group" label="Градови">
              <option selected>Нови Сад</option>
              <option value="kg">Крагујевац</option>
            </optgroup>
          </select>
          <select id="many" name="many" multiple>
            <option selected>Чачак и Ужице</option>
            <option selected>Шабац -{ABC}- Ваљево</option>
            <option selected label="Пожаревац">Смедерево</option>
          </select>
          <input id="typed" name="typed" value="Унос" />
          <input list="places" name="place" value="" />
          <datalist id="places"><option id="suggestion">Суботица</option></datalist>
          <input id="send" type="submit" name="action" value="Пошаљи" />
          <input id="save" type="submit" value="Сачувај" />
          <input id="clear" type="reset" value="Поништи" />
          <button id="button" name="button" value="дугме">Дугме</button>
        </form>
        <dialog open>
          <form id="ask" method="dialog"><input id="yes" type="submit" value="Да" /></form>
        </dialog>
      `));
      form = $<HTMLFormElement>('#form');
    });

    it('shows options, groups and button labels converted while the submitted values stay as written', async () => {
      const before = { data: formData(form, $('#send')), button: formData(form, $('#button')), html: region.innerHTML };
      await choose(toggle, 'latn');
      expect(formData(form, $('#send'))).to.deep.equal(before.data);
      expect(formData(form, $('#button'))).to.deep.equal(before.button);
      expect(text('#city')).to.contain('Beograd').and.contain('Niš');
      expect($('#group').getAttribute('label')).to.equal('Gradovi');
      expect($<HTMLOptionElement>('#many option[label]').label).to.equal('Požarevac');
      expect([$<HTMLInputElement>('#save').value, $<HTMLInputElement>('#clear').value]).to.deep.equal([
        'Sačuvaj',
        'Poništi',
      ]);
      expect(text('#button')).to.equal('Dugme');
      expect($<HTMLSelectElement>('#city').value).to.equal('Ниш');
      expect($<HTMLOptionElement>('#suggestion').value).to.equal('Суботица');
      expect($<HTMLInputElement>('#send').value).to.equal('Пошаљи');
      await choose(toggle, 'cyrl');
      expect(region.innerHTML).to.equal(before.html);
    });

    it('returns the same value from a dialog form', async () => {
      await choose(toggle, 'latn');
      const dialog = $<HTMLDialogElement>('dialog');
      $<HTMLFormElement>('#ask').requestSubmit($<HTMLInputElement>('#yes'));
      expect(dialog.returnValue).to.equal('Да');
    });

    it('follows options the page adds or changes while Latin is shown', async () => {
      await choose(toggle, 'latn');
      const select = $<HTMLSelectElement>('#city');
      const added = new Option('Зрењанин');
      select.append(added);
      added.selected = true;
      await nextFrame();
      expect(added.text).to.equal('Zrenjanin');
      expect(select.value).to.equal('Зрењанин');
      added.text = 'Панчево';
      await nextFrame();
      expect(added.text).to.equal('Pančevo');
      expect(select.value).to.equal('Панчево');
      added.setAttribute('value', 'pa');
      await nextFrame();
      expect(select.value).to.equal('pa');
      await choose(toggle, 'cyrl');
      expect(added.outerHTML).to.equal('<option value="pa">Панчево</option>');
    });

    it('converts a submit button value again when its name is taken away, and stops when it gets one', async () => {
      await choose(toggle, 'latn');
      const send = $<HTMLInputElement>('#send');
      send.removeAttribute('name');
      await nextFrame();
      expect(send.value).to.equal('Pošalji');
      send.name = 'action';
      await nextFrame();
      expect(send.value).to.equal('Пошаљи');
    });
  });

  describe('switching back covers text the page re-created while Latin was shown', () => {
    it('innerHTML +=, a counter, a carousel clone and document.title +=, losslessly where the page copied', async () => {
      root.lang = 'sr-Cyrl';
      const title = document.title;
      document.title = 'Вести';
      try {
        await fixture(
          html`<div>
            <gov-script-toggle></gov-script-toggle>
            <p id="list">Прва вест <b title="Наслов">НЈ или Њ</b></p>
            <p id="counter">Посетилаца: 5</p>
            <ul id="carousel">
              <li>Слајд НЈ или Њ</li>
            </ul>
            <p id="follower">Поздрав</p>
          </div>`,
        );
        const toggle = document.querySelector('gov-script-toggle')!;
        await choose(toggle, 'latn');
        expect(text('#list')).to.equal('Prva vest NJ ili Nj');
        // A page script copying what it reads, as pages do:
        $('#list').innerHTML += ' <i>нова</i>';
        $('#counter').textContent = $('#counter').textContent!.replace('5', '6');
        $('#carousel').append($('#carousel li').cloneNode(true));
        document.title += ' – нова порука';
        // ...and one that writes in the script shown (it follows data-gov-script).
        $('#follower').textContent = 'Pozdrav, Đorđe';
        await nextFrame();
        expect(text('#list')).to.equal('Prva vest NJ ili Nj nova');
        expect(document.title).to.equal('Vesti – nova poruka');

        await choose(toggle, 'cyrl');
        // What the page copied comes back from the originals, the rest through the Latin → Cyrillic converter.
        await waitUntil(() => text('#follower') === 'Поздрав, Ђорђе', `not converted back: ${text('#follower')}`);
        expect(text('#list')).to.equal('Прва вест НЈ или Њ нова');
        expect($('#list b').title).to.equal('Наслов');
        expect(text('#counter')).to.equal('Посетилаца: 6');
        expect([...document.querySelectorAll('#carousel li')].map((li) => li.textContent)).to.deep.equal([
          'Слајд НЈ или Њ',
          'Слајд НЈ или Њ',
        ]);
        expect(document.title).to.equal('Вести – нова порука');

        // And again both ways, from the same originals.
        await choose(toggle, 'latn');
        expect(text('#counter')).to.equal('Posetilaca: 6');
        expect(text('#follower')).to.equal('Pozdrav, Đorđe');
        await choose(toggle, 'cyrl');
        expect(text('#follower')).to.equal('Поздрав, Ђорђе');
        expect(text('#list')).to.equal('Прва вест НЈ или Њ нова');
      } finally {
        document.title = title;
      }
    });

    it('keeps addresses and Latin brands the page writes in Cyrillic content as written', async () => {
      const { toggle } = await toggleOver(html`<p id="p">Текст</p>`);
      await choose(toggle, 'latn');
      $('#p').textContent = 'Pišite na kabinet@mfa.gov.rs, www.srbija.gov.rs, Facebook';
      await nextFrame();
      await choose(toggle, 'cyrl');
      await waitUntil(() => text('#p').startsWith('Пишите'));
      expect(text('#p')).to.equal('Пишите на kabinet@mfa.gov.rs, www.srbija.gov.rs, Facebook');
    });
  });

  it('stops converting text a page script writes back on every change, warns once, and the tab goes on', async () => {
    const { toggle } = await toggleOver(html`
      <p id="text">Прво</p>
      <p id="title" title="Наслов">Друго</p>
      <p id="replaced">Треће</p>
      <p id="other">Четврто</p>
    `);
    const textNode = $('#text').firstChild as Text;
    let rounds = 0;
    // The page's own observer puts its text back whenever it changes (a write-back loop with the toggle's).
    const pageObserver = new MutationObserver(() => {
      // Without a guard the two observers never stop: give up after many rounds so that the test fails, not hangs.
      if (++rounds > 2000) pageObserver.disconnect();
      if (textNode.data !== 'Прво') textNode.data = 'Прво';
      if ($('#title').title !== 'Наслов') $('#title').title = 'Наслов';
      if (text('#replaced') !== 'Треће') $('#replaced').textContent = 'Треће';
    });
    pageObserver.observe($('#region'), { subtree: true, characterData: true, childList: true, attributes: true });
    const { warnings, restore } = captureWarnings();
    try {
      await choose(toggle, 'latn');
      await aTimeout(20);
      expect(rounds).to.be.below(100);
      expect(warnings.filter((warning) => warning.includes('writes back'))).to.have.length(1);
      expect([text('#text'), $('#title').title, text('#replaced')]).to.deep.equal(['Прво', 'Наслов', 'Треће']);
      expect(text('#other')).to.equal('Četvrto');
      // The region goes on following the page: new text converts, and switching works both ways.
      $('#other').append(' и пето');
      await nextFrame();
      expect(text('#other')).to.equal('Četvrto i peto');
      const settled = rounds;
      await choose(toggle, 'cyrl');
      await choose(toggle, 'latn');
      await aTimeout(20);
      expect(rounds - settled).to.be.below(20);
      expect(text('#other')).to.equal('Četvrto i peto');
      expect(warnings.filter((warning) => warning.includes('writes back'))).to.have.length(1);
    } finally {
      pageObserver.disconnect();
      restore();
    }
  });

  describe('literal and edited text', () => {
    it('skips the content of tt, xmp, listing and plaintext, but converts their labels', async () => {
      const { toggle, region } = await toggleOver(html`<p id="plain">Ћирилица</p>`);
      for (const tag of ['tt', 'xmp', 'listing', 'plaintext']) {
        const element = document.createElement(tag);
        element.id = tag;
        element.title = 'Наслов';
        element.textContent = 'Ћирилица';
        region.append(element);
      }
      await choose(toggle, 'latn');
      expect(text('#plain')).to.equal('Ćirilica');
      for (const tag of ['tt', 'xmp', 'listing', 'plaintext']) {
        expect(text(`#${tag}`), tag).to.equal('Ћирилица');
        expect($(`#${tag}`).title, tag).to.equal('Naslov');
      }
    });

    it('leaves a page in designMode as it is, and never undoes what was typed there', async () => {
      const { toggle } = await toggleOver(
        html`<p id="edited">Ћирилица</p>
          <p id="untouched">Друго</p>`,
      );
      try {
        // Editing starts while Latin is shown:
        await choose(toggle, 'latn');
        document.designMode = 'on';
        ($('#edited').firstChild as Text).data = 'Ćirilica, uređeno';
        await nextFrame();
        expect(text('#edited')).to.equal('Ćirilica, uređeno');
        await choose(toggle, 'cyrl');
        expect(text('#edited')).to.equal('Ćirilica, uređeno');
        expect(text('#untouched')).to.equal('Drugo');
        // ...and text typed while designMode is on is not converted either.
        $('#untouched').append(' откуцано');
        await choose(toggle, 'latn');
        await nextFrame();
        expect(text('#untouched')).to.equal('Drugo откуцано');
      } finally {
        document.designMode = 'off';
      }
    });

    it('never converts e-mail addresses, host names, schemes and paths on the page', async () => {
      const { toggle } = await toggleOver(
        html`<p id="addresses" title="Пишите на инфо@мфа.гов.рс">
          Пишите на инфо@мфа.гов.рс или <a href="mailto:инфо@мфа.гов.рс">mailto:инфо@мфа.гов.рс</a>, сајт
          www.пример.срб, датотека /етц/лозинке
        </p>`,
      );
      await choose(toggle, 'latn');
      expect(text('#addresses').replace(/\s+/g, ' ').trim()).to.equal(
        'Pišite na инфо@мфа.гов.рс ili mailto:инфо@мфа.гов.рс, sajt www.пример.срб, datoteka /етц/лозинке',
      );
      expect($('#addresses').title).to.equal('Pišite na инфо@мфа.гов.рс');
    });
  });
});
