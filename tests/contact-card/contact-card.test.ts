import { aTimeout, expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/contact-card.js';
import type { GovContactCard } from '../../src/contact-card.js';
import { localeReady } from '../../src/localization.js';
import type { GovErrorEvent, GovLoadEvent } from '../../src/events.js';

type Json = Record<string, unknown>;

/** The seed's mission, as the demo's inline JSON-LD has it (English). */
const mission = {
  '@context': 'https://schema.org',
  '@type': 'GovernmentOffice',
  name: 'Mission of the Republic of Serbia to NATO',
  alternateName: 'Serbian Mission to NATO',
  url: 'https://nato.mfa.gov.rs/',
  address: {
    '@type': 'PostalAddress',
    streetAddress: 'Manfred Worner Building, NATO HQ, Boulevard Léopold III',
    postalCode: '1110',
    addressLocality: 'Brussels',
    addressCountry: 'BE',
  },
  geo: { '@type': 'GeoCoordinates', latitude: 50.8787, longitude: 4.4233 },
  telephone: '+32 2 707 79 81',
  faxNumber: '+32 2 707 79 89',
  email: 'serbia.nato@mfa.rs',
  openingHoursSpecification: [
    {
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
      opens: '09:00',
      closes: '17:00',
    },
  ],
  contactPoint: [
    {
      '@type': 'ContactPoint',
      contactType: 'press',
      telephone: '+32 2 707 79 83',
      email: 'press.nato@mfa.rs',
      availableLanguage: ['sr', 'en', 'fr'],
    },
    {
      '@type': 'ContactPoint',
      contactType: 'consular information',
      telephone: '+32 2 707 79 85',
      email: 'consular.nato@mfa.rs',
      availableLanguage: ['sr', 'en'],
    },
  ],
};

const cyrillicMission = {
  ...mission,
  name: 'Мисија Републике Србије при НАТО',
  alternateName: 'Мисија Србије при НАТО',
  address: {
    '@type': 'PostalAddress',
    streetAddress: 'Зграда „Манфред Вернер“, седиште НАТО, Булевар Леополда III',
    postalCode: '1110',
    addressLocality: 'Брисел',
    addressCountry: 'Белгија',
  },
  contactPoint: [
    {
      '@type': 'ContactPoint',
      contactType: 'служба за односе с јавношћу',
      telephone: '+32 2 707 79 83',
      availableLanguage: 'sr',
    },
  ],
};

const office = (fields: Json = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'GovernmentOffice',
  name: 'Office',
  ...fields,
});

/** A card with inline data, created by DOM (Lit cannot bind inside a <script>), after its data is shown. */
async function card(
  data: unknown,
  attributes: Record<string, string> = {},
  type = 'application/ld+json',
): Promise<GovContactCard> {
  const element = document.createElement('gov-contact-card');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = type;
  script.textContent = typeof data === 'string' ? data : JSON.stringify(data);
  element.append(script);
  const el = await fixture<GovContactCard>(element);
  await el.updateComplete;
  return el;
}

async function setPage(lang: string, script?: 'cyrl' | 'latn'): Promise<void> {
  const root = document.documentElement;
  root.lang = lang;
  if (script) root.setAttribute('data-gov-script', script);
  else root.removeAttribute('data-gov-script');
  await aTimeout(0);
  await localeReady();
  await aTimeout(0);
}

const root = (el: GovContactCard) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: GovContactCard, selector: string) =>
  root(el).querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: GovContactCard, selector: string) => [
  ...root(el).querySelectorAll<E>(selector),
];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const texts = (el: GovContactCard, selector: string) => $$(el, selector).map(text);
/** The label → values pairs of a <dl>. */
const details = (dl: Element) =>
  Object.fromEntries(
    [...dl.querySelectorAll(':scope > .row')].map((row) => [
      text(row.querySelector('dt')),
      [...row.querySelectorAll('dd')].map(text),
    ]),
  );

/** Captures the temporary download link the button clicks, without letting the browser download. */
function captureDownloads(el: GovContactCard): { links: HTMLAnchorElement[]; stop: () => void } {
  const links: HTMLAnchorElement[] = [];
  const listener = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
      links.push(target);
      event.preventDefault();
    }
  };
  el.addEventListener('click', listener, { capture: true });
  return { links, stop: () => el.removeEventListener('click', listener, { capture: true }) };
}

/** Presses the button and reads the file it downloads back from the blob URL (the first press loads the vCard builder). */
async function download(el: GovContactCard, button: HTMLButtonElement) {
  const capture = captureDownloads(el);
  button.click();
  await waitUntil(() => capture.links.length, 'nothing was downloaded');
  capture.stop();
  expect(capture.links).to.have.length(1);
  const [link] = capture.links;
  const response = await fetch(link.href);
  return {
    link,
    type: response.headers.get('content-type'),
    text: await response.text(),
    bytes: new Uint8Array(await (await fetch(link.href)).arrayBuffer()),
  };
}

const unfold = (vcard: string) => vcard.replace(/\r\n[ \t]/g, '');

describe('<gov-contact-card>', () => {
  let warnings: unknown[][];
  let warn: typeof console.warn;

  beforeEach(async () => {
    await setPage('en');
    warnings = [];
    warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });

  afterEach(async () => {
    console.warn = warn;
    await setPage('en');
  });

  describe('the seed mission in English', () => {
    it('shows the name as a level-2 heading, the other name under it, and an <address>', async () => {
      const el = await card(mission);
      const heading = $(el, 'h2')!;
      expect(text(heading)).to.equal('Mission of the Republic of Serbia to NATO');
      expect(heading.classList.contains('p-name')).to.equal(true);
      expect(text($(el, '.alternate-name'))).to.equal('Serbian Mission to NATO');
      expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect($(el, 'article address dl')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('labels every part', async () => {
      const el = await card(mission);
      const main = details($(el, 'address > dl')!);
      expect(Object.keys(main)).to.deep.equal(['Address', 'Phone', 'Fax', 'E-mail', 'Website', 'Opening hours']);
      expect(main.Address[0]).to.equal('Manfred Worner Building, NATO HQ, Boulevard Léopold III1110 BrusselsBelgium');
      expect(main.Phone).to.deep.equal(['+32 2 707 79 81']);
      expect(main.Fax).to.deep.equal(['+32 2 707 79 89']);
      expect(main['E-mail']).to.deep.equal(['serbia.nato@mfa.rs']);
      expect(main.Website).to.deep.equal(['nato.mfa.gov.rs']);
      expect(main['Opening hours']).to.deep.equal(['Mon–Fri 09:00–17:00']);
    });

    it('writes the address in lines with h-card classes', async () => {
      const el = await card(mission);
      const adr = $(el, '.p-adr.h-adr')!;
      expect(text(adr.querySelector('.p-street-address'))).to.equal(
        'Manfred Worner Building, NATO HQ, Boulevard Léopold III',
      );
      expect(text(adr.querySelector('.p-postal-code'))).to.equal('1110');
      expect(text(adr.querySelector('.p-locality'))).to.equal('Brussels');
      expect(text(adr.querySelector('.p-country-name'))).to.equal('Belgium');
      expect(adr.querySelectorAll('br')).to.have.length(2);
      expect($(el, 'article')!.classList.contains('h-card')).to.equal(true);
    });

    it('links the phone in E.164 with the text as written, and never links the fax', async () => {
      const el = await card(mission);
      const phone = $<HTMLAnchorElement>(el, 'a.p-tel')!;
      expect(phone.getAttribute('href')).to.equal('tel:+3227077981');
      expect(text(phone)).to.equal('+32 2 707 79 81');
      const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'));
      expect(hrefs).not.to.include('tel:+3227077989');
      expect(hrefs.filter((href) => href?.startsWith('tel:'))).to.deep.equal([
        'tel:+3227077981',
        'tel:+3227077983',
        'tel:+3227077985',
      ]);
      expect($(el, '.fax')!.closest('a')).to.equal(null);
    });

    it('links the e-mail with mailto: and the web site as an external link', async () => {
      const el = await card(mission);
      expect($(el, 'a.u-email')!.getAttribute('href')).to.equal('mailto:serbia.nato@mfa.rs');
      const web = $<HTMLAnchorElement>(el, 'a.u-url')!;
      expect(web.getAttribute('href')).to.equal('https://nato.mfa.gov.rs/');
      expect(web.rel).to.equal('noopener noreferrer');
    });

    it('links OpenStreetMap at the coordinates, in a new tab, and says so', async () => {
      const el = await card(mission);
      const map = $<HTMLAnchorElement>(el, '[part="map-link"]')!;
      expect(map.getAttribute('href')).to.equal(
        'https://www.openstreetmap.org/?mlat=50.8787&mlon=4.4233#map=17/50.8787/4.4233',
      );
      expect(map.target).to.equal('_blank');
      expect(map.rel).to.equal('noopener noreferrer');
      expect(text(map)).to.equal('Show on map (opens in a new tab)');
      expect(text(map.querySelector('.visually-hidden'))).to.equal('(opens in a new tab)');
    });

    it('shows each contact point as its own labelled group', async () => {
      const el = await card(mission);
      const groups = $$(el, '[part="contact-point"]');
      expect(groups).to.have.length(2);
      expect(groups.map((group) => group.getAttribute('role'))).to.deep.equal(['group', 'group']);
      expect(
        groups.map((group) => text(root(el).getElementById(group.getAttribute('aria-labelledby')!))),
      ).to.deep.equal(['Press', 'Consular information']);
      expect(details(groups[0].querySelector('dl')!)).to.deep.equal({
        Phone: ['+32 2 707 79 83'],
        'E-mail': ['press.nato@mfa.rs'],
        Languages: ['Serbian, English, and French'],
      });
      expect(groups[1].querySelector('a.p-tel')!.getAttribute('href')).to.equal('tel:+3227077985');
    });

    it('fires gov-load with the number of offices and the first name', async () => {
      const element = document.createElement('gov-contact-card');
      element.src = '/demo/data/contact.jsonld';
      const loaded = oneEvent(element, 'gov-load') as Promise<GovLoadEvent>;
      await fixture(element);
      const { detail } = await loaded;
      expect(detail).to.deep.equal({ count: 1, title: 'Mission of the Republic of Serbia to NATO' });
      expect(text(element.shadowRoot!.querySelector('h2'))).to.equal('Mission of the Republic of Serbia to NATO');
    });
  });

  describe('locales and scripts', () => {
    it('speaks Serbian Cyrillic: labels, country, languages and opening hours', async () => {
      await setPage('sr-Cyrl');
      const el = await card(mission);
      const main = details($(el, 'address > dl')!);
      expect(Object.keys(main)).to.deep.equal(['Адреса', 'Телефон', 'Факс', 'Е-пошта', 'Веб-сајт', 'Радно време']);
      expect(main['Радно време']).to.deep.equal(['пон–пет 09:00–17:00']);
      expect(text($(el, '.p-country-name'))).to.equal('Белгија');
      expect(text($(el, '[part="map-link"]'))).to.equal('Прикажи на мапи (отвара се у новој картици)');
      expect(details($(el, '[part="contact-point"] dl')!)['Језици']).to.deep.equal(['српски, енглески и француски']);
      expect(text($(el, '[part="save-button"]'))).to.equal('Сачувај контакт (vCard датотека)');
      expect($(el, 'abbr')!.title).to.equal('понедељак–петак');
      await expect(el).to.be.accessible();
    });

    it('speaks Serbian Latin and shows Cyrillic data in Latin', async () => {
      await setPage('sr-Latn');
      const el = await card(cyrillicMission);
      expect(text($(el, 'h2'))).to.equal('Misija Republike Srbije pri NATO');
      expect(text($(el, '.alternate-name'))).to.equal('Misija Srbije pri NATO');
      const main = details($(el, 'address > dl')!);
      expect(Object.keys(main)).to.deep.equal(['Adresa', 'Telefon', 'Faks', 'E-pošta', 'Veb-sajt', 'Radno vreme']);
      expect(main['Radno vreme']).to.deep.equal(['pon–pet 09:00–17:00']);
      expect(text($(el, '.p-street-address'))).to.equal('Zgrada „Manfred Verner“, sedište NATO, Bulevar Leopolda III');
      expect(text($(el, '.p-locality'))).to.equal('Brisel');
      expect(text($(el, '.p-country-name'))).to.equal('Belgija');
      expect(text($(el, '.point-label'))).to.equal('Služba za odnose s javnošću');
      // Converted text is in the page's own language and script: no lang needed.
      expect($(el, 'h2')!.hasAttribute('lang')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('follows the script toggle: Cyrillic data in Latin, tagged sr-Latn, and back', async () => {
      await setPage('sr-Cyrl');
      const el = await card(cyrillicMission);
      expect(text($(el, 'h2'))).to.equal('Мисија Републике Србије при НАТО');
      await setPage('sr-Cyrl', 'latn');
      await waitUntil(() => text($(el, 'h2')) === 'Misija Republike Srbije pri NATO', 'not shown in Latin');
      expect($(el, 'h2')!.getAttribute('lang')).to.equal('sr-Latn');
      expect(text($(el, 'dt'))).to.equal('Adresa');
      expect(text($(el, '.p-street-address'))).to.equal('Zgrada „Manfred Verner“, sedište NATO, Bulevar Leopolda III');
      await expect(el).to.be.accessible();
      await setPage('sr-Cyrl', 'cyrl');
      await waitUntil(() => text($(el, 'h2')) === 'Мисија Републике Србије при НАТО', 'not back in Cyrillic');
    });

    it('never converts Latin text in the data, in either script', async () => {
      const latin = office({
        name: 'Misija Republike Srbije pri NATO',
        inLanguage: 'sr-Latn',
        address: { streetAddress: 'Boulevard Léopold III', addressLocality: 'Bruxelles' },
      });
      await setPage('sr-Cyrl');
      const el = await card(latin);
      expect(text($(el, 'h2'))).to.equal('Misija Republike Srbije pri NATO');
      expect(text($(el, '.p-street-address'))).to.equal('Boulevard Léopold III');
      expect($(el, 'h2')!.getAttribute('lang')).to.equal('sr-Latn');
      await setPage('sr-Latn', 'latn');
      await el.updateComplete;
      expect(text($(el, '.p-street-address'))).to.equal('Boulevard Léopold III');
    });

    it('marks data in another language than the page with lang', async () => {
      await setPage('sr-Cyrl');
      const el = await card(
        office({ name: 'Embassy of Serbia', inLanguage: 'en', address: { addressLocality: 'London' } }),
      );
      expect($(el, 'h2')!.getAttribute('lang')).to.equal('en');
      expect($(el, '.p-locality')!.getAttribute('lang')).to.equal('en');
      const english = await card(office({ name: 'Мисија', address: { addressLocality: 'Брисел' } }));
      await setPage('en');
      await english.updateComplete;
      expect($(english, 'h2')!.getAttribute('lang')).to.equal('sr-Cyrl');
      expect(text($(english, 'h2'))).to.equal('Мисија');
    });
  });

  describe('shapes of data', () => {
    it('renders each office of an array, each with its own heading and button', async () => {
      const el = await card([
        office({ name: 'Embassy in Brussels' }),
        { '@type': 'Embassy', name: 'Embassy in Vienna', telephone: '+43 1 713 25 95' },
      ]);
      expect(texts(el, 'h2')).to.deep.equal(['Embassy in Brussels', 'Embassy in Vienna']);
      expect($$(el, '[part="save-button"]')).to.have.length(2);
      const ids = $$(el, '[id]').map((node) => node.id);
      expect(new Set(ids).size).to.equal(ids.length);
      await expect(el).to.be.accessible();
    });

    it('renders the offices of an @graph and ignores its other nodes', async () => {
      const el = await card({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'mfa.gov.rs' },
          { '@type': 'GovernmentOrganization', name: 'Ministry of Foreign Affairs', address: { '@id': '#hq' } },
          { '@id': '#hq', '@type': 'PostalAddress', streetAddress: 'Kneza Miloša 24', addressLocality: 'Belgrade' },
        ],
      });
      expect(texts(el, 'h2')).to.deep.equal(['Ministry of Foreign Affairs']);
      expect(text($(el, '.p-street-address'))).to.equal('Kneza Miloša 24');
    });

    it('shows a plain-string address as written and searches the map for it', async () => {
      const el = await card(office({ address: 'Kneza Miloša 24\n11000 Beograd' }));
      expect($(el, '.p-adr .p-label')!.textContent).to.equal('Kneza Miloša 24\n11000 Beograd');
      expect($(el, '[part="map-link"]')!.getAttribute('href')).to.equal(
        `https://www.openstreetmap.org/search?query=${encodeURIComponent('Kneza Miloša 24, 11000 Beograd')}`,
      );
    });

    it('shows several phones, each with its own link, and an unlinkable number as text', async () => {
      const el = await card(
        office({
          telephone: ['(011) 306-0000', '+381 11 306 1000 lok. 12', 'the switchboard'],
          address: { addressCountry: 'RS' },
        }),
      );
      const phones = $$(el, '.p-tel');
      expect(phones.map(text)).to.deep.equal(['(011) 306-0000', '+381 11 306 1000 lok. 12', 'the switchboard']);
      expect(phones.map((phone) => phone.getAttribute('href'))).to.deep.equal([
        'tel:+381113060000',
        'tel:+381113061000;ext=12',
        null,
      ]);
    });

    it('reads a single contact point and every form of availableLanguage', async () => {
      const el = await card(
        office({
          contactPoint: {
            '@type': 'ContactPoint',
            contactType: 'citizen services',
            email: 'mailto:info@mfa.rs',
            availableLanguage: [
              'sr-Cyrl',
              'Hungarian',
              { '@type': 'Language', name: 'French' },
              { '@type': 'Language', alternateName: 'de' },
            ],
            hoursAvailable: { dayOfWeek: 'https://schema.org/Monday', opens: '10:00:00', closes: '12:00:00' },
          },
        }),
      );
      const group = details($(el, '[part="contact-point"] dl')!);
      expect(text($(el, '.point-label'))).to.equal('Citizen services');
      expect(group['E-mail']).to.deep.equal(['info@mfa.rs']);
      expect(group.Languages).to.deep.equal(['Serbian (Cyrillic), Hungarian, French, and German']);
      expect(group['Opening hours']).to.deep.equal(['Mon 10:00–12:00']);
      await setPage('sr-Cyrl');
      await el.updateComplete;
      expect(details($(el, '[part="contact-point"] dl')!)['Језици']).to.deep.equal([
        'српски (ћирилица), Hungarian, French и немачки',
      ]);
    });

    it('groups opening hours and shows closed days', async () => {
      const el = await card(
        office({
          openingHoursSpecification: [
            { dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday'], opens: '09:00:00', closes: '17:00:00' },
            { dayOfWeek: 'Friday', opens: '09:00', closes: '15:00' },
            { dayOfWeek: 'Saturday', opens: '09:00', closes: '13:00' },
            { dayOfWeek: 'Sunday' },
          ],
        }),
      );
      expect(texts(el, '[part="hours"] li')).to.deep.equal([
        'Mon–Thu 09:00–17:00',
        'Fri 09:00–15:00',
        'Sat 09:00–13:00',
        'Sun Closed',
      ]);
      await setPage('sr-Latn');
      await el.updateComplete;
      expect(texts(el, '[part="hours"] li')).to.deep.equal([
        'pon–čet 09:00–17:00',
        'pet 09:00–15:00',
        'sub 09:00–13:00',
        'ned Ne radi',
      ]);
    });

    it('leaves out what the data does not give', async () => {
      const el = await card(office({ telephone: '+381 11 306 0000' }));
      expect(Object.keys(details($(el, 'address > dl')!))).to.deep.equal(['Phone']);
      expect($(el, '.alternate-name')).to.equal(null);
      expect($(el, '[part="map-link"]')).to.equal(null);
      expect($(el, '[part="contact-point"]')).to.equal(null);
    });

    it('reads inline application/json too', async () => {
      const el = await card(mission, {}, 'application/json');
      expect(text($(el, 'h2'))).to.equal('Mission of the Republic of Serbia to NATO');
    });
  });

  describe('map link', () => {
    it('uses hasMap when the data gives it', async () => {
      const el = await card(
        office({ hasMap: 'https://maps.example.org/?q=mission', geo: { latitude: 1, longitude: 2 } }),
      );
      const map = $(el, '[part="map-link"]')!;
      expect(map.getAttribute('href')).to.equal('https://maps.example.org/?q=mission');
      expect(text(map.closest('.row')!.querySelector('dt'))).to.equal('Map');
    });

    it('searches OpenStreetMap for a structured address without coordinates', async () => {
      const el = await card(
        office({
          address: {
            streetAddress: 'Kneza Miloša 24',
            postalCode: '11000',
            addressLocality: 'Beograd',
            addressCountry: 'RS',
          },
        }),
      );
      expect($(el, '[part="map-link"]')!.getAttribute('href')).to.equal(
        `https://www.openstreetmap.org/search?query=${encodeURIComponent('Kneza Miloša 24, 11000 Beograd, Serbia')}`,
      );
    });

    it('never links a hasMap outside the URL policy', async () => {
      const el = await card(office({ hasMap: 'javascript:alert(1)', geo: { latitude: 44.8, longitude: 20.46 } }));
      expect($(el, '[part="map-link"]')!.getAttribute('href')).to.match(
        /^https:\/\/www\.openstreetmap\.org\/\?mlat=44\.8&mlon=20\.46/,
      );
    });
  });

  describe('states', () => {
    it('shows a format error for JSON that is not an Organization or Place', async () => {
      const element = document.createElement('gov-contact-card');
      element.src = `/test-api/respond?${new URLSearchParams({ type: 'application/ld+json', body: JSON.stringify({ '@type': 'Article', headline: 'x' }) })}`;
      const failed = oneEvent(element, 'gov-error') as Promise<GovErrorEvent>;
      await fixture(element);
      expect((await failed).detail.reason).to.equal('format');
      await (element as GovContactCard).updateComplete;
      expect($(element as GovContactCard, '[role="alert"]')).to.exist;
      await expect(element).to.be.accessible();
    });

    it('shows the empty state for an empty @graph, in the page language', async () => {
      const el = await card({ '@context': 'https://schema.org', '@graph': [] });
      expect(text($(el, '[part="empty"]'))).to.equal('No contact details are available.');
      await expect(el).to.be.accessible();
      await setPage('sr-Cyrl');
      await el.updateComplete;
      expect(text($(el, '[part="empty"]'))).to.equal('Контакт подаци нису доступни.');
    });

    it('skips values of a wrong shape with one warning naming the element, and shows the rest', async () => {
      const el = await card(
        office({
          telephone: [3227077981, '+32 2 707 79 81'],
          email: { address: 'x' },
          geo: { latitude: 'north', longitude: 4 },
          openingHoursSpecification: [{ dayOfWeek: 'Funday', opens: '09:00', closes: '17:00' }],
          url: 'javascript:alert(1)',
        }),
      );
      expect(warnings).to.have.length(1);
      const [message] = warnings[0] as string[];
      expect(message).to.match(/^<gov-contact-card>: /);
      expect(message)
        .to.contain('telephone')
        .and.contain('email')
        .and.contain('geo')
        .and.contain('Funday')
        .and.contain('url');
      expect(Object.keys(details($(el, 'address > dl')!))).to.deep.equal(['Phone']);
      expect(texts(el, '.p-tel')).to.deep.equal(['+32 2 707 79 81']);
      // One warning per load: loading again warns again, once.
      el.querySelector('script')!.textContent = JSON.stringify(office({ telephone: 1 }));
      await waitUntil(() => warnings.length === 2);
      await aTimeout(50);
      expect(warnings).to.have.length(2);
    });

    it('does not warn about good data', async () => {
      await card(mission);
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('attributes', () => {
    it('sets the heading level from heading-level, kept between 2 and 6', async () => {
      for (const [value, tag] of [
        ['3', 'H3'],
        ['6', 'H6'],
        ['1', 'H2'],
        ['9', 'H6'],
        ['high', 'H2'],
        ['3.6', 'H3'],
      ]) {
        const el = await card(mission, { 'heading-level': value });
        expect($(el, '[part="name"]')!.tagName, value).to.equal(tag);
      }
      const el = await card(mission);
      el.headingLevel = 4;
      await el.updateComplete;
      expect($(el, '[part="name"]')!.tagName).to.equal('H4');
    });

    it('has a compact layout: one line per channel, still labelled', async () => {
      const el = await card(mission, { layout: 'compact' });
      expect(el.layout).to.equal('compact');
      expect($(el, '.alternate-name')).to.equal(null);
      expect($(el, '.p-adr br')).to.equal(null);
      expect(text($(el, '.p-adr'))).to.equal(
        'Manfred Worner Building, NATO HQ, Boulevard Léopold III, 1110 Brussels, Belgium',
      );
      const rows = $$(el, 'address > dl > .row');
      for (const row of rows) {
        const label = row.querySelector('dt')!;
        expect(text(label)).not.to.equal('');
        // Label and values on one line.
        const tops = [label, ...row.querySelectorAll('dd')].map((node) => node.getBoundingClientRect().top);
        expect(Math.max(...tops) - Math.min(...tops), text(label)).to.be.below(5);
      }
      await expect(el).to.be.accessible();
      el.layout = 'full';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('full');
      expect($(el, '.p-adr br')).to.exist;
    });

    it('fits a 320 px wide screen without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await card({ ...mission, email: 'a.very.long.address.for.the.consular.section@mfa.gov.rs' });
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        const rows = $$(el, 'address > dl > .row');
        expect(rows[0].querySelector('dt')!.getBoundingClientRect().bottom).to.be.at.most(
          rows[0].querySelector('dd')!.getBoundingClientRect().top + 1,
        );
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('exposes parts and custom properties for theming', async () => {
      const el = await card(mission);
      for (const part of [
        'office',
        'name',
        'alternate-name',
        'address',
        'details',
        'label',
        'value',
        'map-link',
        'hours',
        'contact-point',
        'contact-point-label',
        'save-button',
      ]) {
        expect($(el, `[part~="${part}"]`), part).to.exist;
      }
      el.style.setProperty('--gov-contact-label-width', '12em');
      const dt = $(el, 'dt')!;
      expect(dt.getBoundingClientRect().width).to.be.closeTo(12 * parseFloat(getComputedStyle(dt).fontSize), 1);
    });
  });

  describe('"Save contact"', () => {
    it('downloads a vCard 3.0 named after the office, as text/vcard;charset=utf-8', async () => {
      const el = await card(mission);
      const file = await download(el, $<HTMLButtonElement>(el, '[part="save-button"]')!);
      expect(file.link.download).to.equal('Mission-of-the-Republic-of-Serbia-to-NATO.vcf');
      expect(file.link.href).to.match(/^blob:/);
      expect(file.type).to.equal('text/vcard;charset=utf-8');
      expect(file.link.isConnected).to.equal(false);
      const lines = unfold(file.text).split('\r\n');
      expect(lines.slice(0, 6)).to.deep.equal([
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Mission of the Republic of Serbia to NATO',
        'N:;;;;',
        'ORG:Mission of the Republic of Serbia to NATO',
        'X-ABShowAs:COMPANY',
      ]);
      expect(lines).to.include.members([
        'ADR;TYPE=WORK;CHARSET=UTF-8:;;Manfred Worner Building\\, NATO HQ\\, Boulevard Léopold III;Brussels;;1110;Belgium',
        'TEL;TYPE=WORK,VOICE:+32 2 707 79 81',
        'TEL;TYPE=WORK,FAX:+32 2 707 79 89',
        'EMAIL;TYPE=INTERNET:serbia.nato@mfa.rs',
        'URL:https://nato.mfa.gov.rs/',
        'GEO:50.8787;4.4233',
        'NOTE;CHARSET=UTF-8:Opening hours: Mon–Fri 09:00–17:00',
        'item1.TEL;TYPE=WORK,VOICE:+32 2 707 79 83',
        'item1.X-ABLabel:press',
        'END:VCARD',
        '',
      ]);
      expect(file.text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
      expect(file.text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
      // UTF-8 without a byte-order mark: BEGIN is the first thing in the file.
      expect([...file.bytes.slice(0, 5)]).to.deep.equal([...new TextEncoder().encode('BEGIN')]);
    });

    it('saves the card as it is shown: Cyrillic, or Latin while Latin is active', async () => {
      await setPage('sr-Cyrl');
      const el = await card(cyrillicMission);
      const cyrillic = await download(el, $<HTMLButtonElement>(el, '[part="save-button"]')!);
      expect(cyrillic.link.download).to.equal('Мисија-Републике-Србије-при-НАТО.vcf');
      expect(unfold(cyrillic.text)).to.contain('\r\nFN;CHARSET=UTF-8:Мисија Републике Србије при НАТО\r\n');
      expect(unfold(cyrillic.text)).to.contain(
        ';;Зграда „Манфред Вернер“\\, седиште НАТО\\, Булевар Леополда III;Брисел;;1110;Белгија\r\n',
      );
      expect(unfold(cyrillic.text)).to.contain('NOTE;CHARSET=UTF-8:Радно време: пон–пет 09:00–17:00');
      for (const line of cyrillic.text.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
      await setPage('sr-Cyrl', 'latn');
      await el.updateComplete;
      const latin = await download(el, $<HTMLButtonElement>(el, '[part="save-button"]')!);
      expect(latin.link.download).to.equal('Misija-Republike-Srbije-pri-NATO.vcf');
      expect(unfold(latin.text)).to.contain('\r\nFN:Misija Republike Srbije pri NATO\r\n');
      expect(unfold(latin.text)).to.contain('item1.X-ABLabel;CHARSET=UTF-8:služba za odnose s javnošću');
    });

    it('gives each office its own card', async () => {
      const el = await card([
        office({ name: 'Embassy in Brussels', telephone: '+32 2 230 65 72' }),
        office({ name: 'Embassy in Vienna', email: 'vienna@mfa.rs' }),
      ]);
      const [first, second] = $$<HTMLButtonElement>(el, '[part="save-button"]');
      const vienna = await download(el, second);
      expect(vienna.link.download).to.equal('Embassy-in-Vienna.vcf');
      expect(vienna.text)
        .to.contain('FN:Embassy in Vienna')
        .and.contain('EMAIL;TYPE=INTERNET:vienna@mfa.rs')
        .and.not.contain('TEL');
      expect((await download(el, first)).text).to.contain('TEL;TYPE=WORK,VOICE:+32 2 230 65 72');
    });

    it('is a button named for the office that works with Enter and Space', async () => {
      const el = await card(mission);
      const button = $<HTMLButtonElement>(el, '[part="save-button"]')!;
      expect(button.type).to.equal('button');
      expect(text(button)).to.equal('Save contact (vCard file)');
      expect(root(el).getElementById(button.getAttribute('aria-describedby')!)).to.equal($(el, 'h2'));
      const capture = captureDownloads(el);
      button.focus();
      expect(root(el).activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: ' ' });
      await waitUntil(() => capture.links.length === 2, 'not downloaded twice');
      capture.stop();
      expect(capture.links).to.have.length(2);
      expect(root(el).activeElement).to.equal(button);
    });

    it('fires a cancelable gov-vcard-download first; cancelling it stops the download', async () => {
      const el = await card(mission);
      const capture = captureDownloads(el);
      const seen: CustomEvent[] = [];
      el.addEventListener('gov-vcard-download', (event) => {
        seen.push(event);
        event.preventDefault();
      });
      $<HTMLButtonElement>(el, '[part="save-button"]')!.click();
      await waitUntil(() => seen.length, 'no gov-vcard-download');
      capture.stop();
      expect(capture.links).to.have.length(0);
      expect(seen).to.have.length(1);
      expect(seen[0].bubbles && seen[0].composed).to.equal(true);
      expect(seen[0].detail.fileName).to.equal('Mission-of-the-Republic-of-Serbia-to-NATO.vcf');
      expect(seen[0].detail.name).to.equal('Mission of the Republic of Serbia to NATO');
      expect(seen[0].detail.vcard).to.match(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
    });

    it('frees the blob URL afterwards', async () => {
      const el = await card(mission);
      await download(el, $<HTMLButtonElement>(el, '[part="save-button"]')!); // loads the vCard builder: the next press saves at once
      const timers: [() => void, number][] = [];
      const revoked: string[] = [];
      const { setTimeout: realSetTimeout } = window;
      const { revokeObjectURL } = URL;
      window.setTimeout = ((callback: () => void, delay: number) =>
        timers.push([callback, delay])) as typeof window.setTimeout;
      URL.revokeObjectURL = (url: string) => revoked.push(url);
      try {
        const capture = captureDownloads(el);
        $<HTMLButtonElement>(el, '[part="save-button"]')!.click();
        capture.stop();
        expect(revoked).to.deep.equal([]);
        timers.forEach(([callback]) => callback());
        expect(revoked).to.deep.equal([capture.links[0].href]);
      } finally {
        window.setTimeout = realSetTimeout;
        URL.revokeObjectURL = revokeObjectURL;
      }
    });
  });
});
