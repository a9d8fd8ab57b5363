import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/contact-card.js';
import '../src/script-toggle.js';
import { elementArgs } from './support/directives.js';
import { hostile } from './support/hostile.js';

/** Args are named as the element's attributes (and `--gov-*` tokens), as a webmaster writes them. */
type Args = Record<string, unknown>;

/** The links a page puts inside the toggle: what readers without JavaScript use, and what shows until it runs. */
const fallbackLinks = html`<a href="?script=cyrl" lang="sr-Cyrl" hreflang="sr-Cyrl">ћирилица</a> |
  <a href="?script=latn" lang="sr-Latn" hreflang="sr-Latn">latinica</a>`;

/** The toggle with the story's args as its attributes; `target` defaults to the story's region. */
const toggle = (args: Args, target?: string) =>
  html`<gov-script-toggle ${elementArgs({ ...args, target: args.target ?? target })}
    >${fallbackLinks}</gov-script-toggle
  >`;

/** A page header with the toggle, above the region it converts. */
const page = (args: Args, id: string, content: TemplateResult, lang = 'sr-Cyrl') =>
  html`<header class="story-header">${toggle(args, `#${id}`)}</header>
    <article id=${id} lang=${lang} class="story-article">${content}</article>`;

/** A short news item of the kind the seed page carries, with what the toggle must leave alone. */
const cyrillicArticle = html`
  <h2 title="Вест од 23. новембра 2016.">Председник Владе у седишту НАТО</h2>
  <p>
    Председник Владе Републике Србије састао се данас у Бриселу са генералним секретаром НАТО. Разговарано је о
    партнерској сарадњи, регионалној стабилности и политици војне неутралности Србије. Саопштење је објављено на налогу
    <span translate="no">Влада Србије</span> на мрежи -{Фејсбук}-.
  </p>
  <blockquote lang="en">
    <p>“Serbia is a valued partner of the Alliance,” the Secretary General said.</p>
  </blockquote>
  <figure>
    <img src="/data/photos/belgrade-confluence-640.jpg" width="320" alt="Ушће Саве у Дунав, Београд" />
    <figcaption>Ушће Саве у Дунав код Београдске тврђаве.</figcaption>
  </figure>
  <form class="story-form" role="search" @submit=${(event: Event) => event.preventDefault()}>
    <label>Претрага вести <input type="search" name="q" placeholder="Унесите појам, нпр. Брисел" /></label>
    <input type="submit" value="Тражи" />
  </form>
  <p data-gov-no-convert>Овај пасус се никад не пресловљава (атрибут data-gov-no-convert).</p>
`;

const styles = html`<style>
  .story-header {
    display: flex;
    justify-content: flex-end;
    padding: 0.5em 1em;
    border-block-end: 1px solid #c9ccd1;
  }
  .story-article {
    max-inline-size: 40em;
    padding: 0 1em;
    overflow-wrap: anywhere;
  }
  .story-article img {
    max-inline-size: 100%;
    height: auto;
  }
  .story-form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  .story-masthead {
    display: flex;
    justify-content: space-between;
    align-items: center;
    padding: 1em;
    background: #0c2d57;
    color: #fff;
    --gov-focus-color: #ffd166;
    --gov-script-toggle-separator-color: #b9c7da;
  }
  .story-masthead p {
    margin: 0;
    font-weight: 700;
  }
  .story-pills gov-script-toggle::part(option) {
    padding: 0.25em 0.75em;
    border: 1px solid currentColor;
    border-radius: 999px;
    text-decoration: none;
  }
  .story-pills gov-script-toggle::part(active) {
    background: #fff;
    color: #0c2d57;
  }
  .story-pills gov-script-toggle::part(separator) {
    display: none;
  }
</style>`;

const meta: Meta<Args> = {
  title: 'Widgets/Script toggle',
  component: 'gov-script-toggle',
  args: { mode: 'convert' },
  render: (args) => html`${styles}${page(args, 'story-loaded', cyrillicArticle)}`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Loaded: a Serbian Cyrillic article with an English quote, an image, a search form, a brand and a
 * contact card. Each press fires `gov-script-change` and `gov-script-changed` (see Actions).
 */
export const Loaded: Story = {
  render: (args) =>
    html`${styles}${page(
      args,
      'story-loaded',
      html`${cyrillicArticle}
        <h3>Контакт</h3>
        <gov-contact-card src="/data/contact.sr-Cyrl.jsonld" heading-level="4" layout="compact"></gov-contact-card>`,
    )}`,
};

/**
 * Loading: until the script has run (or without JavaScript) the page shows the toggle's own
 * content, the two links; `?script=latn` then asks the server for the Latin page. Shown here in a
 * frame without the script, as a reader sees it before gov-widgets.js arrives.
 */
export const Loading: Story = {
  render: () => {
    const links =
      '<a href="?script=cyrl" lang="sr-Cyrl" hreflang="sr-Cyrl">ћирилица</a> | <a href="?script=latn" lang="sr-Latn" hreflang="sr-Latn">latinica</a>';
    const frame = `<!doctype html><html lang="sr-Cyrl"><title>Пре скрипта</title><style>body { font-family: system-ui, sans-serif }</style><body><header><gov-script-toggle>${links}</gov-script-toggle></header><p>Вест од 23. новембра 2016.</p></body></html>`;
    return html`<iframe class="story-frame" title="The page before gov-widgets.js has run" srcdoc=${frame}></iframe>
      <style>
        .story-frame {
          inline-size: 100%;
          block-size: 8em;
          border: 1px solid #c9ccd1;
        }
      </style>`;
  },
};

/**
 * Empty: the region has nothing in it yet. The toggle still switches every widget on the page, and
 * text a CMS script adds later is converted as it arrives: press "Add a paragraph".
 */
export const Empty: Story = {
  render: (args) =>
    html`${styles}${page(args, 'story-empty', html``)}
      <p>
        <button
          type="button"
          @click=${() =>
            document
              .querySelector('#story-empty')
              ?.insertAdjacentHTML('beforeend', '<p>Додато после: Београд, Нови Сад, Ниш, Љубљана, Џеп.</p>')}
        >
          Add a paragraph
        </button>
      </p>`,
};

/** The form whose unsaved text makes the page refuse a switch (see the Error story). */
const unsavedFormId = 'story-unsaved-form';
let refusing = false;

/**
 * A page may refuse a switch: `gov-script-change` is cancelable. This one refuses while its form
 * holds unsaved text, and says why; the reader clears the text and presses again.
 */
function refuseWhileUnsaved(): void {
  if (refusing) return;
  refusing = true;
  document.addEventListener('gov-script-change', (event) => {
    const form = document.getElementById(unsavedFormId);
    const text = form?.querySelector('textarea');
    const status = form?.querySelector('[role="alert"]');
    if (!text || !status) return;
    if (text.value.trim()) {
      event.preventDefault();
      status.textContent = 'Сачувајте или обришите текст у обрасцу, па поново изаберите писмо.';
    } else status.textContent = '';
  });
}

/**
 * Error with retry: the page refuses the switch (a `gov-script-change` listener calls
 * `preventDefault()`) while its form holds unsaved text; the toggle keeps the current script. Clear
 * the text and press again: the switch goes through.
 */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => {
    refuseWhileUnsaved();
    return html`${styles}${page(
      args,
      'story-error',
      html`<form id=${unsavedFormId} class="story-form" @submit=${(event: Event) => event.preventDefault()}>
        <p>Док образац има несачуван текст, страница не мења писмо.</p>
        <label>Порука <textarea name="poruka">Текст који још није сачуван.</textarea></label>
        <p role="alert"></p>
      </form>`,
    )}`;
  },
};

/**
 * Long and hostile content: a word wider than the page, markup written as text (it stays text),
 * addresses, e-mail and code (left as written), a right-to-left override, capital digraphs
 * (ЉУБЉАНА, ЏЕП) and a brand kept by `-{…}-`.
 */
export const LongAndHostileContent: Story = {
  render: (args) =>
    html`${styles}${page(
      args,
      'story-hostile',
      html`<h2 title=${hostile.longWord}>${hostile.longWord}</h2>
        <p>${hostile.markup} ${hostile.unicode}</p>
        <p>
          ЉУБЉАНА, ЏЕП, Њива и Ђорђе. Адреса ${hostile.longUrl}, пошта info@mfa.example.rs, код
          <code>document.title = 'наслов'</code> и бренд -{Фејсбук}-.
        </p>
        <p>
          <label>Поље <input value=${hostile.markup} /></label>
        </p>`,
    )}`,
};

/** A page written in Latin script: `source="latn"`, and switching to Cyrillic uses toCyrillic. */
export const WrittenInLatin: Story = {
  name: 'source="latn"',
  args: { source: 'latn' },
  render: (args) =>
    html`${styles}${page(
      args,
      'story-latin',
      html`<h2>Injekcija protiv gripa u domovima zdravlja</h2>
        <p>
          Od ponedeljka, 14. oktobra, građani mogu da prime vakcinu protiv gripa u svim domovima zdravlja. Više
          informacija na www.zdravlje.gov.rs i na broj 0800 100 200. Vakcinu je odobrila Agencija za lekove (ALIMS), a
          nabavljeno je 350.000 doza iz programa -{EU4Health}-.
        </p>`,
      'sr-Latn',
    )}`,
};

/** For sites that publish each script at its own address: links with hreflang, the current one marked. */
export const LinkMode: Story = {
  name: 'mode="link"',
  args: { mode: 'link', 'href-cyrl': '#vesti-cirilicom', 'href-latn': '#vesti-latinicom' },
  render: (args) =>
    html`${styles}
      <header class="story-header">${toggle(args)}</header>`,
};

/** In a dark masthead, restyled through parts and custom properties into two pills. */
export const Themed: Story = {
  render: (args) =>
    html`${styles}
      <div class="story-masthead story-pills">
        <p>Министарство спољних послова</p>
        ${toggle(args, '#story-themed')}
      </div>
      <article id="story-themed" lang="sr-Cyrl" class="story-article">
        <p>Конзуларна одељења раде радним данима од 9 до 13 часова.</p>
      </article>`,
};
