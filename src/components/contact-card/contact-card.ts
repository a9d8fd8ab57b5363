import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { GovDataElement } from '../shared/gov-data-element.js';
import { renderHeading } from '../shared/heading.js';
import { dataStyles } from '../shared/data.styles.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { contactCardStyles } from './contact-card.styles.js';
import {
  ContactFormatError,
  mapLink,
  postalCodeFollowsPlace,
  readContacts,
  type ContactAddress,
  type ContactChannels,
  type ContactDocument,
  type ContactPoint,
  type Office,
} from '../../core/contact.js';
import { LoadError, type ParsedDocument } from '../../page/load.js';
import { formatDays, formatIntervals, groupOpeningHours, type OpeningHoursRule } from '../../core/opening-hours.js';
import { isExternal, readableUrl } from '../../core/url.js';
import { isSerbian, sameLanguage } from '../../core/locale.js';
import { hasCyrillicLetters } from '../../page/content-script.js';
import type { GovLoadDetail } from '../../events.js';
import { onDemand } from '../../page/on-demand.js';
import type { saveContact } from './save-contact.js';

export type ContactCardLayout = 'full' | 'compact';

export type { GovVCardDownloadDetail } from '../../events.js';

/** "Save contact" loads the vCard builder, when the button is about to be pressed or is pressed. */
const saver = onDemand('the vCard builder', () => import('./save-contact.js'));

/** Text as shown, and its `lang` where that differs from the page. */
interface Shown {
  text: string;
  lang?: string;
}

/**
 * An office's contact block from schema.org JSON-LD: name, address with a map link, phones as
 * `tel:` links in E.164, fax, e-mail, web site, grouped opening hours, contact points, and a
 * "Save contact" button that downloads a vCard 3.0 file. Several offices (an array or an
 * `@graph`) give one card each.
 *
 * The data comes from an inline child `<script type="application/ld+json">` (recommended: the same
 * block serves search engines) or from `src`. Cyrillic text in the data follows the page's script;
 * Latin text is shown as written. The shadow content carries h-card classes.
 *
 * @tagname gov-contact-card
 * @summary An office's contact details from schema.org JSON-LD, with tap-to-call, map and vCard.
 *
 * @fires gov-load - The data is shown. Detail: `{ count, title }` (offices, the first one's name).
 * @fires gov-error - The data could not be loaded or is not an Organization or Place. Detail: `{ reason, message, status?, url? }`.
 * @fires gov-vcard-download - "Save contact" was pressed, before the download starts. Cancelable: `preventDefault()` stops the download (to send the card another way). Detail: `{ name, fileName, vcard }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart office - One office's card (`<article>`).
 * @csspart name - The office's name (the heading).
 * @csspart alternate-name - Its other name, under the heading.
 * @csspart address - The `<address>` around the details.
 * @csspart details - A list of labelled details (`<dl>`).
 * @csspart label - A detail's label (`<dt>`).
 * @csspart value - A detail's value (`<dd>`).
 * @csspart map-link - "Show on map".
 * @csspart hours - The list of opening hours.
 * @csspart contact-point - A contact point's group (press office, consular section).
 * @csspart contact-point-label - Its name.
 * @csspart save-button - "Save contact".
 * @csspart loading - The placeholder while loading.
 * @csspart error - The error message.
 * @csspart retry-button - "Try again" in the error message.
 * @csspart empty - The message when the data holds no office.
 *
 * @cssprop [--gov-contact-label-width=9em] - Width of the label column.
 * @cssprop [--gov-contact-gap=1em] - Space between the label and value columns and around groups.
 * @cssprop [--gov-contact-name-size=1.25em] - Font size of the name (1.05em in the compact layout).
 * @cssprop [--gov-contact-name-color=inherit] - Colour of the name.
 * @cssprop [--gov-contact-label-weight=600] - Font weight of the labels.
 * @cssprop [--gov-contact-label-color=inherit] - Colour of the labels.
 * @cssprop [--gov-color-link=var(--gov-color-accent)] - Colour of the links.
 * @cssprop [--gov-color-accent=#0c4076] - Accent: links and the button.
 * @cssprop [--gov-color-muted=#4a4f55] - The other name and the compact labels.
 * @cssprop [--gov-color-border=#c9ccd1] - The line between offices.
 * @cssprop [--gov-focus-color=#1d70b8] - The focus ring.
 * @cssprop [--gov-radius=0.25em] - The button's corners.
 */
export class GovContactCard extends GovDataElement<ContactDocument> {
  static override styles = [sharedStyles, dataStyles, contactCardStyles];

  protected static override inlineTypes = ['application/ld+json', 'application/json'];
  /** Latin in contact data (an address written for the post) is shown as written, in either script. */
  protected static override showsMarkedLatinInCyrillic = false;

  // Declared here rather than with decorators, as in GovDataElement: the decorator helpers cost every page bytes.
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    layout: { reflect: true },
  };

  /** The level of each office's name heading, 2 to 6, to fit the page's outline. */
  headingLevel = 2;

  /** `full`: labels beside the values. `compact`: one line per channel, for sidebars and footers. */
  layout: ContactCardLayout = 'full';

  protected interpret(document: ParsedDocument, baseUrl: string): ContactDocument {
    if (document.kind !== 'json') throw new LoadError('format', 'The document is not JSON-LD');
    let contacts: ContactDocument;
    try {
      contacts = readContacts(document.value, baseUrl);
    } catch (error) {
      if (error instanceof ContactFormatError) throw new LoadError('format', error.message, { cause: error });
      throw error;
    }
    if (contacts.problems.length) {
      console.warn(
        `<${this.localName}>: skipped ${contacts.problems.length} value(s) of an unexpected shape: ${contacts.problems.join('; ')}`,
      );
    }
    return contacts;
  }

  protected override isEmpty(model: ContactDocument): boolean {
    return model.offices.length === 0;
  }

  protected override emptyMessage(): string {
    return msg('No contact details are available.', { id: 'contact-card.empty' });
  }

  protected loadDetail(model: ContactDocument): GovLoadDetail {
    return { count: model.offices.length, title: model.offices[0]?.name };
  }

  protected renderContent(model: ContactDocument): TemplateResult {
    return html`${model.offices.map((office, index) => this._renderOffice(office, `office-${index}`))}`;
  }

  private _renderOffice(office: Office, id: string): TemplateResult {
    const name = this._shownName(office);
    const alternate =
      office.name && office.alternateName ? this._shown(office.alternateName, office.language) : undefined;
    return html`<article part="office" class="office h-card" aria-labelledby=${`${id}-name`}>
      ${renderHeading(this.headingLevel, { part: 'name', class: 'name p-name p-org', id: `${id}-name`, lang: name.lang }, name.text)}
      ${
        alternate && this.layout === 'full'
          ? html`<p part="alternate-name" class="alternate-name" lang=${ifDefined(alternate.lang)}>
              ${alternate.text}
            </p>`
          : nothing
      }
      <address part="address">
        <dl part="details">
          ${this._renderPlace(office)} ${this._renderChannels(office)} ${this._renderHours(office.hours)}
        </dl>
        ${office.contactPoints.map((point, index) => this._renderContactPoint(point, office.language, `${id}-point-${index}`))}
      </address>
      <button
        class="button save"
        part="save-button"
        type="button"
        aria-describedby=${`${id}-name`}
        @click=${() => this._save(office)}
        @pointerover=${this._prefetchSaver}
        @focus=${this._prefetchSaver}
      >
        ${msg('Save contact', { id: 'contact-card.save' })}<span class="visually-hidden">
          ${msg('(vCard file)', { id: 'contact-card.vcard' })}</span
        >
      </button>
    </article>`;
  }

  private _renderPlace(office: Office): TemplateResult | typeof nothing {
    const map = mapLink(office);
    if (!office.address && !map) return nothing;
    const label = office.address
      ? msg('Address', { id: 'contact-card.address' })
      : msg('Map', { id: 'contact-card.map' });
    return this._row(label, [
      office.address ? this._renderAddress(office.address, office.language) : nothing,
      map
        ? html`<a part="map-link" class="map-link" href=${map} target="_blank" rel="noopener noreferrer"
            >${msg('Show on map', { id: 'contact-card.show-map' })}<span class="visually-hidden">
              ${msg('(opens in a new tab)', { id: 'contact-card.new-tab' })}</span
            ></a
          >`
        : nothing,
    ]);
  }

  private _renderAddress(address: ContactAddress, language: string | undefined): TemplateResult {
    if (address.text) {
      const text = this._shown(address.text, language);
      return html`<span class="p-adr h-adr"
        ><span class="p-label" lang=${ifDefined(text.lang)}>${text.text}</span></span
      >`;
    }
    const part = (value: string | undefined, className: string) => {
      if (!value) return undefined;
      const shown = this._shown(value, language);
      return html`<span class=${className} lang=${ifDefined(shown.lang)}>${shown.text}</span>`;
    };
    const postalCode = part(address.postalCode, 'p-postal-code');
    const locality = part(address.locality, 'p-locality');
    const region = part(address.region, 'p-region');
    const country = this._countryName(address, language);
    const place = postalCodeFollowsPlace(address.countryCode)
      ? [
          html`${locality}${locality && (region || postalCode) ? ', ' : ''}${region}${region && postalCode ? ' ' : ''}${postalCode}`,
        ]
      : [html`${postalCode}${postalCode && locality ? ' ' : ''}${locality}`, region];
    const lines = [
      address.postOfficeBox
        ? html`<span class="p-post-office-box"
            >${msg(str`P.O. Box ${address.postOfficeBox}`, { id: 'contact-card.po-box' })}</span
          >`
        : undefined,
      part(address.streetAddress, 'p-street-address'),
      ...(postalCode || locality || region ? place : []),
      country ? html`<span class="p-country-name" lang=${ifDefined(country.lang)}>${country.text}</span>` : undefined,
    ].filter((line) => line !== undefined);
    const separator = this.layout === 'compact' ? ', ' : html`<br />`;
    return html`<span class="p-adr h-adr">${lines.map((line, index) => html`${index ? separator : ''}${line}`)}</span>`;
  }

  private _renderChannels(channels: ContactChannels): TemplateResult {
    const web = channels.url;
    return html`${
      channels.telephones.length
        ? this._row(
            msg('Phone', { id: 'contact-card.phone' }),
            channels.telephones.map(({ text, href }) =>
              href ? html`<a class="p-tel" href=${href}>${text}</a>` : html`<span class="p-tel">${text}</span>`,
            ),
          )
        : nothing
    }
    ${
      channels.faxNumbers.length
        ? this._row(
            msg('Fax', { id: 'contact-card.fax' }),
            channels.faxNumbers.map((number) => html`<span class="fax">${number}</span>`),
          )
        : nothing
    }
    ${
      channels.emails.length
        ? this._row(
            msg('E-mail', { id: 'contact-card.email' }),
            channels.emails.map(({ address, href }) => html`<a class="u-email" href=${href}>${address}</a>`),
          )
        : nothing
    }
    ${
      web
        ? this._row(msg('Website', { id: 'contact-card.web' }), [
            html`<a
              class="u-url"
              href=${web}
              rel=${ifDefined(isExternal(web, document.baseURI) ? 'noopener noreferrer' : undefined)}
              >${readableUrl(web)}</a
            >`,
          ])
        : nothing
    }`;
  }

  private _renderHours(rules: readonly OpeningHoursRule[]): TemplateResult | typeof nothing {
    const rows = this._hourRows(rules);
    if (!rows.length) return nothing;
    const lang = this._formattedLang;
    return this._row(msg('Opening hours', { id: 'contact-card.hours' }), [
      html`<ul part="hours" class="hours">
        ${rows.map((row) => html`<li><abbr title=${row.allDays} lang=${ifDefined(lang)}>${row.days}</abbr> ${row.times}</li>`)}
      </ul>`,
    ]);
  }

  /** "Mon–Fri" (with "Monday–Friday" for an expansion) and "09:00–17:00" or "Closed", per group of days. */
  private _hourRows(rules: readonly OpeningHoursRule[]): { days: string; allDays: string; times: string }[] {
    const { formats } = this.page;
    return groupOpeningHours(rules).map((row) => ({
      days: formatDays(row, formats),
      allDays: formatDays(row, formats, 'long'),
      times: row.intervals.length ? formatIntervals(row.intervals) : msg('Closed', { id: 'contact-card.closed' }),
    }));
  }

  private _renderContactPoint(point: ContactPoint, language: string | undefined, id: string): TemplateResult {
    const label = this._contactPointLabel(point, language);
    const spoken = this._languageList(point, language);
    const languages = spoken && html`<span lang=${ifDefined(spoken.lang)}>${spoken.text}</span>`;
    return html`<div part="contact-point" class="point" role="group" aria-labelledby=${`${id}-label`}>
      <p part="contact-point-label" class="point-label" id=${`${id}-label`} lang=${ifDefined(label.lang)}>
        ${label.text}
      </p>
      <dl part="details">
        ${this._renderChannels(point)}
        ${languages ? this._row(msg('Languages', { id: 'contact-card.languages' }), [languages]) : nothing}
        ${this._renderHours(point.hours)}
      </dl>
    </div>`;
  }

  private _row(label: string, values: unknown[]): TemplateResult {
    return html`<div class="row">
      <dt part="label">${label}</dt>
      ${values.filter((value) => value !== nothing).map((value) => html`<dd part="value">${value}</dd>`)}
    </div>`;
  }

  /** Text from the data as shown: Serbian Cyrillic follows the page's script, Latin text never changes. */
  private _shown(text: string, language: string | undefined): Shown {
    // Cyrillic without a declared language is Serbian here: these are Serbian government pages.
    const cyrillic = hasCyrillicLetters(text) && (!language || isSerbian(language));
    const lang = cyrillic ? this.langInScript('sr-Cyrl') : language;
    return {
      text: cyrillic ? this.inScript(text, 'sr-Cyrl') : text,
      lang: lang && !sameLanguage(lang, this.page.lang) ? lang : undefined,
    };
  }

  /** The `lang` of what Intl formats (day, country and language names), where that is not the UI language: Rusyn's Serbian Cyrillic. */
  private get _formattedLang(): string | undefined {
    const { formats, locale } = this.page;
    return formats === locale ? undefined : formats;
  }

  private _shownName(office: Office): Shown {
    const name = office.name ?? office.alternateName;
    return name ? this._shown(name, office.language) : { text: msg('Contact', { id: 'contact-card.contact' }) };
  }

  private _contactPointLabel(point: ContactPoint, language: string | undefined): Shown {
    const written = point.contactType ?? point.name;
    if (!written) return { text: msg('Contact', { id: 'contact-card.contact' }) };
    const shown = this._shown(written, language);
    return {
      ...shown,
      text: shown.text.charAt(0).toLocaleUpperCase(shown.lang ?? this.page.locale) + shown.text.slice(1),
    };
  }

  private _countryName(address: ContactAddress, language: string | undefined): Shown | undefined {
    if (address.countryCode) {
      const name = new Intl.DisplayNames(this.page.formats, { type: 'region', fallback: 'none' }).of(
        address.countryCode,
      );
      if (name) return { text: name, lang: this._formattedLang };
    }
    return address.country ? this._shown(address.country, language) : undefined;
  }

  /** "Serbian, English and French" in the page's formatting locale (its `lang` when all are names Intl gave). */
  private _languageList(point: ContactPoint, language: string | undefined): Shown | undefined {
    if (!point.languages.length) return undefined;
    const locale = this.page.formats;
    const names = new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' });
    const list = point.languages.map((spoken) =>
      'tag' in spoken ? (names.of(spoken.tag) ?? spoken.tag) : this._shown(spoken.name, language).text,
    );
    return {
      text: new Intl.ListFormat(locale, { type: 'conjunction' }).format(list),
      lang: point.languages.every((spoken) => 'tag' in spoken) ? this._formattedLang : undefined,
    };
  }

  private readonly _prefetchSaver = () => void saver().catch(() => undefined);

  /** Saves the card as it is shown (in the page's script and language): at once when the builder is there. */
  private _save(office: Office): void {
    if (saver.loaded) return this._saveWith(saver.loaded.saveContact, office);
    saver().then(
      ({ saveContact }) => this._saveWith(saveContact, office),
      (error: unknown) =>
        this.documents.report(new LoadError('network', 'The vCard builder did not load', { cause: error }), true),
    );
  }

  private _saveWith(save: typeof saveContact, office: Office): void {
    const hours = this._hourRows(office.hours).map(({ days, times }) => `${days} ${times}`);
    const { address, language } = office;
    save(this, this.renderRoot, office, {
      name: this._shownName(office).text,
      text: (value) => (value ? this._shown(value, language).text : undefined),
      country: address && this._countryName(address, language)?.text,
      note: hours.length ? [`${msg('Opening hours', { id: 'contact-card.hours' })}: ${hours.join(', ')}`] : undefined,
    });
  }
}
