
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Încercați din nou`,
'contact-card.address': `Adresă`,
'contact-card.closed': `Închis`,
'contact-card.contact': `Contact`,
'contact-card.email': `E-mail`,
'contact-card.empty': `Nu sunt disponibile date de contact.`,
'contact-card.fax': `Fax`,
'contact-card.hours': `Program de lucru`,
'contact-card.languages': `Limbi`,
'contact-card.map': `Hartă`,
'contact-card.new-tab': `(se deschide într-o filă nouă)`,
'contact-card.phone': `Telefon`,
'contact-card.po-box': str`Căsuța poștală ${0}`,
'contact-card.save': `Salvați contactul`,
'contact-card.show-map': `Afișați pe hartă`,
'contact-card.vcard': `(fișier vCard)`,
'contact-card.web': `Site web`,
'error.format': `La adresa indicată nu există conținut care să poată fi afișat aici.`,
'error.http': str`Serverul nu a putut furniza conținutul (eroarea ${0}).`,
'error.invalid': `Conținutul nu a putut fi citit, deoarece datele sunt deteriorate.`,
'error.network': `Conținutul nu a putut fi încărcat. Verificați conexiunea și încercați din nou.`,
'error.no-source': `Nu există conținut de afișat: nu au fost indicate date.`,
'error.not-found': `Conținutul nu a fost găsit la adresa indicată (eroarea 404).`,
'error.timeout': `Serverul nu a răspuns la timp. Încercați din nou peste câteva momente.`,
'error.too-large': `Conținutul este prea mare pentru a fi afișat aici.`,
'news-feed.empty': `Nu există încă știri.`,
'news-feed.loading': `Se încarcă știrile…`,
'news-feed.more-link': `Mai multe știri`,
'news-feed.more-shown.few': str`S-au mai afișat ${0} știri.`,
'news-feed.more-shown.one': str`S-a mai afișat ${0} știre.`,
'news-feed.more-shown.other': str`S-au mai afișat ${0} de știri.`,
'news-feed.show-more': `Afișați mai multe știri`,
'news-feed.untitled': `Știre`,
'photo-gallery.broken': `Această fotografie nu a putut fi încărcată.`,
'photo-gallery.close': `Închideți`,
'photo-gallery.counter': str`${0} din ${1}`,
'photo-gallery.credit': `Fotografii:`,
'photo-gallery.empty': `Aici nu există încă fotografii.`,
'photo-gallery.loaded-few': str`S-au mai încărcat ${0} fotografii.`,
'photo-gallery.loaded-one': str`S-a mai încărcat ${0} fotografie.`,
'photo-gallery.loaded-other': str`S-au mai încărcat ${0} de fotografii.`,
'photo-gallery.more': `Afișați mai multe fotografii`,
'photo-gallery.next': `Fotografia următoare`,
'photo-gallery.open-file': `Deschideți fișierul imagine`,
'photo-gallery.opens': `Se deschide în vizualizatorul de fotografii`,
'photo-gallery.photo-credit': `Foto:`,
'photo-gallery.previous': `Fotografia anterioară`,
'photo-gallery.title': `Fotografii`,
'photo-gallery.untitled': str`Fotografia ${0}`,
'photo-gallery.zoom': `Măriți`,
'script-toggle.label': `Alfabet`,
'script-toggle.label-serbian': `În limba sârbă`,
'script-toggle.shown-cyrl': `Pagina este afișată cu alfabetul chirilic.`,
'script-toggle.shown-latn': `Pagina este afișată cu alfabetul latin.`,
'state.empty': `Nu există încă nimic de afișat.`,
'state.loading': `Se încarcă…`,
    };
  