import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { explicitScriptOfTag, retagScript, showAuthoredText } from '../../src/page/authored-text.js';
import { isSerbian, scriptOfTag } from '../../src/core/locale.js';
import { stripNoConvertMarkers, toCyrillic, toLatin } from '../../src/core/transliterate.js';
import { loadConverter, loadedConverter } from '../../src/page/content-script.js';

describe('retagScript (the lang of converted content)', () => {
  const table: [string, 'cyrl' | 'latn', string][] = [
    ['sr', 'latn', 'sr-Latn'],
    ['sr', 'cyrl', 'sr'],
    ['sr-RS', 'latn', 'sr-Latn-RS'],
    ['sr-Cyrl', 'latn', 'sr-Latn'],
    ['sr-Cyrl-ME', 'latn', 'sr-Latn-ME'],
    ['sr-cyrl-rs', 'latn', 'sr-Latn-rs'],
    ['sr_RS', 'latn', 'sr-Latn-RS'],
    ['sr-Latn', 'latn', 'sr-Latn'],
    ['sr-Latn', 'cyrl', 'sr-Cyrl'],
    ['sr-Latn-RS', 'cyrl', 'sr-Cyrl-RS'],
    ['sr-1994', 'latn', 'sr-Latn-1994'],
    ['en', 'latn', 'en'],
    ['hr', 'cyrl', 'hr'],
    ['', 'latn', ''],
  ];
  for (const [tag, script, expected] of table) {
    it(`${JSON.stringify(tag)} in ${script} → ${JSON.stringify(expected)}`, () => {
      expect(retagScript(tag, script)).to.equal(expected);
    });
  }

  it('names the script asked for, keeps the language, and is idempotent', () => {
    const subtag = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
    const tag = fc
      .tuple(fc.constantFrom('sr', 'SR', 'en', 'de'), fc.array(subtag, { maxLength: 3 }))
      .map(([language, rest]) => [language, ...rest].join('-'));
    fc.assert(
      fc.property(tag, fc.constantFrom('cyrl' as const, 'latn' as const), (input, script) => {
        const output = retagScript(input, script);
        expect(isSerbian(output)).to.equal(isSerbian(input));
        if (isSerbian(input)) expect(scriptOfTag(output)).to.equal(script);
        else expect(output).to.equal(input);
        expect(retagScript(output, script)).to.equal(output);
      }),
    );
  });
});

describe('explicitScriptOfTag', () => {
  it('reads a script subtag, and only one that is there', () => {
    expect(explicitScriptOfTag('sr')).to.equal(null);
    expect(explicitScriptOfTag('sr-RS')).to.equal(null);
    expect(explicitScriptOfTag('sr-Latn')).to.equal('latn');
    expect(explicitScriptOfTag('sr-cyrl-rs')).to.equal('cyrl');
    expect(explicitScriptOfTag('sr_Latn_RS')).to.equal('latn');
  });
});

describe('showAuthoredText (one text of a converted region)', () => {
  before(() => Promise.all([loadConverter('latn'), loadConverter('cyrl')]));

  it('uses the converters content-script has loaded', () => {
    expect(loadedConverter('latn')).to.equal(toLatin);
    expect(loadedConverter('cyrl')).to.equal(toCyrillic);
  });

  it('converts across scripts with the engine', () => {
    expect(showAuthoredText('Љубав и њива', 'cyrl', 'latn')).to.equal('Ljubav i njiva');
    expect(showAuthoredText('Injekcija i nadzor', 'latn', 'cyrl')).to.equal('Инјекција и надзор');
  });

  it('shows a text in its own script as written, without its no-convert markers', () => {
    expect(showAuthoredText('Љубав -{NATO}-', 'cyrl', 'cyrl')).to.equal('Љубав NATO');
    expect(showAuthoredText('Ljubav ж', 'latn', 'latn')).to.equal('Ljubav ж');
    expect(showAuthoredText('Љубав -{NATO}-', 'cyrl', null)).to.equal('Љубав NATO');
  });

  it('agrees with the engine and the marker rule for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'аљњџђжЉЊЏ -{}NATOnjlj') }), (text) => {
        expect(showAuthoredText(text, 'cyrl', 'latn')).to.equal(toLatin(text));
        expect(showAuthoredText(text, 'latn', 'cyrl')).to.equal(toCyrillic(text));
        expect(showAuthoredText(text, 'cyrl', 'cyrl')).to.equal(stripNoConvertMarkers(text));
        expect(showAuthoredText(text, 'latn', null)).to.equal(stripNoConvertMarkers(text));
      }),
    );
  });
});
