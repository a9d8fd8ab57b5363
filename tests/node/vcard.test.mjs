// The vCard 3.0 builder against the rules of RFC 2425/2426: CRLF, escaping, 75-octet folding
// that never splits a UTF-8 character, the property set and order the contact card promises.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { importTs } from '../../scripts/lib/import-ts.mjs';

const { buildVCard, escapeText, foldLine, vCardFileName } = await importTs('src/core/vcard.ts');

const octets = (text) => Buffer.byteLength(text, 'utf8');

/** An independent reader: unfold (RFC 2425 §5.8.1), then split each line into group, name, params and value. */
function parse(vcard) {
  assert.ok(vcard.endsWith('\r\n'), 'the card ends with CRLF');
  assert.doesNotMatch(vcard.replace(/\r\n/g, ''), /[\r\n]/, 'no bare CR or LF');
  return vcard
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1)
    .map((line) => {
      const colon = line.indexOf(':');
      const [qualified, ...params] = line.slice(0, colon).split(';');
      const [group, name] = qualified.includes('.') ? qualified.split('.') : [undefined, qualified];
      return { group, name, params, value: line.slice(colon + 1) };
    });
}

/** Splits a structured value on unescaped semicolons and unescapes each component. */
function components(value) {
  return value.split(/(?<!\\);/).map(unescape);
}

function unescape(value) {
  return value.replace(/\\([\\,;nN])/g, (_, char) => (char === 'n' || char === 'N' ? '\n' : char));
}

const mission = {
  name: 'Mission of the Republic of Serbia to NATO',
  address: {
    streetAddress: 'Manfred Worner Building, NATO HQ, Boulevard Léopold III',
    locality: 'Brussels',
    postalCode: '1110',
    country: 'Belgium',
  },
  telephones: ['+32 2 707 79 81'],
  faxNumbers: ['+32 2 707 79 89'],
  emails: ['serbia.nato@mfa.rs'],
  url: 'https://nato.mfa.gov.rs/',
  geo: { latitude: 50.8787, longitude: 4.4233 },
};

test('a card starts with BEGIN and VERSION:3.0, ends with END, and has FN, N and ORG', () => {
  const lines = parse(buildVCard(mission));
  assert.deepEqual(
    lines.map(({ name }) => name),
    ['BEGIN', 'VERSION', 'FN', 'N', 'ORG', 'X-ABShowAs', 'ADR', 'TEL', 'TEL', 'EMAIL', 'URL', 'GEO', 'END'],
  );
  assert.equal(lines[0].value, 'VCARD');
  assert.equal(lines[1].value, '3.0');
  assert.equal(lines.at(-1).value, 'VCARD');
  assert.equal(lines.find(({ name }) => name === 'FN').value, 'Mission of the Republic of Serbia to NATO');
  assert.equal(lines.find(({ name }) => name === 'ORG').value, 'Mission of the Republic of Serbia to NATO');
  // An organization has no personal name, but 3.0 requires N: five empty components.
  assert.equal(lines.find(({ name }) => name === 'N').value, ';;;;');
});

test('ADR is TYPE=WORK with its seven components in order, escaped', () => {
  const adr = parse(buildVCard(mission)).find(({ name }) => name === 'ADR');
  assert.deepEqual(adr.params, ['TYPE=WORK', 'CHARSET=UTF-8']);
  assert.deepEqual(components(adr.value), [
    '',
    '',
    'Manfred Worner Building, NATO HQ, Boulevard Léopold III',
    'Brussels',
    '',
    '1110',
    'Belgium',
  ]);
  assert.match(adr.value, /^;;Manfred Worner Building\\, NATO HQ\\, Boulevard Léopold III;Brussels;;1110;Belgium$/);
  const all = buildVCard({
    ...mission,
    address: {
      postOfficeBox: '12',
      extendedAddress: 'Floor 3',
      streetAddress: 'S',
      locality: 'L',
      region: 'R',
      postalCode: 'P',
      country: 'C',
    },
  });
  assert.match(all, /\r\nADR;TYPE=WORK:12;Floor 3;S;L;R;P;C\r\n/);
});

test('phones, fax, e-mail, URL and GEO use the 3.0 forms', () => {
  const card = buildVCard(mission);
  assert.match(card, /\r\nTEL;TYPE=WORK,VOICE:\+32 2 707 79 81\r\n/);
  assert.match(card, /\r\nTEL;TYPE=WORK,FAX:\+32 2 707 79 89\r\n/);
  assert.match(card, /\r\nEMAIL;TYPE=INTERNET:serbia\.nato@mfa\.rs\r\n/);
  assert.match(card, /\r\nURL:https:\/\/nato\.mfa\.gov\.rs\/\r\n/);
  assert.match(card, /\r\nGEO:50\.8787;4\.4233\r\n/);
});

test('several phones and e-mails each get a line; missing fields get none', () => {
  const card = buildVCard({
    name: 'Office',
    telephones: ['011 1', '011 2'],
    faxNumbers: [],
    emails: ['a@b.rs', 'c@d.rs'],
  });
  assert.equal(card.match(/^TEL;TYPE=WORK,VOICE:/gm).length, 2);
  assert.equal(card.match(/^EMAIL;TYPE=INTERNET:/gm).length, 2);
  for (const absent of ['ADR', 'URL', 'GEO', 'NOTE', 'FAX']) assert.doesNotMatch(card, new RegExp(`^${absent}`, 'm'));
  assert.doesNotMatch(buildVCard({ name: 'O', address: {}, telephones: [], faxNumbers: [], emails: [] }), /ADR/);
});

test('text values escape backslash, comma, semicolon and newline', () => {
  assert.equal(escapeText('a\\b,c;d\ne\r\nf'), 'a\\\\b\\,c\\;d\\ne\\nf');
  // Line breaks of other readers, and control characters, never reach the file as they are.
  assert.equal(
    escapeText('a\u2028b\u2029c\u0085d\ve\ff\u001cg\u0000h\u0007i\tj'),
    'a\\nb\\nc\\nd\\ne\\nf\\ngh' + 'i\tj',
  );
  const lines = parse(
    buildVCard({ name: 'Ministry; Sector, Unit\\Desk\nFloor 2', telephones: [], faxNumbers: [], emails: [] }),
  );
  const fn = lines.find(({ name }) => name === 'FN');
  assert.equal(fn.value, 'Ministry\\; Sector\\, Unit\\\\Desk\\nFloor 2');
  assert.equal(unescape(fn.value), 'Ministry; Sector, Unit\\Desk\nFloor 2');
  // ORG is structured: an escaped semicolon keeps the name one component.
  assert.deepEqual(components(lines.find(({ name }) => name === 'ORG').value), [
    'Ministry; Sector, Unit\\Desk\nFloor 2',
  ]);
});

test('a Cyrillic name is folded at 75 octets, not 75 characters, between characters', () => {
  const name = 'Министарство спољних послова Републике Србије — Сектор за конзуларне послове';
  const card = buildVCard({ name, telephones: [], faxNumbers: [], emails: [] });
  const physical = card.split('\r\n').slice(0, -1);
  const fnStart = physical.findIndex((line) => line.startsWith('FN;'));
  assert.ok(physical[fnStart + 1].startsWith(' '), 'the long FN line is folded');
  for (const line of physical) {
    assert.ok(octets(line) <= 75, `"${line}" is ${octets(line)} octets`);
    // Each physical line is whole UTF-8 on its own: no character was cut.
    assert.equal(Buffer.from(line, 'utf8').toString('utf8'), line);
    assert.ok(!/^\s{2}/.test(line), 'continuations start with exactly one space');
  }
  // 'FN;CHARSET=UTF-8:' is 17 octets; Cyrillic letters are 2 octets each, so the first line holds
  // 29 letters (75 octets would cut the 30th in half) and is 75 octets long or less.
  assert.ok(octets(physical[fnStart]) === 74 || octets(physical[fnStart]) === 75);
  assert.equal(parse(card).find(({ name: property }) => property === 'FN').value, name);
});

test('foldLine leaves short lines alone and folds 4-octet characters whole', () => {
  assert.equal(foldLine('FN:Short'), 'FN:Short');
  const emoji = 'NOTE:' + '😀'.repeat(30);
  const folded = foldLine(emoji);
  for (const line of folded.split('\r\n')) assert.ok(octets(line) <= 75);
  assert.equal(folded.replace(/\r\n /g, ''), emoji);
  assert.equal(foldLine('X'.repeat(75)), 'X'.repeat(75));
  assert.equal(foldLine('X'.repeat(76)), `${'X'.repeat(75)}\r\n X`);
});

test('non-ASCII values carry CHARSET=UTF-8 for Outlook; ASCII values do not', () => {
  const card = buildVCard({
    name: 'Мисија Републике Србије при НАТО',
    telephones: ['+32 2 707 79 81'],
    faxNumbers: [],
    emails: [],
  }).replace(/\r\n /g, '');
  assert.match(card, /\r\nFN;CHARSET=UTF-8:Мисија Републике Србије при НАТО\r\n/);
  assert.match(card, /\r\nORG;CHARSET=UTF-8:Мисија Републике Србије при НАТО\r\n/);
  assert.match(card, /\r\nTEL;TYPE=WORK,VOICE:\+32/);
  assert.match(buildVCard(mission), /\r\nFN:Mission/);
});

test('contact points are saved with Apple item labels, one group per property', () => {
  const card = buildVCard({
    ...mission,
    contactPoints: [
      { label: 'Press', telephones: ['+32 2 707 79 83'], faxNumbers: [], emails: ['press@mfa.rs'] },
      { telephones: ['+32 2 707 79 85'], faxNumbers: [], emails: [] },
    ],
  });
  assert.match(card, /\r\nitem1\.TEL;TYPE=WORK,VOICE:\+32 2 707 79 83\r\nitem1\.X-ABLabel:Press\r\n/);
  assert.match(card, /\r\nitem2\.EMAIL;TYPE=INTERNET:press@mfa\.rs\r\nitem2\.X-ABLabel:Press\r\n/);
  assert.match(card, /\r\nTEL;TYPE=WORK,VOICE:\+32 2 707 79 85\r\nEND:VCARD\r\n$/);
});

test('the note holds free text such as opening hours, escaped', () => {
  const card = buildVCard({ ...mission, note: ['Opening hours: Mon–Fri 09:00–17:00, Sat 09:00–13:00'] });
  assert.match(
    card.replace(/\r\n /g, ''),
    /\r\nNOTE;CHARSET=UTF-8:Opening hours: Mon–Fri 09:00–17:00\\, Sat 09:00–13:00\r\n/,
  );
});

test('property: any name survives escaping and folding, and no line passes 75 octets', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }), (name) => {
      const card = buildVCard({ name, telephones: [], faxNumbers: [], emails: [], address: { streetAddress: name } });
      for (const line of card.split('\r\n')) assert.ok(octets(line) <= 75);
      const lines = parse(card);
      // Every line break a reader may honour is a newline; other controls are dropped.
      /* eslint-disable no-control-regex */
      const expected = name
        .replace(/[\u0000-\u0008\u000e-\u001b\u001f\u007f]/g, '')
        .replace(/\r\n|[\n\v\f\r\u001c-\u001e\u0085\u2028\u2029]/g, '\n');
      /* eslint-enable no-control-regex */
      assert.equal(unescape(lines.find(({ name: property }) => property === 'FN').value), expected);
      assert.equal(components(lines.find(({ name: property }) => property === 'ADR').value)[2], expected);
    }),
    { numRuns: 200 },
  );
});

test('file names keep letters and digits (Cyrillic too) and replace the rest', () => {
  assert.equal(vCardFileName('Мисија Републике Србије при НАТО'), 'Мисија-Републике-Србије-при-НАТО.vcf');
  assert.equal(
    vCardFileName('Mission of the Republic of Serbia to NATO'),
    'Mission-of-the-Republic-of-Serbia-to-NATO.vcf',
  );
  assert.equal(vCardFileName('Ministry / "Sector": Unit?*<>|\\ 2'), 'Ministry-Sector-Unit-2.vcf');
  assert.equal(vCardFileName('Léopold III — Đerdap'), 'Léopold-III-Đerdap.vcf');
  assert.equal(vCardFileName('../../etc/passwd'), 'etc-passwd.vcf');
  assert.equal(vCardFileName('***'), 'contact.vcf');
  assert.ok(vCardFileName('Ж'.repeat(200)).length <= 64);
});
