import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { regionOf, telHref } from '../../src/core/phone.js';

describe('telHref (tel: links in E.164)', () => {
  it('makes international numbers E.164, whatever the separators', () => {
    expect(telHref('+32 2 707 79 81')).to.equal('tel:+3227077981');
    expect(telHref('+381 (11) 306-0000')).to.equal('tel:+381113060000');
    expect(telHref('+381.11.306.0000')).to.equal('tel:+381113060000');
    expect(telHref('+381 11/306-0000')).to.equal('tel:+381113060000');
    expect(telHref('+32\u00a02\u202f707\u202f79\u202f81')).to.equal('tel:+3227077981');
  });

  it('reads the 00 international prefix', () => {
    expect(telHref('00381 11 306 0000')).to.equal('tel:+381113060000');
    expect(telHref('0032 2 707 79 81', 'RS')).to.equal('tel:+3227077981');
  });

  it('drops the bracketed trunk prefix of international numbers', () => {
    expect(telHref('+44 (0)20 7946 0000')).to.equal('tel:+442079460000');
    expect(telHref('+381 (0)11 306 0000')).to.equal('tel:+381113060000');
  });

  it('completes national numbers with the country of the address', () => {
    expect(telHref('(011) 306-0000', 'RS')).to.equal('tel:+381113060000');
    expect(telHref('011/306-0000', 'RS')).to.equal('tel:+381113060000');
    expect(telHref('02 707 79 81', 'BE')).to.equal('tel:+3227077981');
    expect(telHref('01 23 45 67 89', 'FR')).to.equal('tel:+33123456789');
    expect(telHref('030 1234567', 'DE')).to.equal('tel:+49301234567');
    expect(telHref('020 555 555', 'ME')).to.equal('tel:+38220555555');
  });

  it('keeps the leading 0 where it belongs to the number (Italy)', () => {
    expect(telHref('06 1234 5678', 'IT')).to.equal('tel:+390612345678');
  });

  it('knows the countries without a trunk prefix and the optional 1 of North America', () => {
    expect(telHref('912 345 678', 'ES')).to.equal('tel:+34912345678');
    expect(telHref('210 123 4567', 'GR')).to.equal('tel:+302101234567');
    expect(telHref('(202) 555-0100', 'US')).to.equal('tel:+12025550100');
    expect(telHref('1-202-555-0100', 'US')).to.equal('tel:+12025550100');
    expect(telHref('06 1 234 5678', 'HU')).to.equal('tel:+3612345678');
  });

  it('gives no link to a national number without a known country', () => {
    expect(telHref('(011) 306-0000')).to.equal(undefined);
    expect(telHref('011 306 0000', 'ZZ')).to.equal(undefined);
    // A local number without its area code cannot be dialled from elsewhere.
    expect(telHref('306-0000', 'RS')).to.equal(undefined);
  });

  it('keeps extensions as ;ext=', () => {
    expect(telHref('+32 2 707 79 81 ext. 123')).to.equal('tel:+3227077981;ext=123');
    expect(telHref('+32 2 707 79 81 x123')).to.equal('tel:+3227077981;ext=123');
    expect(telHref('+32 2 707 79 81x123')).to.equal('tel:+3227077981;ext=123');
    expect(telHref('011 306 0000, lok. 12', 'RS')).to.equal('tel:+381113060000;ext=12');
    expect(telHref('011 306 0000 локал 12', 'RS')).to.equal('tel:+381113060000;ext=12');
    expect(telHref('+381 11 306 0000 Ext: 7')).to.equal('tel:+381113060000;ext=7');
  });

  it('links short service numbers as written', () => {
    expect(telHref('112')).to.equal('tel:112');
    expect(telHref('192', 'RS')).to.equal('tel:192');
    expect(telHref('1987')).to.equal('tel:1987');
  });

  it('gives no link to anything that is not a number', () => {
    for (const text of [
      '',
      'call the switchboard',
      '+32 2 707 79 81 / 82 or 83',
      '1-800-FLOWERS',
      '+',
      '+32',
      '+1234567890123456',
      'tel:+3227077981',
      '+32 2 707 79 81; +32 2 707 79 82',
      '+0 12 345 678',
    ]) {
      expect(telHref(text, 'RS'), text).to.equal(undefined);
    }
  });

  it('property: every link is tel:+ and 7–15 digits, or a short number', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'+0123456789 -()./x'.split('')), maxLength: 30 }),
        fc.constantFrom(undefined, 'RS', 'BE', 'IT', 'US'),
        (text, region) => {
          const href = telHref(text, region);
          if (href !== undefined) expect(href).to.match(/^tel:(\+[1-9]\d{6,14}(;ext=\d{1,7})?|[1-9]\d{2,4})$/);
        },
      ),
    );
  });
});

describe('regionOf', () => {
  it('reads codes and names in English and Serbian (both scripts)', () => {
    expect(regionOf('BE')).to.equal('BE');
    expect(regionOf('be')).to.equal('BE');
    expect(regionOf('Belgium')).to.equal('BE');
    expect(regionOf('Белгија')).to.equal('BE');
    expect(regionOf('Belgija')).to.equal('BE');
    expect(regionOf(' serbia ')).to.equal('RS');
    expect(regionOf('Србија')).to.equal('RS');
    expect(regionOf('Atlantis')).to.equal(undefined);
    expect(regionOf(undefined)).to.equal(undefined);
  });
});
