
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Pokušajte ponovo`,
'contact-card.address': `Adresa`,
'contact-card.closed': `Ne radi`,
'contact-card.contact': `Kontakt`,
'contact-card.email': `E-pošta`,
'contact-card.empty': `Kontakt podaci nisu dostupni.`,
'contact-card.fax': `Faks`,
'contact-card.hours': `Radno vreme`,
'contact-card.languages': `Jezici`,
'contact-card.map': `Mapa`,
'contact-card.new-tab': `(otvara se u novoj kartici)`,
'contact-card.phone': `Telefon`,
'contact-card.po-box': str`Poštanski fah ${0}`,
'contact-card.save': `Sačuvaj kontakt`,
'contact-card.show-map': `Prikaži na mapi`,
'contact-card.vcard': `(vCard datoteka)`,
'contact-card.web': `Veb-sajt`,
'error.format': `Na navedenoj adresi nema sadržaja koji se ovde može prikazati.`,
'error.http': str`Server nije mogao da dostavi sadržaj (greška ${0}).`,
'error.invalid': `Sadržaj nije moguće pročitati jer su podaci oštećeni.`,
'error.network': `Sadržaj nije moguće učitati. Proverite vezu i pokušajte ponovo.`,
'error.no-source': `Nema sadržaja za prikaz: podaci nisu navedeni.`,
'error.not-found': `Sadržaj nije pronađen na navedenoj adresi (greška 404).`,
'error.timeout': `Server predugo ne odgovara. Pokušajte ponovo za nekoliko trenutaka.`,
'error.too-large': `Sadržaj je prevelik da bi se ovde prikazao.`,
'news-feed.empty': `Još nema vesti.`,
'news-feed.loading': `Učitavanje vesti…`,
'news-feed.more-link': `Još vesti`,
'news-feed.more-shown.few': str`Prikazane su još ${0} vesti.`,
'news-feed.more-shown.one': str`Prikazana je još ${0} vest.`,
'news-feed.more-shown.other': str`Prikazano je još ${0} vesti.`,
'news-feed.show-more': `Prikaži još vesti`,
'news-feed.untitled': `Vest`,
'photo-gallery.broken': `Fotografiju nije moguće učitati.`,
'photo-gallery.close': `Zatvori`,
'photo-gallery.counter': str`${0} od ${1}`,
'photo-gallery.credit': `Fotografije:`,
'photo-gallery.empty': `Ovde još nema fotografija.`,
'photo-gallery.loaded-few': str`Učitane su još ${0} fotografije.`,
'photo-gallery.loaded-one': str`Učitana je još ${0} fotografija.`,
'photo-gallery.loaded-other': str`Učitano je još ${0} fotografija.`,
'photo-gallery.more': `Prikaži još fotografija`,
'photo-gallery.next': `Sledeća fotografija`,
'photo-gallery.open-file': `Otvori datoteku slike`,
'photo-gallery.opens': `Otvara se u pregledaču fotografija`,
'photo-gallery.photo-credit': `Foto:`,
'photo-gallery.previous': `Prethodna fotografija`,
'photo-gallery.title': `Fotografije`,
'photo-gallery.untitled': str`Fotografija ${0}`,
'photo-gallery.zoom': `Uvećaj`,
'script-toggle.label': `Pismo`,
'script-toggle.label-serbian': `Na srpskom`,
'script-toggle.shown-cyrl': `Stranica je prikazana ćirilicom.`,
'script-toggle.shown-latn': `Stranica je prikazana latinicom.`,
'state.empty': `Još nema sadržaja za prikaz.`,
'state.loading': `Učitavanje…`,
    };
  