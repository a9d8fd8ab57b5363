// Which feed items carry a tag (<gov-news-feed tag="…">): case, surrounding space and script do not
// count; anything else does. Run with the project's own Latin converter, as the CLI has it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { importTs } from '../../scripts/lib/import-ts.mjs';

const { tagMatcher } = await importTs('src/core/tags.ts');
const { toLatin } = await importTs('src/core/transliteration/to-latin.ts');
const { toCyrillic } = await importTs('src/core/transliteration/to-cyrillic.ts');

describe('tagMatcher', () => {
  it('matches a tag whatever its case, spaces and script', () => {
    const carries = tagMatcher('Вести', toLatin);
    for (const tag of ['Вести', 'вести', 'VESTI', 'vesti', '  Vesti ', 'ВЕСТИ']) assert.equal(carries(tag), true, tag);
    assert.equal(tagMatcher(' nato ', toLatin)('НАТО'), true);
    assert.equal(tagMatcher('Đerdap', toLatin)('Ђердап'), true);
  });

  it('does not match another word, a part of one, or an empty tag', () => {
    const carries = tagMatcher('Вести', toLatin);
    for (const tag of ['Вест', 'Вести из света', 'Vesti2', '', 'Posete']) assert.equal(carries(tag), false, tag);
    assert.equal(tagMatcher('Ljubljana', toLatin)('Lj ubljana'), false);
  });

  it('converts each distinct tag once, however many items repeat it', () => {
    let conversions = 0;
    const counting = (text) => (conversions++, toLatin(text));
    const carries = tagMatcher('Посете', counting);
    for (let item = 0; item < 1000; item++) for (const tag of ['Посете', 'Вести', 'НАТО']) carries(tag);
    assert.equal(conversions, 1 + 3);
  });

  it('property: a Serbian word matches itself in the other script and in other cases', () => {
    const letters = [...'абвгдђежзијклљмнњопрстћуфхцчџш'];
    const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(word, (cyrillic) => {
        const latin = toLatin(cyrillic);
        assert.equal(tagMatcher(cyrillic, toLatin)(latin.toUpperCase()), true);
        assert.equal(tagMatcher(latin, toLatin)(toCyrillic(latin).toUpperCase()), true);
      }),
    );
  });

  it('property: it agrees with comparing the two tags in lower-case Latin', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (wanted, tag) => {
        const expected = toLatin(wanted.trim()).toLowerCase() === toLatin(tag.trim()).toLowerCase();
        assert.equal(tagMatcher(wanted, toLatin)(tag), expected);
      }),
    );
  });
});
