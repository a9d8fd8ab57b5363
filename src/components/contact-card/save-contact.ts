/**
 * "Save contact" of `<gov-contact-card>`: the office as a vCard 3.0 file, downloaded through a
 * temporary link to a Blob URL (no data: URL, nothing for CSP to block). Loaded when the button is
 * about to be pressed (pointer or focus on it) or is pressed: most visitors never save a card.
 *
 * In the one-file bundle this module is a sibling file that must stand alone, so it imports no
 * stateful module of the suite: the card hands it the office's texts as they are shown (in the
 * page's script and language).
 */
import type { ContactAddress, ContactChannels, Office } from '../../core/contact.js';
import { buildVCard, vCardFileName, type VCardAddress } from '../../core/vcard.js';
import { emit, type GovVCardDownloadDetail } from '../../events.js';

/** The office's texts as the card shows them. */
export interface ShownOffice {
  /** The name on the card. */
  name: string;
  /** Data text of the office as shown; undefined for no text. */
  text(value: string | undefined): string | undefined;
  /** The country of the address, as shown. */
  country?: string;
  /** Free text lines: the opening hours. */
  note?: string[];
}

/** Long enough for a slow browser to start the download; the URL is freed afterwards. */
const revokeDelay = 40_000;

const channels = (from: ContactChannels) => ({
  telephones: from.telephones.map((phone) => phone.text),
  faxNumbers: from.faxNumbers,
  emails: from.emails.map((email) => email.address),
});

function vCardAddress(address: ContactAddress, shown: ShownOffice): VCardAddress {
  if (address.text) return { streetAddress: shown.text(address.text) };
  return {
    postOfficeBox: address.postOfficeBox,
    streetAddress: shown.text(address.streetAddress),
    locality: shown.text(address.locality),
    region: shown.text(address.region),
    postalCode: address.postalCode,
    country: shown.country,
  };
}

/**
 * Fires the cancelable `gov-vcard-download` on `element`, then (unless cancelled) downloads the
 * card, through a link appended to `root` for the moment of its click.
 */
export function saveContact(element: HTMLElement, root: ParentNode, office: Office, shown: ShownOffice): void {
  const vcard = buildVCard({
    name: shown.name,
    address: office.address && vCardAddress(office.address, shown),
    ...channels(office),
    url: office.url,
    geo: office.geo,
    note: shown.note,
    contactPoints: office.contactPoints.map((point) => ({
      label: shown.text(point.contactType ?? point.name),
      ...channels(point),
    })),
  });
  const detail: GovVCardDownloadDetail = { name: shown.name, fileName: vCardFileName(shown.name), vcard };
  if (!emit(element, 'gov-vcard-download', detail, { cancelable: true })) return;
  const url = URL.createObjectURL(new Blob([vcard], { type: 'text/vcard;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = detail.fileName;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), revokeDelay);
}
