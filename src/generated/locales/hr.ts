
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Pokušajte ponovno`,
'contact-card.address': `Adresa`,
'contact-card.closed': `Zatvoreno`,
'contact-card.contact': `Kontakt`,
'contact-card.email': `E-pošta`,
'contact-card.empty': `Podaci za kontakt nisu dostupni.`,
'contact-card.fax': `Faks`,
'contact-card.hours': `Radno vrijeme`,
'contact-card.languages': `Jezici`,
'contact-card.map': `Karta`,
'contact-card.new-tab': `(otvara se u novoj kartici)`,
'contact-card.phone': `Telefon`,
'contact-card.po-box': str`Poštanski pretinac ${0}`,
'contact-card.save': `Spremi kontakt`,
'contact-card.show-map': `Prikaži na karti`,
'contact-card.vcard': `(datoteka vCard)`,
'contact-card.web': `Mrežna stranica`,
'error.format': `Na navedenoj adresi nema sadržaja koji se ovdje može prikazati.`,
'error.http': str`Poslužitelj nije mogao dostaviti sadržaj (pogreška ${0}).`,
'error.invalid': `Sadržaj nije moguće pročitati jer su podaci oštećeni.`,
'error.network': `Sadržaj nije moguće učitati. Provjerite vezu i pokušajte ponovno.`,
'error.no-source': `Nema sadržaja za prikaz: podaci nisu navedeni.`,
'error.not-found': `Sadržaj nije pronađen na navedenoj adresi (pogreška 404).`,
'error.timeout': `Poslužitelj predugo ne odgovara. Pokušajte ponovno za nekoliko trenutaka.`,
'error.too-large': `Sadržaj je prevelik da bi se ovdje prikazao.`,
'news-feed.empty': `Još nema vijesti.`,
'news-feed.loading': `Učitavanje vijesti…`,
'news-feed.more-link': `Još vijesti`,
'news-feed.more-shown.few': str`Prikazane su još ${0} vijesti.`,
'news-feed.more-shown.one': str`Prikazana je još ${0} vijest.`,
'news-feed.more-shown.other': str`Prikazano je još ${0} vijesti.`,
'news-feed.show-more': `Prikaži još vijesti`,
'news-feed.untitled': `Vijest`,
'photo-gallery.broken': `Fotografiju nije moguće učitati.`,
'photo-gallery.close': `Zatvori`,
'photo-gallery.counter': str`${0} od ${1}`,
'photo-gallery.credit': `Fotografije:`,
'photo-gallery.empty': `Ovdje još nema fotografija.`,
'photo-gallery.loaded-few': str`Učitane su još ${0} fotografije.`,
'photo-gallery.loaded-one': str`Učitana je još ${0} fotografija.`,
'photo-gallery.loaded-other': str`Učitano je još ${0} fotografija.`,
'photo-gallery.more': `Prikaži još fotografija`,
'photo-gallery.next': `Sljedeća fotografija`,
'photo-gallery.open-file': `Otvori datoteku slike`,
'photo-gallery.opens': `Otvara se u pregledniku fotografija`,
'photo-gallery.photo-credit': `Foto:`,
'photo-gallery.previous': `Prethodna fotografija`,
'photo-gallery.title': `Fotografije`,
'photo-gallery.untitled': str`Fotografija ${0}`,
'photo-gallery.zoom': `Povećaj`,
'script-toggle.label': `Pismo`,
'script-toggle.label-serbian': `Na srpskom`,
'script-toggle.shown-cyrl': `Stranica je prikazana ćirilicom.`,
'script-toggle.shown-latn': `Stranica je prikazana latinicom.`,
'state.empty': `Još nema sadržaja za prikaz.`,
'state.loading': `Učitavanje…`,
    };
  