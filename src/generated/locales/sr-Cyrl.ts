
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
'script-toggle.label': `Писмо`,
'script-toggle.shown-cyrl': `Страница је приказана ћирилицом.`,
'script-toggle.shown-latn': `Страница је приказана латиницом.`,
'state.empty': `Још нема садржаја за приказ.`,
'state.loading': `Учитавање…`,
    };
  