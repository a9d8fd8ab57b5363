// Rules the contact card and its vCard share, in core so that both and this test reach them without an
// element: where the postal code goes (src/core/contact.ts) and when a text's language is the page's
// (src/core/locale.ts, which decides whether a text gets a lang attribute of its own).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { importTs } from '../../scripts/lib/import-ts.mjs';

const { postalCodeFollowsPlace } = await importTs('src/core/contact.ts');
const { sameLanguage } = await importTs('src/core/locale.ts');

test('the postal code follows the place in the US, Canada, Australia, Britain and Ireland only', () => {
  for (const code of ['US', 'CA', 'AU', 'GB', 'IE', 'us']) assert.equal(postalCodeFollowsPlace(code), true, code);
  for (const code of ['RS', 'BE', 'HU', 'HR', 'DE', undefined, ''])
    assert.equal(postalCodeFollowsPlace(code), false, code);
});

test('languages are the same in any case, and Serbian by its script', () => {
  assert.equal(sameLanguage('EN', 'en'), true);
  assert.equal(sameLanguage('sr', 'sr-Cyrl-RS'), true, 'Serbian without a script is Cyrillic');
  assert.equal(sameLanguage('sr-Latn', 'sr-latn-rs'), true);
  assert.equal(sameLanguage('sr-Cyrl', 'sr-Latn'), false);
  assert.equal(sameLanguage('en', 'en-GB'), false, 'other languages compare their whole tags');
  assert.equal(sameLanguage('hu', 'sr'), false);
});

test('sameLanguage is symmetric and reflexive', () => {
  const tag = fc.constantFrom('sr', 'sr-Cyrl', 'sr-Latn', 'SR-LATN-RS', 'sr-RS', 'en', 'EN', 'hu', 'sk', 'rue', 'hr');
  fc.assert(
    fc.property(tag, tag, (a, b) => {
      assert.equal(sameLanguage(a, b), sameLanguage(b, a));
      assert.equal(sameLanguage(a, a), true);
    }),
  );
});
