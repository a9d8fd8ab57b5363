// Telling Serbian Cyrillic from other Cyrillic, for pages that do not name their language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTs } from '../../scripts/lib/import-ts.mjs';

const { looksSerbianCyrillic } = await importTs('src/core/serbian-text.ts');

describe('looksSerbianCyrillic', () => {
  it('knows Serbian Cyrillic, with or without its own letters', () => {
    assert.equal(looksSerbianCyrillic('Мисија Републике Србије при НАТО у Бриселу, вести и контакт.'), true);
    assert.equal(looksSerbianCyrillic('Влада је данас усвојила закон о буџету за наредну годину.'), true);
  });

  it('says no to other languages in Cyrillic, to Latin text and to too little text', () => {
    assert.equal(looksSerbianCyrillic('Это страница на русском языке, и мы объявляем об этом.'), false);
    assert.equal(looksSerbianCyrillic('Това е страница на български език, която съобщава новини.'), false);
    assert.equal(looksSerbianCyrillic('Це сторінка українською мовою, її їжак читає.'), false);
    assert.equal(looksSerbianCyrillic('Misija Republike Srbije pri NATO u Briselu, vesti i kontakt.'), false);
    assert.equal(looksSerbianCyrillic('Вести'), false);
    assert.equal(looksSerbianCyrillic('The Mission of Serbia to NATO (Мисија) publishes news in English.'), false);
  });
});
