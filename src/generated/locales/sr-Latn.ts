
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
'script-toggle.label': `Pismo`,
'script-toggle.shown-cyrl': `Stranica je prikazana ćirilicom.`,
'script-toggle.shown-latn': `Stranica je prikazana latinicom.`,
'state.empty': `Još nema sadržaja za prikaz.`,
'state.loading': `Učitavanje…`,
    };
  