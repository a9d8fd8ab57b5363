import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/contact-card.js';
import type { ScriptToggleMode } from '../src/script-toggle.js';
import '../src/script-toggle.js';

interface Args {
  mode: ScriptToggleMode;
  source?: 'cyrl' | 'latn';
  'href-cyrl'?: string;
  'href-latn'?: string;
}

const toggle = (args: Args, target?: string) =>
  html`<gov-script-toggle
    mode=${args.mode}
    target=${ifDefined(target)}
    source=${ifDefined(args.source)}
    href-cyrl=${ifDefined(args['href-cyrl'])}
    href-latn=${ifDefined(args['href-latn'])}
  >
    <a href="?script=cyrl" lang="sr-Cyrl" hreflang="sr-Cyrl">ћирилица</a> |
    <a href="?script=latn" lang="sr-Latn" hreflang="sr-Latn">latinica</a>
  </gov-script-toggle>`;

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
  globals: { locale: 'sr-Cyrl' },
  args: { mode: 'convert' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['convert', 'link'] },
    source: { control: 'inline-radio', options: [undefined, 'cyrl', 'latn'] },
    'href-cyrl': { control: 'text', if: { arg: 'mode', eq: 'link' } },
    'href-latn': { control: 'text', if: { arg: 'mode', eq: 'link' } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The seed\'s "ћирилица | latinica". It switches its `target` (here the article) and every gov-widgets element between the scripts, keeps every original, and converts content added later. English, `translate="no"`, `data-gov-no-convert` and `-{…}-` are left as written. See docs/script-toggle.md.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A Serbian Cyrillic article with an English quote, an image, a search form, a brand and a contact card. */
export const Default: Story = {
  render: (args) =>
    html`${styles}${page(
      args,
      'story-default',
      html`${cyrillicArticle}
        <h3>Контакт</h3>
        <gov-contact-card src="/data/contact.sr-Cyrl.jsonld" heading-level="4" layout="compact"></gov-contact-card>`,
    )}`,
};

/** A page written in Latin script: `source="latn"`, and switching to Cyrillic uses toCyrillic. */
export const WrittenInLatin: Story = {
  name: 'source="latn"',
  globals: { locale: 'sr-Latn' },
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
