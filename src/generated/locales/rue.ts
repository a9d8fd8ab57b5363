
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Пробуйце ознова`,
'contact-card.address': `Адреса`,
'contact-card.closed': `Нє роби`,
'contact-card.contact': `Контакт`,
'contact-card.email': `Имейл`,
'contact-card.empty': `Податки за контакт нє доступни.`,
'contact-card.fax': `Факс`,
'contact-card.hours': `Роботни час`,
'contact-card.languages': `Язики`,
'contact-card.map': `Мапа`,
'contact-card.new-tab': `(отвера ше у новим облачку)`,
'contact-card.phone': `Телефон`,
'contact-card.po-box': str`Поштови фах ${0}`,
'contact-card.save': `Зачувай контакт`,
'contact-card.show-map': `Прикаж на мапи`,
'contact-card.vcard': `(файл vCard)`,
'contact-card.web': `Вебсайт`,
'error.format': `На наведзеней адреси нєт змисту хтори ше ту може приказац.`,
'error.http': str`Сервер нє бул годни доставиц змист (гришка ${0}).`,
'error.invalid': `Змист нє мож прочитац бо податки пошкодзени.`,
'error.network': `Змист нє мож учитац. Преверце вязу и пробуйце ознова.`,
'error.no-source': `Нєт змисту за приказ: податки нє наведзени.`,
'error.not-found': `Змист нє пренайдзени на наведзеней адреси (гришка 404).`,
'error.timeout': `Сервер предлуго нє одвитує. Пробуйце ознова о даскельо хвильки.`,
'error.too-large': `Змист превельки же би ше го ту приказало.`,
'news-feed.empty': `Ище нєт вистки.`,
'news-feed.loading': `Учитованє висткох…`,
'news-feed.more-link': `Вецей вистки`,
'news-feed.more-shown.few': str`Приказани ище ${0} вистки.`,
'news-feed.more-shown.one': str`Приказана ище ${0} вистка.`,
'news-feed.more-shown.other': str`Приказани ище ${0} вистки.`,
'news-feed.show-more': `Прикаж ище вистки`,
'news-feed.untitled': `Вистка`,
'photo-gallery.broken': `Тоту фотоґрафию нє мож учитац.`,
'photo-gallery.close': `Заварц`,
'photo-gallery.counter': str`${0} од ${1}`,
'photo-gallery.credit': `Фотоґрафиї:`,
'photo-gallery.empty': `Ту ище нєт фотоґрафиї.`,
'photo-gallery.loaded-few': str`Учитани ище ${0} фотоґрафиї.`,
'photo-gallery.loaded-one': str`Учитана ище ${0} фотоґрафия.`,
'photo-gallery.loaded-other': str`Учитани ище ${0} фотоґрафиї.`,
'photo-gallery.more': `Прикаж ище фотоґрафиї`,
'photo-gallery.next': `Шлїдуюца фотоґрафия`,
'photo-gallery.open-file': `Отвор файл слики`,
'photo-gallery.opens': `Отвера ше у прегляду фотоґрафийох`,
'photo-gallery.photo-credit': `Фото:`,
'photo-gallery.previous': `Предходна фотоґрафия`,
'photo-gallery.title': `Фотоґрафиї`,
'photo-gallery.untitled': str`Фотоґрафия ${0}`,
'photo-gallery.zoom': `Звекшай`,
'script-toggle.label': `Писмо`,
'script-toggle.label-serbian': `По сербски`,
'script-toggle.shown-cyrl': `Бок приказани на цирилики.`,
'script-toggle.shown-latn': `Бок приказани на латинки.`,
'state.empty': `Ище нєт змисту за приказ.`,
'state.loading': `Учитованє…`,
    };
  