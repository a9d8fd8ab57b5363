// The transliteration engine is imported by server-side code and build scripts too: it must load and work
// in plain Node, with no DOM. (The full rule-by-rule suite runs in the browser: tests/core/transliterate.test.ts.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTs } from '../../scripts/lib/import-ts.mjs';

const t = await importTs('src/core/transliterate.ts');

describe('transliterate in plain Node', () => {
  it('loads without a DOM and exports the public API', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.window, 'undefined');
    for (const name of ['toLatin', 'toCyrillic', 'hasCyrillic', 'hasLatin', 'addExceptions', 'stripNoConvertMarkers']) {
      assert.equal(typeof t[name], 'function', name);
    }
    assert.equal(t.NO_CONVERT_OPEN, '-{');
    assert.equal(t.NO_CONVERT_CLOSE, '}-');
  });

  it('converts in both directions', () => {
    assert.equal(t.toLatin('Влада Републике Србије, Љубљана, ЉУБЉАНА'), 'Vlada Republike Srbije, Ljubljana, LJUBLJANA');
    assert.equal(
      t.toCyrillic('Injekcija, odžak i nadzor na www.srbija.gov.rs, NATO-a i Petar II'),
      'Инјекција, оџак и надзор на www.srbija.gov.rs, НАТО-а и Петар II',
    );
  });

  it('answers the cheap script tests', () => {
    assert.equal(t.hasCyrillic('abc ћ'), true);
    assert.equal(t.hasCyrillic('abc ы'), false);
    assert.equal(t.hasLatin('Влада 2024.'), false);
    assert.equal(t.hasLatin('Влада d.o.o.'), true);
  });

  it('returns the same string when there is nothing to convert', () => {
    const latin = 'Plain Latin text, 123.';
    assert.equal(t.toLatin(latin), latin);
    const cyrillic = 'Ћирилица, 123.';
    assert.equal(t.toCyrillic(cyrillic), cyrillic);
  });

  it('handles a long text (decoded in one go) and keeps lone surrogates', () => {
    const paragraph = 'Народна скупштина је усвојила закон о џеповима и љубави. ';
    const long = paragraph.repeat(20_000);
    const latin = t.toLatin(long);
    assert.equal(latin, 'Narodna skupština je usvojila zakon o džepovima i ljubavi. '.repeat(20_000));
    assert.equal(t.toCyrillic(latin), long);
    assert.equal(t.toLatin(`ђ\uD800ђ${'ш'.repeat(100)}`), `đ\uD800đ${'š'.repeat(100)}`);
    assert.equal(t.toCyrillic(`đ\uDC00đ${'š'.repeat(100)}`), `ђ\uDC00ђ${'ш'.repeat(100)}`);
  });

  it('takes site exceptions', () => {
    t.addExceptions({ keepLatin: ['Renault'], stems: ['ванјевропск'], cyrillicForms: { BBC: 'Би-Би-Си' } });
    assert.equal(t.toCyrillic('Renault, vanjevropski, BBC-ja'), 'Renault, ванјевропски, Би-Би-Си-ја');
    assert.throws(() => t.addExceptions({ stems: ['injekc'] }), TypeError);
  });
});
