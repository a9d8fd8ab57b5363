/**
 * Every element in each language added for Vojvodina (Hungarian, Slovak, Romanian, Pannonian Rusyn,
 * Croatian), as a reader of a page in that language sees it: dates and day names from Intl (Rusyn's
 * in Serbian Cyrillic, marked so), the plural form of each count (1, 2, 5, 21 and 0 items) in the
 * "more shown" announcements, the empty states, the lightbox, the contact card and the script toggle.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { GovContactCard, GovNewsFeed, GovPhotoGallery, GovScriptToggle } from '../../src/index.js';
import { localeReady } from '../../src/localization.js';
import { demoItem, mount, photoFeed, respond } from '../photo-gallery/helpers.js';
import { muteWarnings } from '../support/console.js';

type Count = 1 | 2 | 5 | 21;

interface Language {
  /** The dateline's date of 23 November 2016, and its `lang` when it is not the page's language. */
  date: string;
  dateLang?: string;
  /** "N more news items shown." for N = 1, 2, 5, 21. */
  newsShown: Record<Count, string>;
  newsEmpty: string;
  /** "N more photos loaded." for N = 1, 2, 5, 21 and 0 (a next page of photos already shown). */
  photosLoaded: Record<Count | 0, string>;
  photosEmpty: string;
  /** The name of an untitled first photo, the lightbox's counter on photo 2 of 22 and its close button. */
  untitled: string;
  counter: string;
  close: string;
  /** The contact card: the address label, the country, the opening hours rows, the languages spoken. */
  addressLabel: string;
  country: string;
  hours: string[];
  languages: string;
  /** The script toggle's group on a page in this language: links to the Serbian pages. */
  toggleLabel: string;
}

const languages: Record<string, Language> = {
  hu: {
    date: '2016. november 23.',
    newsShown: {
      1: 'További 1 hír megjelenítve.',
      2: 'További 2 hír megjelenítve.',
      5: 'További 5 hír megjelenítve.',
      21: 'További 21 hír megjelenítve.',
    },
    newsEmpty: 'Még nincsenek hírek.',
    photosLoaded: {
      1: 'További 1 fotó betöltve.',
      2: 'További 2 fotó betöltve.',
      5: 'További 5 fotó betöltve.',
      21: 'További 21 fotó betöltve.',
      0: 'További 0 fotó betöltve.',
    },
    photosEmpty: 'Itt még nincsenek fotók.',
    untitled: '1. fotó',
    counter: '2 / 22',
    close: 'Bezárás',
    addressLabel: 'Cím',
    country: 'Belgium',
    hours: ['H–P 09:00–17:00', 'V Zárva'],
    languages: 'szerb, magyar és angol',
    toggleLabel: 'Szerb nyelven',
  },
  sk: {
    date: '23. novembra 2016',
    newsShown: {
      1: 'Zobrazila sa ešte 1 správa.',
      2: 'Zobrazili sa ešte 2 správy.',
      5: 'Zobrazilo sa ešte 5 správ.',
      21: 'Zobrazilo sa ešte 21 správ.',
    },
    newsEmpty: 'Zatiaľ tu nie sú žiadne správy.',
    photosLoaded: {
      1: 'Načítala sa ešte 1 fotografia.',
      2: 'Načítali sa ešte 2 fotografie.',
      5: 'Načítalo sa ešte 5 fotografií.',
      21: 'Načítalo sa ešte 21 fotografií.',
      0: 'Načítalo sa ešte 0 fotografií.',
    },
    photosEmpty: 'Zatiaľ tu nie sú žiadne fotografie.',
    untitled: 'Fotografia 1',
    counter: '2 z 22',
    close: 'Zavrieť',
    addressLabel: 'Adresa',
    country: 'Belgicko',
    hours: ['po–pi 09:00–17:00', 'ne Zatvorené'],
    languages: 'srbčina, maďarčina a angličtina',
    toggleLabel: 'Po srbsky',
  },
  ro: {
    date: '23 noiembrie 2016',
    newsShown: {
      1: 'S-a mai afișat 1 știre.',
      2: 'S-au mai afișat 2 știri.',
      5: 'S-au mai afișat 5 știri.',
      21: 'S-au mai afișat 21 de știri.',
    },
    newsEmpty: 'Nu există încă știri.',
    photosLoaded: {
      1: 'S-a mai încărcat 1 fotografie.',
      2: 'S-au mai încărcat 2 fotografii.',
      5: 'S-au mai încărcat 5 fotografii.',
      21: 'S-au mai încărcat 21 de fotografii.',
      0: 'S-au mai încărcat 0 fotografii.',
    },
    photosEmpty: 'Aici nu există încă fotografii.',
    untitled: 'Fotografia 1',
    counter: '2 din 22',
    close: 'Închideți',
    addressLabel: 'Adresă',
    country: 'Belgia',
    hours: ['lun.–vin. 09:00–17:00', 'dum. Închis'],
    languages: 'sârbă, maghiară și engleză',
    toggleLabel: 'În limba sârbă',
  },
  rue: {
    // Intl has no Rusyn: dates, day and country names come in Serbian Cyrillic, marked as such.
    date: '23. новембар 2016.',
    dateLang: 'sr-Cyrl',
    newsShown: {
      1: 'Приказана ище 1 вистка.',
      2: 'Приказани ище 2 вистки.',
      5: 'Приказани ище 5 вистки.',
      21: 'Приказани ище 21 вистки.',
    },
    newsEmpty: 'Ище нєт вистки.',
    photosLoaded: {
      1: 'Учитана ище 1 фотоґрафия.',
      2: 'Учитани ище 2 фотоґрафиї.',
      5: 'Учитани ище 5 фотоґрафиї.',
      21: 'Учитани ище 21 фотоґрафиї.',
      0: 'Учитани ище 0 фотоґрафиї.',
    },
    photosEmpty: 'Ту ище нєт фотоґрафиї.',
    untitled: 'Фотоґрафия 1',
    counter: '2 од 22',
    close: 'Заварц',
    addressLabel: 'Адреса',
    country: 'Белгија',
    hours: ['пон–пет 09:00–17:00', 'нед Нє роби'],
    languages: 'српски, мађарски и енглески',
    toggleLabel: 'По сербски',
  },
  hr: {
    date: '23. studenoga 2016.',
    newsShown: {
      1: 'Prikazana je još 1 vijest.',
      2: 'Prikazane su još 2 vijesti.',
      5: 'Prikazano je još 5 vijesti.',
      21: 'Prikazana je još 21 vijest.',
    },
    newsEmpty: 'Još nema vijesti.',
    photosLoaded: {
      1: 'Učitana je još 1 fotografija.',
      2: 'Učitane su još 2 fotografije.',
      5: 'Učitano je još 5 fotografija.',
      21: 'Učitana je još 21 fotografija.',
      0: 'Učitano je još 0 fotografija.',
    },
    photosEmpty: 'Ovdje još nema fotografija.',
    untitled: 'Fotografija 1',
    counter: '2 od 22',
    close: 'Zatvori',
    addressLabel: 'Adresa',
    country: 'Belgija',
    hours: ['pon–pet 09:00–17:00', 'ned Zatvoreno'],
    languages: 'srpski, mađarski i engleski',
    toggleLabel: 'Na srpskom',
  },
};

const root = document.documentElement;
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (el: Element, selector: string) => clean(el.shadowRoot!.querySelector(selector)?.textContent);

/** A news item of 23 November 2016 with a dateline place, in the page's language. */
const newsItem = (index: number) => ({
  id: `item-${index}`,
  url: `https://example.rs/vesti/${index}`,
  title: `Item ${index}`,
  content_text: `Text ${index}.`,
  date_published: '2016-11-23T14:30:00+01:00',
  _gov: { place: 'Subotica' },
});

async function newsFeed(language: string, items: number, limit: number): Promise<GovNewsFeed> {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'News',
    language,
    items: Array.from({ length: items }, (_, index) => newsItem(index)),
  };
  const el = await fixture<GovNewsFeed>(
    html`<gov-news-feed limit=${limit}
      ><script type="application/feed+json">
        ${JSON.stringify(feed)}
      </script></gov-news-feed
    >`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part="item"], [part="empty"]'), 'the feed did not render');
  return el;
}

/** A gallery of one untitled photo whose next page brings `count` new photos (0: the same photo again). */
async function galleryLoading(language: string, count: number): Promise<GovPhotoGallery> {
  const untitled = (index: number) => demoItem(index, { title: undefined, content_text: undefined, _gov: {} });
  const next = photoFeed(count ? Array.from({ length: count }, (_, index) => untitled(index + 1)) : [untitled(0)], {
    language,
  });
  const el = await mount(
    photoFeed([untitled(0)], {
      language,
      next_url: respond({ type: 'application/feed+json', body: JSON.stringify(next) }),
    }),
  );
  const status = el.shadowRoot!.querySelector('.wrap > [role="status"]')!;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
  await waitUntil(() => clean(status.textContent), `no announcement for ${count} photos`);
  return el;
}

const contact = {
  '@context': 'https://schema.org',
  '@type': 'GovernmentOffice',
  name: 'Pokrajinska vlada',
  address: {
    streetAddress: 'Bulevar Mihajla Pupina 16',
    postalCode: '21000',
    addressLocality: 'Novi Sad',
    addressCountry: 'BE',
  },
  telephone: '+381 21 487 4000',
  openingHoursSpecification: [
    { dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '09:00', closes: '17:00' },
    { dayOfWeek: 'Sunday' },
  ],
  contactPoint: [
    {
      '@type': 'ContactPoint',
      contactType: 'press',
      telephone: '+381 21 487 4100',
      availableLanguage: ['sr', 'hu', 'en'],
    },
  ],
};

describe('the elements in the languages of Vojvodina', function () {
  this.timeout(20_000);
  // The untitled test photos rightly get a warning each.
  muteWarnings();
  afterEach(() => root.setAttribute('lang', 'en'));

  for (const [locale, expected] of Object.entries(languages)) {
    describe(locale, () => {
      beforeEach(async () => {
        // With a region subtag, as Vojvodina's sites write it.
        root.lang = `${locale}-RS`;
        await localeReady();
      });

      it('dates its news in the language, and names the gap of an empty feed', async () => {
        const el = await newsFeed(locale, 1, 5);
        const date = el.shadowRoot!.querySelector<HTMLTimeElement>('[part="date"]')!;
        expect(clean(date.textContent)).to.equal(expected.date);
        expect(date.getAttribute('lang')).to.equal(expected.dateLang ?? null);
        expect(shadowText(el, '[part="dateline"]')).to.equal(`Subotica, ${expected.date} –`);
        const empty = await newsFeed(locale, 0, 5);
        expect(shadowText(empty, '[part="empty"]')).to.equal(expected.newsEmpty);
        await expect(el).to.be.accessible();
      });

      for (const count of [1, 2, 5, 21] as const) {
        it(`announces ${count} more news item(s) shown`, async () => {
          const el = await newsFeed(locale, 2 * count, count);
          const status = el.shadowRoot!.querySelector('[role="status"]')!;
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
          await waitUntil(() => clean(status.textContent), 'no announcement');
          expect(clean(status.textContent)).to.equal(expected.newsShown[count]);
          expect(el.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(2 * count);
        });
      }

      for (const count of [1, 2, 5, 21, 0] as const) {
        it(`announces ${count} more photo(s) loaded`, async () => {
          const el = await galleryLoading(locale, count);
          expect(shadowText(el, '.wrap > [role="status"]')).to.equal(expected.photosLoaded[count]);
          expect(el.shadowRoot!.querySelectorAll('[part="thumbnail"]')).to.have.length(1 + count);
        });
      }

      it('names untitled photos, counts them in the lightbox, and names an empty gallery', async () => {
        const el = await galleryLoading(locale, 21);
        const first = el.shadowRoot!.querySelector<HTMLImageElement>('[part="thumbnail-image"]')!;
        expect(first.alt).to.equal(expected.untitled);
        el.shadowRoot!.querySelector<HTMLElement>('[part="thumbnail"][data-index="1"]')!.click();
        await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the lightbox did not open');
        await waitUntil(() => shadowText(el, '#counter') === expected.counter, `counter ${shadowText(el, '#counter')}`);
        const close = el.shadowRoot!.querySelector('[part="close-button"]')!;
        expect(close.getAttribute('aria-label') ?? clean(close.textContent)).to.equal(expected.close);
        const empty = await mount(photoFeed([], { language: locale }));
        expect(shadowText(empty, '[part="empty"]')).to.equal(expected.photosEmpty);
      });

      it('labels the contact card, and names days, country and languages in the language', async () => {
        const el = await fixture<GovContactCard>(
          html`<gov-contact-card
            ><script type="application/ld+json">
              ${JSON.stringify(contact)}
            </script></gov-contact-card
          >`,
        );
        if (!el.shadowRoot!.querySelector('[part="name"]')) await oneEvent(el, 'gov-load');
        await el.updateComplete;
        const labels = [...el.shadowRoot!.querySelectorAll('[part="label"]')].map((label) => clean(label.textContent));
        expect(labels).to.include(expected.addressLabel);
        expect(shadowText(el, '.p-country-name')).to.equal(expected.country);
        const hours = el.shadowRoot!.querySelector('[part="hours"]')!;
        expect([...hours.querySelectorAll('li')].map((li) => clean(li.textContent))).to.deep.equal(expected.hours);
        expect(hours.querySelector('abbr')!.getAttribute('lang')).to.equal(expected.dateLang ?? null);
        const point = el.shadowRoot!.querySelector('[part="contact-point"] dl')!;
        expect(clean(point.textContent)).to.contain(expected.languages);
        await expect(el).to.be.accessible();
      });

      it('offers the Serbian pages through the script toggle, named in the language', async () => {
        const toggle = await fixture<GovScriptToggle>(
          html`<gov-script-toggle href-cyrl="/sr/" href-latn="/sr-lat/"></gov-script-toggle>`,
        );
        await toggle.updateComplete;
        const group = toggle.shadowRoot!.querySelector('[part="group"]')!;
        expect(group.getAttribute('aria-label')).to.equal(expected.toggleLabel);
        expect([...group.querySelectorAll('a')].map((link) => clean(link.textContent))).to.deep.equal([
          'ћирилица',
          'latinica',
        ]);
      });
    });
  }
});
