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
  const counts = [0, 1, 2, 3, 4, 5, 11, 21, 22, 25, 101, 111];
  /** The form of each count, as "count:form" words. */
  const forms = (locale: string) => counts.map((count) => `${count}:${pluralCategory(locale, count)}`).join(' ');

  it('follows each language: Slovak and Croatian one/few/other, Romanian few up to 19, Hungarian and Rusyn one/other', () => {
    expect(forms('sk')).to.equal(
      '0:other 1:one 2:few 3:few 4:few 5:other 11:other 21:other 22:other 25:other 101:other 111:other',
    );
    expect(forms('hr')).to.equal(
      '0:other 1:one 2:few 3:few 4:few 5:other 11:other 21:one 22:few 25:other 101:one 111:other',
    );
    expect(forms('sr-Latn')).to.equal(forms('hr'));
    expect(forms('ro')).to.equal(
      '0:few 1:one 2:few 3:few 4:few 5:few 11:few 21:other 22:other 25:other 101:few 111:few',
    );
    const oneOther =
      '0:other 1:one 2:other 3:other 4:other 5:other 11:other 21:other 22:other 25:other 101:other 111:other';
    for (const locale of ['hu', 'rue', 'en']) expect(forms(locale), locale).to.equal(oneOther);
  });

  it("gives a language's other whole-number categories (Polish many, Slovenian two) its other form", () => {
    expect(pluralCategory('pl', 5)).to.equal('other');
    expect(pluralCategory('sl', 2)).to.equal('other');
    expect(pluralCategory('sk', 1.5)).to.equal('other');
  });
});
