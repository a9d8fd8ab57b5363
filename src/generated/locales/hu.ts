
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Újrapróbálkozás`,
'contact-card.address': `Cím`,
'contact-card.closed': `Zárva`,
'contact-card.contact': `Kapcsolat`,
'contact-card.email': `E-mail`,
'contact-card.empty': `Nincsenek elérhetőségi adatok.`,
'contact-card.fax': `Fax`,
'contact-card.hours': `Nyitvatartás`,
'contact-card.languages': `Nyelvek`,
'contact-card.map': `Térkép`,
'contact-card.new-tab': `(új lapon nyílik meg)`,
'contact-card.phone': `Telefon`,
'contact-card.po-box': str`Postafiók ${0}`,
'contact-card.save': `Névjegy mentése`,
'contact-card.show-map': `Megtekintés térképen`,
'contact-card.vcard': `(vCard-fájl)`,
'contact-card.web': `Weboldal`,
'error.format': `A megadott címen nincs itt megjeleníthető tartalom.`,
'error.http': str`A szerver nem tudta biztosítani a tartalmat (hibakód: ${0}).`,
'error.invalid': `A tartalmat nem sikerült beolvasni, mert az adatai sérültek.`,
'error.network': `A tartalmat nem sikerült betölteni. Ellenőrizze az internetkapcsolatot, és próbálja újra.`,
'error.no-source': `Nincs megjeleníthető tartalom: nincsenek megadva adatok.`,
'error.not-found': `A tartalom nem található a megadott címen (404-es hiba).`,
'error.timeout': `A szerver túl sokáig nem válaszolt. Kérjük, próbálja újra néhány pillanat múlva.`,
'error.too-large': `A tartalom túl nagy ahhoz, hogy itt megjelenjen.`,
'news-feed.empty': `Még nincsenek hírek.`,
'news-feed.loading': `Hírek betöltése…`,
'news-feed.more-link': `További hírek`,
'news-feed.more-shown.few': str`További ${0} hír megjelenítve.`,
'news-feed.more-shown.one': str`További ${0} hír megjelenítve.`,
'news-feed.more-shown.other': str`További ${0} hír megjelenítve.`,
'news-feed.show-more': `További hírek megjelenítése`,
'news-feed.untitled': `Hír`,
'photo-gallery.broken': `Ezt a fotót nem sikerült betölteni.`,
'photo-gallery.close': `Bezárás`,
'photo-gallery.counter': str`${0} / ${1}`,
'photo-gallery.credit': `Fotók:`,
'photo-gallery.empty': `Itt még nincsenek fotók.`,
'photo-gallery.loaded-few': str`További ${0} fotó betöltve.`,
'photo-gallery.loaded-one': str`További ${0} fotó betöltve.`,
'photo-gallery.loaded-other': str`További ${0} fotó betöltve.`,
'photo-gallery.more': `További fotók megjelenítése`,
'photo-gallery.next': `Következő fotó`,
'photo-gallery.open-file': `A képfájl megnyitása`,
'photo-gallery.opens': `A képnézegetőben nyílik meg`,
'photo-gallery.photo-credit': `Fotó:`,
'photo-gallery.previous': `Előző fotó`,
'photo-gallery.title': `Fotók`,
'photo-gallery.untitled': str`${0}. fotó`,
'photo-gallery.zoom': `Nagyítás`,
'script-toggle.label': `Írásrendszer`,
'script-toggle.label-serbian': `Szerb nyelven`,
'script-toggle.shown-cyrl': `Az oldal cirill betűs írással jelenik meg.`,
'script-toggle.shown-latn': `Az oldal latin betűs írással jelenik meg.`,
'state.empty': `Még nincs megjeleníthető tartalom.`,
'state.loading': `Betöltés…`,
    };
  