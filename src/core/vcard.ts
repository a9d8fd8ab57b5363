/**
 * A vCard 3.0 (RFC 2426 on RFC 2425) of an office, the version Android, Apple and Outlook all
 * import. Written strictly: CRLF line ends, text values escaped, lines folded at 75 octets without
 * splitting a UTF-8 character. Pure: a string in, a string out.
 */

export interface VCardAddress {
  postOfficeBox?: string;
  extendedAddress?: string;
  streetAddress?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

/** A labelled group of channels, such as a press office: saved with Apple's item labels. */
export interface VCardContactPoint {
  label?: string;
  telephones: readonly string[];
  faxNumbers: readonly string[];
  emails: readonly string[];
}

export interface VCardOffice {
  /** The organization's name: FN and ORG. */
  name: string;
  address?: VCardAddress;
  /** As written; the number people see is the number they save. */
  telephones: readonly string[];
  faxNumbers: readonly string[];
  emails: readonly string[];
  url?: string;
  geo?: { latitude: number; longitude: number };
  /** Free text, such as the opening hours, one line each. */
  note?: readonly string[];
  contactPoints?: readonly VCardContactPoint[];
}

const crlf = '\r\n';
const maxOctets = 75;

/**
 * Any character some vCard reader takes for the end of a line: CR, LF, and also VT, FF, FS, GS, RS,
 * NEL, U+2028 and U+2029 (line boundaries of Python's splitlines(), of Unicode-aware regexps).
 * Unescaped, a name with one of them could start a property of its own in such a reader.
 */
// eslint-disable-next-line no-control-regex -- these controls are the point
const lineBreak = /\r\n|[\n\v\f\r\u001c-\u001e\u0085\u2028\u2029]/g;
/** The other control characters, which no text value needs; NUL would end the value in C-based readers. */
// eslint-disable-next-line no-control-regex -- these controls are the point
const control = /[\u0000-\u0008\u000e-\u001b\u001f\u007f]/g;

/**
 * Escapes a text value: backslash, comma, semicolon and newline (RFC 2426 §4, "text"), every kind
 * of line break written as the escaped newline, other control characters dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(control, '')
    .replace(/[\\,;]/g, (char) => `\\${char}`)
    .replace(lineBreak, '\\n');
}

const utf8Octets = (char: string) => {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/**
 * Folds a content line so that no line is longer than 75 octets, each continuation starting with
 * one space (RFC 2425 §5.8.1). Breaks fall between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > maxOctets) {
      folded += `${crlf} `;
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}

/**
 * One content line. Values with non-ASCII text carry CHARSET=UTF-8: not in RFC 2426, but Outlook
 * reads the file as the Windows code page without it, and every other client ignores it.
 */
function contentLine(name: string, params: readonly string[], value: string): string {
  const charset = /[^\x20-\x7e]/.test(value) ? ['CHARSET=UTF-8'] : [];
  return foldLine([name, ...params, ...charset].join(';') + ':' + value);
}

const structured = (parts: readonly (string | undefined)[]) => parts.map((part) => escapeText(part ?? '')).join(';');

/** The vCard 3.0 text of an office, CRLF-terminated. */
export function buildVCard(office: VCardOffice): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    contentLine('FN', [], escapeText(office.name)),
    // An organization has no personal name: N is required in 3.0, so its components stay empty.
    'N:;;;;',
    contentLine('ORG', [], escapeText(office.name)),
    // Apple Contacts files the card under the organization instead of an empty person.
    'X-ABShowAs:COMPANY',
  ];
  const address = office.address;
  if (address && Object.values(address).some(Boolean)) {
    const { postOfficeBox, extendedAddress, streetAddress, locality, region, postalCode, country } = address;
    lines.push(
      contentLine(
        'ADR',
        ['TYPE=WORK'],
        structured([postOfficeBox, extendedAddress, streetAddress, locality, region, postalCode, country]),
      ),
    );
  }
  lines.push(...channels(office).map(([name, params, value]) => contentLine(name, params, value)));
  if (office.url) lines.push(contentLine('URL', [], office.url));
  if (office.geo) lines.push(`GEO:${office.geo.latitude};${office.geo.longitude}`);
  if (office.note?.length) lines.push(contentLine('NOTE', [], escapeText(office.note.join('\n'))));
  // Apple labels one property per group ("item1.TEL" + "item1.X-ABLabel"); other clients ignore groups.
  let item = 0;
  for (const point of office.contactPoints ?? []) {
    for (const [name, params, value] of channels(point)) {
      const group = point.label ? `item${++item}.` : '';
      lines.push(contentLine(group + name, params, value));
      if (point.label) lines.push(contentLine(`${group}X-ABLabel`, [], escapeText(point.label)));
    }
  }
  lines.push('END:VCARD');
  return lines.join(crlf) + crlf;
}

type Channel = [name: string, params: string[], value: string];

function channels(point: Omit<VCardContactPoint, 'label'>): Channel[] {
  return [
    ...point.telephones.map((number): Channel => ['TEL', ['TYPE=WORK,VOICE'], escapeText(number)]),
    ...point.faxNumbers.map((number): Channel => ['TEL', ['TYPE=WORK,FAX'], escapeText(number)]),
    ...point.emails.map((email): Channel => ['EMAIL', ['TYPE=INTERNET'], escapeText(email)]),
  ];
}

/**
 * A file name for the card that every operating system accepts: letters (Cyrillic too) and
 * digits of the name, anything else collapsed to "-", at most 60 characters.
 */
export function vCardFileName(name: string): string {
  const letters = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const base = [...letters].slice(0, 60).join('').replace(/-+$/, '');
  return `${base || 'contact'}.vcf`;
}
