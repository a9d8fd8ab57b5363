
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
'news-feed.empty': `Још нема вести.`,
'news-feed.loading': `Учитавање вести…`,
'news-feed.more-link': `Још вести`,
'news-feed.more-shown.few': str`Приказане су још ${0} вести.`,
'news-feed.more-shown.one': str`Приказана је још ${0} вест.`,
'news-feed.more-shown.other': str`Приказано је још ${0} вести.`,
'news-feed.show-more': `Прикажи још вести`,
'news-feed.untitled': `Вест`,
'photo-gallery.broken': `Фотографију није могуће учитати.`,
'photo-gallery.close': `Затвори`,
'photo-gallery.counter': str`${0} од ${1}`,
'photo-gallery.credit': `Фотографије:`,
'photo-gallery.empty': `Овде још нема фотографија.`,
'photo-gallery.loaded-few': str`Учитане су још ${0} фотографије.`,
'photo-gallery.loaded-one': str`Учитана је још ${0} фотографија.`,
'photo-gallery.loaded-other': str`Учитано је још ${0} фотографија.`,
'photo-gallery.more': `Прикажи још фотографија`,
'photo-gallery.next': `Следећа фотографија`,
'photo-gallery.open-file': `Отвори датотеку слике`,
'photo-gallery.opens': `Отвара се у прегледачу фотографија`,
'photo-gallery.photo-credit': `Фото:`,
'photo-gallery.previous': `Претходна фотографија`,
'photo-gallery.title': `Фотографије`,
'photo-gallery.untitled': str`Фотографија ${0}`,
'photo-gallery.zoom': `Увећај`,
'script-toggle.label': `Писмо`,
'script-toggle.label-serbian': `На српском`,
'script-toggle.shown-cyrl': `Страница је приказана ћирилицом.`,
'script-toggle.shown-latn': `Страница је приказана латиницом.`,
'state.empty': `Још нема садржаја за приказ.`,
'state.loading': `Учитавање…`,
    };
  