
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Pokušajte ponovo`,
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
'state.empty': `Još nema sadržaja za prikaz.`,
'state.loading': `Učitavanje…`,
    };
  