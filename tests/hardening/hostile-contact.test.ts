import { expect, waitUntil } from '@open-wc/testing';
import '../../src/contact-card.js';
import type { GovVCardDownloadDetail } from '../../src/contact-card.js';
import { contactDocument, controlOffice } from './hostile-documents.js';
import { expectHarmless, mountAll, useHostileHarness } from './hostile.js';

describe('hostile data: every XSS vector in every field of <gov-contact-card>', function () {
  this.timeout(60_000);
  const harness = useHostileHarness();

  it('every property of an office and its contact points, and the vCards it saves', async () => {
    const cards = await mountAll(
      harness,
      harness.vectors.map(({ vector }) => ({
        attributes: {},
        inline: { type: 'application/ld+json', text: JSON.stringify(contactDocument(vector)) },
      })),
      'gov-contact-card',
    );
    const vcards: string[] = [];
    for (const card of cards) {
      const names = [...card.shadowRoot!.querySelectorAll('[part="name"]')].map((name) => name.textContent!.trim());
      expect(names).to.include(controlOffice);
      const collect = (event: CustomEvent<GovVCardDownloadDetail>) => {
        event.preventDefault();
        vcards.push(event.detail.vcard);
      };
      card.addEventListener('gov-vcard-download', collect);
      const buttons = card.shadowRoot!.querySelectorAll<HTMLElement>('[part="save-button"]');
      const expected = vcards.length + buttons.length;
      buttons.forEach((button) => button.click());
      // The vCard writer is fetched on the first save (a sibling file of the bundle).
      await waitUntil(() => vcards.length === expected, 'not every card was saved');
      card.removeEventListener('gov-vcard-download', collect);
    }
    expect(vcards.length).to.be.at.least(harness.vectors.length * 3);
    expect(vcards.flatMap(vCardProblems)).to.deep.equal([]);
    await expectHarmless(harness);
  });
});

/** The properties the contact card writes; anything else in a card was injected. */
const vCardProperties = new Set([
  'BEGIN',
  'VERSION',
  'FN',
  'N',
  'ORG',
  'X-ABShowAs',
  'ADR',
  'TEL',
  'EMAIL',
  'URL',
  'GEO',
  'NOTE',
  'X-ABLabel',
  'END',
]);

/**
 * What in a vCard could make a reader see another property or another card: a line break other
 * than CRLF (including those some parsers honour: NEL, U+2028, U+2029, VT, FF, FS–RS, and NUL that
 * ends C strings), a property we do not write, or more than one BEGIN/END.
 */
function vCardProblems(vcard: string): string[] {
  const found: string[] = [];
  const unfolded = vcard.replace(/\r\n[ \t]/g, '');
  if (!unfolded.endsWith('\r\n')) found.push('does not end with CRLF');
  const lines = unfolded.slice(0, -2).split('\r\n');
  for (const line of lines) {
    // eslint-disable-next-line no-control-regex
    const breaking = /[\r\n\u0000\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/.exec(line);
    if (breaking)
      found.push(`U+${breaking[0].codePointAt(0)!.toString(16).padStart(4, '0')} in ${JSON.stringify(line)}`);
    const name = /^(?:item\d+\.)?([A-Za-z-]+)[;:]/.exec(line)?.[1];
    if (!name || !vCardProperties.has(name)) found.push(`unexpected line ${JSON.stringify(line)}`);
  }
  const count = (name: string) => lines.filter((line) => line.startsWith(`${name}:`)).length;
  if (count('BEGIN') !== 1 || count('END') !== 1 || lines[0] !== 'BEGIN:VCARD' || lines.at(-1) !== 'END:VCARD') {
    found.push(`not exactly one card: ${JSON.stringify(vcard.slice(0, 200))}`);
  }
  return found;
}
