/**
 * `<gov-contact-card>`: importing this module registers the element.
 */
import { defineElement } from './page/define.js';
import { GovContactCard, type GovVCardDownloadDetail } from './components/contact-card/contact-card.js';

export { GovContactCard };
export type { ContactCardLayout, GovVCardDownloadDetail } from './components/contact-card/contact-card.js';

defineElement('gov-contact-card', GovContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'gov-contact-card': GovContactCard;
  }
  interface GlobalEventHandlersEventMap {
    'gov-vcard-download': CustomEvent<GovVCardDownloadDetail>;
  }
}
