
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Skúsiť znova`,
'contact-card.address': `Adresa`,
'contact-card.closed': `Zatvorené`,
'contact-card.contact': `Kontakt`,
'contact-card.email': `E-mail`,
'contact-card.empty': `Kontaktné údaje nie sú k dispozícii.`,
'contact-card.fax': `Fax`,
'contact-card.hours': `Otváracie hodiny`,
'contact-card.languages': `Jazyky`,
'contact-card.map': `Mapa`,
'contact-card.new-tab': `(otvorí sa na novej karte)`,
'contact-card.phone': `Telefón`,
'contact-card.po-box': str`P. O. Box ${0}`,
'contact-card.save': `Uložiť kontakt`,
'contact-card.show-map': `Zobraziť na mape`,
'contact-card.vcard': `(súbor vCard)`,
'contact-card.web': `Webová stránka`,
'error.format': `Na uvedenej adrese nie je obsah, ktorý sa tu dá zobraziť.`,
'error.http': str`Server nemohol poskytnúť obsah (chyba ${0}).`,
'error.invalid': `Obsah sa nepodarilo prečítať, pretože jeho údaje sú poškodené.`,
'error.network': `Obsah sa nepodarilo načítať. Skontrolujte pripojenie a skúste to znova.`,
'error.no-source': `Nie je čo zobraziť: neboli zadané žiadne údaje.`,
'error.not-found': `Obsah sa na uvedenej adrese nenašiel (chyba 404).`,
'error.timeout': `Server neodpovedal včas. Skúste to, prosím, znova o chvíľu.`,
'error.too-large': `Obsah je príliš veľký na to, aby sa tu dal zobraziť.`,
'news-feed.empty': `Zatiaľ tu nie sú žiadne správy.`,
'news-feed.loading': `Načítavajú sa správy…`,
'news-feed.more-link': `Ďalšie správy`,
'news-feed.more-shown.few': str`Zobrazili sa ešte ${0} správy.`,
'news-feed.more-shown.one': str`Zobrazila sa ešte ${0} správa.`,
'news-feed.more-shown.other': str`Zobrazilo sa ešte ${0} správ.`,
'news-feed.show-more': `Zobraziť ďalšie správy`,
'news-feed.untitled': `Správa`,
'photo-gallery.broken': `Túto fotografiu sa nepodarilo načítať.`,
'photo-gallery.close': `Zavrieť`,
'photo-gallery.counter': str`${0} z ${1}`,
'photo-gallery.credit': `Fotografie:`,
'photo-gallery.empty': `Zatiaľ tu nie sú žiadne fotografie.`,
'photo-gallery.loaded-few': str`Načítali sa ešte ${0} fotografie.`,
'photo-gallery.loaded-one': str`Načítala sa ešte ${0} fotografia.`,
'photo-gallery.loaded-other': str`Načítalo sa ešte ${0} fotografií.`,
'photo-gallery.more': `Zobraziť ďalšie fotografie`,
'photo-gallery.next': `Nasledujúca fotografia`,
'photo-gallery.open-file': `Otvoriť súbor obrázka`,
'photo-gallery.opens': `Otvorí sa v prehliadači fotografií`,
'photo-gallery.photo-credit': `Foto:`,
'photo-gallery.previous': `Predchádzajúca fotografia`,
'photo-gallery.title': `Fotografie`,
'photo-gallery.untitled': str`Fotografia ${0}`,
'photo-gallery.zoom': `Priblížiť`,
'script-toggle.label': `Písmo`,
'script-toggle.label-serbian': `Po srbsky`,
'script-toggle.shown-cyrl': `Stránka sa zobrazuje cyrilikou.`,
'script-toggle.shown-latn': `Stránka sa zobrazuje latinkou.`,
'state.empty': `Zatiaľ tu nie je čo zobraziť.`,
'state.loading': `Načítava sa…`,
    };
  