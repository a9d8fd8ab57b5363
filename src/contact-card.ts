/**
 * `<gov-contact-card>`: importing this module registers the element.
 */
import { defineElement } from './page/define.js';
import { GovContactCard } from './components/contact-card/contact-card.js';

export { GovContactCard };
export type { ContactCardLayout } from './components/contact-card/contact-card.js';
export type { GovVCardDownloadDetail, GovVCardDownloadEvent } from './events.js';

defineElement('gov-contact-card', GovContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'gov-contact-card': GovContactCard;
  }
}
