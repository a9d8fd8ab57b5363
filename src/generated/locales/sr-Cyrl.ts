
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Покушајте поново`,
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
'state.empty': `Још нема садржаја за приказ.`,
'state.loading': `Учитавање…`,
    };
  