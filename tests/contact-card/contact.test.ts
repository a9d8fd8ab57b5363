import { expect } from '@open-wc/testing';
import { addressQuery, ContactFormatError, mapLink, readContacts } from '../../src/core/contact.js';

const base = 'https://www.mfa.gov.rs/kontakt/';
const office = (fields: Record<string, unknown>) => ({
  '@context': 'https://schema.org',
  '@type': 'GovernmentOffice',
  name: 'Office',
  ...fields,
});
const read = (fields: Record<string, unknown>) => readContacts(office(fields), base);
const only = (fields: Record<string, unknown>) => read(fields).offices[0];

describe('readContacts (schema.org JSON-LD)', () => {
  it('accepts Organization and Place types, in every spelling', () => {
    for (const type of [
      'GovernmentOrganization',
      'GovernmentOffice',
      'Embassy',
      'Organization',
      'Place',
      'LocalBusiness',
      'PostOffice',
      'CityHall',
      'https://schema.org/Embassy',
      'schema:GovernmentOffice',
      'MedicalOrganization',
      ['Thing', 'Embassy'],
    ]) {
      expect(readContacts({ '@type': type, name: 'X' }, base).offices, String(type)).to.have.length(1);
    }
  });

  it('refuses JSON that holds no Organization or Place', () => {
    for (const value of [
      { '@type': 'Article', name: 'X' },
      { name: 'No type' },
      { version: 'https://jsonfeed.org/version/1.1', items: [] },
      [{ '@type': 'WebSite' }],
      42,
      'text',
      null,
    ]) {
      expect(() => readContacts(value, base), JSON.stringify(value)).to.throw(ContactFormatError);
    }
  });

  it('reads a single object, an array and an @graph, keeping only the offices', () => {
    expect(readContacts([office({ name: 'A' }), office({ name: 'B' })], base).offices.map((o) => o.name)).to.deep.equal(
      ['A', 'B'],
    );
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        office({ name: 'A' }),
        { '@type': 'Embassy', name: 'B' },
        { '@type': 'Country', name: 'Belgium' },
      ],
    };
    expect(readContacts(graph, base).offices.map((o) => o.name)).to.deep.equal(['A', 'B']);
  });

  it('gives no offices for an empty @graph or array', () => {
    expect(readContacts({ '@context': 'https://schema.org', '@graph': [] }, base).offices).to.deep.equal([]);
    expect(readContacts([], base).offices).to.deep.equal([]);
  });

  it('reads name and alternateName, decoding entities and value objects', () => {
    const read = only({
      name: 'Ministry of Foreign Affairs &amp; Trade',
      alternateName: { '@value': 'MFA', '@language': 'en' },
    });
    expect(read.name).to.equal('Ministry of Foreign Affairs & Trade');
    expect(read.alternateName).to.equal('MFA');
  });

  it('reads a PostalAddress and a plain-string address', () => {
    expect(
      only({
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Kneza Miloša 24',
          postalCode: 11000,
          addressLocality: 'Beograd',
          addressRegion: 'Grad Beograd',
          addressCountry: 'RS',
          postOfficeBoxNumber: '7',
        },
      }).address,
    ).to.deep.equal({
      postOfficeBox: '7',
      streetAddress: 'Kneza Miloša 24',
      locality: 'Beograd',
      region: 'Grad Beograd',
      postalCode: '11000',
      country: 'RS',
      countryCode: 'RS',
    });
    expect(only({ address: 'Kneza Miloša 24\n11000 Beograd' }).address).to.deep.equal({
      text: 'Kneza Miloša 24\n11000 Beograd',
    });
  });

  it('reads the country as a code, a name or a Country object', () => {
    expect(only({ address: { addressCountry: 'be' } }).address).to.include({ country: 'be', countryCode: 'BE' });
    expect(only({ address: { addressCountry: 'Белгија' } }).address).to.include({
      country: 'Белгија',
      countryCode: undefined,
    });
    expect(only({ address: { addressCountry: { '@type': 'Country', name: 'Belgium' } } }).address?.country).to.equal(
      'Belgium',
    );
  });

  it('finds an address given by @id elsewhere in the graph', () => {
    const graph = {
      '@graph': [
        office({ address: { '@id': '#hq' } }),
        { '@id': '#hq', '@type': 'PostalAddress', addressLocality: 'Brussels' },
      ],
    };
    expect(readContacts(graph, base).offices[0].address?.locality).to.equal('Brussels');
  });

  it('reads one or several phones, and makes national ones international with the address country', () => {
    expect(only({ telephone: '+32 2 707 79 81' }).telephones).to.deep.equal([
      { text: '+32 2 707 79 81', href: 'tel:+3227077981' },
    ]);
    expect(
      only({ telephone: ['(011) 306-0000', '+381 11 306 1000'], address: { addressCountry: 'Србија' } }).telephones,
    ).to.deep.equal([
      { text: '(011) 306-0000', href: 'tel:+381113060000' },
      { text: '+381 11 306 1000', href: 'tel:+381113061000' },
    ]);
    expect(only({ telephone: '(011) 306-0000' }).telephones).to.deep.equal([
      { text: '(011) 306-0000', href: undefined },
    ]);
  });

  it('reads fax numbers as text and e-mail with or without mailto:', () => {
    const read = only({
      faxNumber: '+32 2 707 79 89',
      email: ['mailto:serbia.nato@mfa.rs', 'press@mfa.rs', 'MAILTO:a@b.rs?subject=Hi'],
    });
    expect(read.faxNumbers).to.deep.equal(['+32 2 707 79 89']);
    expect(read.emails).to.deep.equal([
      { address: 'serbia.nato@mfa.rs', href: 'mailto:serbia.nato@mfa.rs' },
      { address: 'press@mfa.rs', href: 'mailto:press@mfa.rs' },
      { address: 'a@b.rs', href: 'mailto:a@b.rs' },
    ]);
  });

  it('reads url and hasMap through the URL policy, relative ones against the base', () => {
    expect(only({ url: 'https://nato.mfa.gov.rs/' }).url).to.equal('https://nato.mfa.gov.rs/');
    expect(only({ url: '/en/' }).url).to.equal('https://www.mfa.gov.rs/en/');
    expect(only({ hasMap: 'https://maps.example.org/?q=1' }).hasMap).to.equal('https://maps.example.org/?q=1');
    expect(only({ hasMap: { '@type': 'Map', url: 'https://maps.example.org/m' } }).hasMap).to.equal(
      'https://maps.example.org/m',
    );
  });

  it('reads geo from numbers or numeric strings', () => {
    expect(only({ geo: { '@type': 'GeoCoordinates', latitude: 50.8787, longitude: 4.4233 } }).geo).to.deep.equal({
      latitude: 50.8787,
      longitude: 4.4233,
    });
    expect(only({ geo: { latitude: '44.8125', longitude: '20.4612' } }).geo).to.deep.equal({
      latitude: 44.8125,
      longitude: 20.4612,
    });
  });

  it('reads openingHoursSpecification, one or many, with days one or many', () => {
    const hours = only({
      openingHoursSpecification: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'https://schema.org/Tuesday', 'http://schema.org/Wednesday'],
          opens: '09:00:00',
          closes: '17:00:00',
        },
        { dayOfWeek: 'Saturday', opens: '9:00', closes: '13:00' },
        { dayOfWeek: { '@id': 'schema:Sunday' } },
      ],
    }).hours;
    expect(hours).to.deep.equal([
      { days: [0, 1, 2], interval: { opens: '09:00', closes: '17:00' } },
      { days: [5], interval: { opens: '09:00', closes: '13:00' } },
      { days: [6], interval: undefined },
    ]);
    expect(
      only({ openingHoursSpecification: { dayOfWeek: 'Friday', opens: '08:00', closes: '15:00' } }).hours,
    ).to.have.length(1);
    expect(only({ openingHours: ['Mo-Fr 08:00-16:00', 'Sa 09:00-12:00'] }).hours).to.have.length(2);
  });

  it('leaves out seasonal hours that are not valid today', () => {
    const hours = only({
      openingHoursSpecification: [
        { dayOfWeek: 'Monday', opens: '09:00', closes: '17:00' },
        { dayOfWeek: 'Monday', opens: '10:00', closes: '12:00', validFrom: '2001-12-24', validThrough: '2001-12-26' },
        { dayOfWeek: 'Tuesday', opens: '10:00', closes: '12:00', validFrom: '2001-01-01', validThrough: '2999-12-31' },
      ],
    }).hours;
    expect(hours.map((rule) => rule.days[0])).to.deep.equal([0, 1]);
  });

  it('reads contact points, one or many, with languages in every form', () => {
    const [one] = only({
      contactPoint: {
        '@type': 'ContactPoint',
        contactType: 'press',
        telephone: '+32 2 707 79 83',
        availableLanguage: 'sr',
      },
    }).contactPoints;
    expect(one).to.deep.include({ contactType: 'press', languages: [{ tag: 'sr' }] });
    expect(one.telephones[0].href).to.equal('tel:+3227077983');
    const many = only({
      contactPoint: [
        {
          contactType: 'consular',
          email: 'c@mfa.rs',
          availableLanguage: [
            'sr-Latn',
            'English',
            { '@type': 'Language', name: 'French' },
            { '@type': 'Language', alternateName: 'de' },
          ],
        },
        {
          contactType: 'visa',
          telephone: '+381 11 306 0000',
          hoursAvailable: { dayOfWeek: 'Monday', opens: '10:00', closes: '12:00' },
        },
        { contactType: 'nothing to reach' },
      ],
    }).contactPoints;
    expect(many).to.have.length(2);
    expect(many[0].languages).to.deep.equal([
      { tag: 'sr-Latn' },
      { name: 'English' },
      { name: 'French' },
      { tag: 'de' },
    ]);
    expect(many[1].hours).to.deep.equal([{ days: [0], interval: { opens: '10:00', closes: '12:00' } }]);
  });

  it('takes the language from inLanguage of the office, else of the document', () => {
    expect(only({ inLanguage: 'sr-Cyrl' }).language).to.equal('sr-Cyrl');
    expect(only({ inLanguage: { '@type': 'Language', name: 'English', alternateName: 'en' } }).language).to.equal('en');
    expect(readContacts({ inLanguage: 'sr', '@graph': [office({})] }, base).offices[0].language).to.equal('sr');
    expect(only({}).language).to.equal(undefined);
  });

  it('skips each value of a wrong shape and names it, keeping the rest', () => {
    const { offices, problems } = read({
      name: 'Office',
      telephone: [3227077981, '+32 2 707 79 81'],
      email: 'not an e-mail',
      url: 'javascript:alert(1)',
      geo: { latitude: 'north', longitude: 4 },
      address: 42,
      openingHoursSpecification: [
        { dayOfWeek: 'Funday', opens: '09:00', closes: '17:00' },
        { dayOfWeek: 'Monday', opens: '9am', closes: '5pm' },
        'Mo-Fr',
      ],
      contactPoint: [
        'press',
        { contactType: 'press', telephone: { number: 1 }, email: 'p@mfa.rs', availableLanguage: 7 },
      ],
      hasMap: 'data:text/html,x',
    });
    const [card] = offices;
    expect(card.telephones.map((phone) => phone.text)).to.deep.equal(['+32 2 707 79 81']);
    expect(card.emails).to.deep.equal([]);
    expect(card.url).to.equal(undefined);
    expect(card.geo).to.equal(undefined);
    expect(card.address).to.equal(undefined);
    expect(card.hasMap).to.equal(undefined);
    expect(card.hours).to.deep.equal([]);
    expect(card.contactPoints).to.have.length(1);
    expect(card.contactPoints[0].languages).to.deep.equal([]);
    const named = problems.join('\n');
    for (const key of ['telephone', 'email', 'url', 'geo', 'address', 'hasMap', 'contactPoint', 'availableLanguage']) {
      expect(named).to.contain(`"${key}" of `);
    }
    expect(named).to.contain('"telephone" of GovernmentOffice "Office": 3227077981');
    expect(named).to.contain('"dayOfWeek" in "openingHoursSpecification" of GovernmentOffice "Office": "Funday"');
    expect(named).to.contain('"Mo-Fr"');
    expect(problems).to.have.length(12);
  });

  it('drops an office with nothing to show', () => {
    expect(readContacts([{ '@type': 'Organization' }, office({})], base).offices).to.have.length(1);
  });
});

describe('mapLink', () => {
  const address = {
    streetAddress: 'Boulevard Léopold III',
    postalCode: '1110',
    locality: 'Brussels',
    countryCode: 'BE',
    country: 'BE',
  };

  it('prefers hasMap, then OpenStreetMap at the coordinates, then a search for the address', () => {
    expect(mapLink({ hasMap: 'https://maps.example.org/x', geo: { latitude: 1, longitude: 2 }, address })).to.equal(
      'https://maps.example.org/x',
    );
    expect(mapLink({ geo: { latitude: 50.8787, longitude: 4.4233 }, address })).to.equal(
      'https://www.openstreetmap.org/?mlat=50.8787&mlon=4.4233#map=17/50.8787/4.4233',
    );
    expect(mapLink({ address })).to.equal(
      `https://www.openstreetmap.org/search?query=${encodeURIComponent('Boulevard Léopold III, 1110 Brussels, Belgium')}`,
    );
    expect(mapLink({})).to.equal(undefined);
  });

  it('searches for a plain-string address on one line', () => {
    expect(addressQuery({ text: 'Kneza Miloša 24\n11000 Beograd' })).to.equal('Kneza Miloša 24, 11000 Beograd');
    expect(addressQuery({ locality: 'Брисел', country: 'Белгија' })).to.equal('Брисел, Белгија');
  });
});
