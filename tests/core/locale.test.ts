import { expect } from '@open-wc/testing';
import { isSerbian, resolveLocale, scriptOfTag } from '../../src/core/locale.js';

describe('resolveLocale', () => {
  const table: [string | null, 'cyrl' | 'latn' | null, string, boolean][] = [
    ['en', null, 'en', true],
    ['en-GB', null, 'en', true],
    ['EN-us', null, 'en', true],
    ['sr', null, 'sr-Cyrl', true],
    ['sr-RS', null, 'sr-Cyrl', true],
    ['sr-Cyrl', null, 'sr-Cyrl', true],
    ['sr-Cyrl-RS', null, 'sr-Cyrl', true],
    ['sr-Latn', null, 'sr-Latn', true],
    ['sr-latn-rs', null, 'sr-Latn', true],
    ['sr_Latn_RS', null, 'sr-Latn', true],
    ['sr-Cyrl', 'latn', 'sr-Latn', true],
    ['sr-Latn', 'cyrl', 'sr-Cyrl', true],
    ['en', 'latn', 'en', true],
    ['de', null, 'en', false],
    ['hu-RS', null, 'en', false],
    ['', null, 'en', true],
    [null, null, 'en', true],
  ];
  for (const [tag, script, locale, supported] of table) {
    it(`${JSON.stringify(tag)} with script ${script} → ${locale}${supported ? '' : ' (unsupported)'}`, () => {
      expect(resolveLocale(tag, script, ['en', 'sr-Cyrl', 'sr-Latn'], 'en')).to.deep.equal({ locale, supported });
    });
  }

  it('finds any other language that has a translation, by its leading subtags', () => {
    const available = ['en', 'hu', 'rue', 'sr-Cyrl', 'sr-Latn', 'zh-Hant'];
    expect(resolveLocale('hu-RS', null, available, 'en')).to.deep.equal({ locale: 'hu', supported: true });
    expect(resolveLocale('HU', null, available, 'en')).to.deep.equal({ locale: 'hu', supported: true });
    expect(resolveLocale('rue-Cyrl-RS', null, available, 'en')).to.deep.equal({ locale: 'rue', supported: true });
    expect(resolveLocale('zh-Hant-TW', null, available, 'en')).to.deep.equal({ locale: 'zh-Hant', supported: true });
    expect(resolveLocale('zh-Hans', null, available, 'en')).to.deep.equal({ locale: 'en', supported: false });
    expect(resolveLocale('sk', null, available, 'en')).to.deep.equal({ locale: 'en', supported: false });
    expect(resolveLocale('sr-ME', 'latn', available, 'en')).to.deep.equal({ locale: 'sr-Latn', supported: true });
  });

  it('finds each of the eight UI languages from the tags that the sites of Vojvodina write', () => {
    const available = ['en', 'hr', 'hu', 'ro', 'rue', 'sk', 'sr-Cyrl', 'sr-Latn'];
    const table: [string, string][] = [
      ['hu', 'hu'],
      ['hu-RS', 'hu'],
      ['hu-HU', 'hu'],
      ['sk-RS', 'sk'],
      ['ro-RS', 'ro'],
      ['rue', 'rue'],
      ['rue-Cyrl-RS', 'rue'],
      // Pannonian Rusyn's own ISO 639-3 code since 2022.
      ['rsk', 'rue'],
      ['RSK-rs', 'rue'],
      ['hr', 'hr'],
      ['hr-RS', 'hr'],
      ['sr-Latn-RS', 'sr-Latn'],
      ['sr-RS', 'sr-Cyrl'],
    ];
    for (const [tag, locale] of table)
      expect(resolveLocale(tag, null, available, 'en'), tag).to.deep.equal({ locale, supported: true });
    // Ukrainian and Russian are not Rusyn, Bosnian is not Croatian.
    for (const tag of ['uk', 'ru', 'bs'])
      expect(resolveLocale(tag, null, available, 'en'), tag).to.deep.equal({ locale: 'en', supported: false });
  });

  it('knows Serbian and its script from a tag', () => {
    expect(isSerbian('sr-Latn-ME')).to.equal(true);
    expect(isSerbian('srn')).to.equal(false);
    expect(isSerbian(undefined)).to.equal(false);
    expect(scriptOfTag('sr')).to.equal('cyrl');
    expect(scriptOfTag('sr-Latn')).to.equal('latn');
  });
});
