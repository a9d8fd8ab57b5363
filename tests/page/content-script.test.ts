import { expect } from '@open-wc/testing';
import { langInScript, loadConverter, textInScript } from '../../src/page/content-script.js';

describe('textInScript (which script content is shown in)', () => {
  before(() => Promise.all([loadConverter('latn'), loadConverter('cyrl')]));

  it('shows Cyrillic Serbian in Latin while Latin is active', () => {
    expect(textInScript('Брисел, Љубљана', 'sr-Cyrl', 'latn')).to.equal('Brisel, Ljubljana');
    expect(textInScript('Брисел', 'sr', 'latn')).to.equal('Brisel');
  });

  it('shows text marked sr-Latn in Cyrillic while Cyrillic is active', () => {
    expect(textInScript('Brisel i Njujork', 'sr-Latn', 'cyrl')).to.equal('Брисел и Њујорк');
  });

  it('never converts Latin text that is not marked sr-Latn, nor any other language', () => {
    expect(textInScript('Brussels', 'sr-Cyrl', 'cyrl')).to.equal('Brussels');
    expect(textInScript('Brussels', 'en', 'cyrl')).to.equal('Brussels');
    expect(textInScript('Москва', 'ru', 'latn')).to.equal('Москва');
    expect(textInScript('Брисел', undefined, 'latn')).to.equal('Брисел');
  });

  it('leaves Serbian content as written when nobody chose a script, without the no-convert markers', () => {
    expect(textInScript('Брисел', 'sr-Cyrl', null)).to.equal('Брисел');
    expect(textInScript('Сајт -{Microsoft}- компаније', 'sr-Cyrl', null)).to.equal('Сајт Microsoft компаније');
    expect(textInScript('Сајт -{Microsoft}- компаније', 'sr-Cyrl', 'cyrl')).to.equal('Сајт Microsoft компаније');
    expect(textInScript('Сајт -{Microsoft}-', 'sr-Cyrl', 'latn')).to.equal('Sajt Microsoft');
    expect(textInScript('a -{b}- c', 'en', 'latn')).to.equal('a -{b}- c');
  });

  it('tags converted content with the script it is now in', () => {
    expect(langInScript('sr-Cyrl', 'latn')).to.equal('sr-Latn');
    expect(langInScript('sr-Latn', 'cyrl')).to.equal('sr-Cyrl');
    expect(langInScript('en', 'latn')).to.equal('en');
    expect(langInScript('sr-Cyrl', null)).to.equal('sr-Cyrl');
    expect(langInScript('sr-Cyrl', 'cyrl')).to.equal('sr-Cyrl');
    expect(langInScript(undefined, 'latn')).to.equal(undefined);
  });
});
