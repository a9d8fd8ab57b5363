import { expect } from '@open-wc/testing';
import { formattingLocale, pluralCategory } from '../../src/core/formatting-locale.js';

describe('formattingLocale', () => {
  it('formats in the UI locale itself wherever the browser has its data', () => {
    for (const locale of ['en', 'hu', 'sk', 'ro', 'hr', 'sr-Cyrl', 'sr-Latn'])
      expect(formattingLocale(locale)).to.equal(locale);
  });

  it('formats Rusyn in Serbian Cyrillic, since Chromium has no Rusyn data', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(['rue', 'rsk'])).to.deep.equal([]);
    expect(formattingLocale('rue')).to.equal('sr-Cyrl');
    // If a browser ever has Rusyn data, that is used.
    expect(formattingLocale('rue', () => true)).to.equal('rue');
  });
});

describe('pluralCategory', () => {
  const forms = (locale: string) => [0, 1, 2, 3, 4, 5, 11, 21, 22, 25, 101, 111].map((n) => pluralCategory(locale, n));

  it('follows each language: Slovak and Croatian one/few/other, Romanian few up to 19, Hungarian and Rusyn one/other', () => {
    //                          0        1      2      3      4      5        11       21       22       25       101      111
    expect(forms('sk')).to.deep.equal([
      'other',
      'one',
      'few',
      'few',
      'few',
      'other',
      'other',
      'other',
      'other',
      'other',
      'other',
      'other',
    ]);
    expect(forms('hr')).to.deep.equal([
      'other',
      'one',
      'few',
      'few',
      'few',
      'other',
      'other',
      'one',
      'few',
      'other',
      'one',
      'other',
    ]);
    expect(forms('sr-Latn')).to.deep.equal(forms('hr'));
    expect(forms('ro')).to.deep.equal([
      'few',
      'one',
      'few',
      'few',
      'few',
      'few',
      'few',
      'other',
      'other',
      'other',
      'few',
      'few',
    ]);
    expect(forms('hu')).to.deep.equal(['other', 'one', ...Array(10).fill('other')]);
    expect(forms('rue')).to.deep.equal(forms('hu'));
    expect(forms('en')).to.deep.equal(forms('hu'));
  });

  it("gives a language's other whole-number categories (Polish many, Slovenian two) its other form", () => {
    expect(pluralCategory('pl', 5)).to.equal('other');
    expect(pluralCategory('sl', 2)).to.equal('other');
    expect(pluralCategory('sk', 1.5)).to.equal('other');
  });
});
