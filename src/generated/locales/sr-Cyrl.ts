
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Покушајте поново`,
'contact-card.address': `Адреса`,
'contact-card.closed': `Не ради`,
'contact-card.contact': `Контакт`,
'contact-card.email': `Е-пошта`,
'contact-card.empty': `Контакт подаци нису доступни.`,
'contact-card.fax': `Факс`,
'contact-card.hours': `Радно време`,
'contact-card.languages': `Језици`,
'contact-card.map': `Мапа`,
'contact-card.new-tab': `(отвара се у новој картици)`,
'contact-card.phone': `Телефон`,
'contact-card.po-box': str`Поштански фах ${0}`,
'contact-card.save': `Сачувај контакт`,
'contact-card.show-map': `Прикажи на мапи`,
'contact-card.vcard': `(vCard датотека)`,
'contact-card.web': `Веб-сајт`,
'error.format': `На наведеној адреси нема садржаја који се овде може приказати.`,
'error.http': str`Сервер није могао да достави садржај (грешка ${0}).`,
'error.invalid': `Садржај није могуће прочитати јер су подаци оштећени.`,
'error.network': `Садржај није могуће учитати. Проверите везу и покушајте поново.`,
'error.no-source': `Нема садржаја за приказ: подаци нису наведени.`,
'error.not-found': `Садржај није пронађен на наведеној адреси (грешка 404).`,
'error.timeout': `Сервер предуго не одговара. Покушајте поново за неколико тренутака.`,
'error.too-large': `Садржај је превелик да би се овде приказао.`,
'state.empty': `Још нема садржаја за приказ.`,
'state.loading': `Учитавање…`,
    };
  