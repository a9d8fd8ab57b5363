/**
 * Telephone numbers as people write them ("+32 2 707 79 81", "011/306-0000 lok. 12") turned into
 * `tel:` links in E.164 (RFC 3966: `tel:+3227077981;ext=12`). No number metadata is shipped: a
 * national number is completed with the calling code of the country the address names, and a
 * number that cannot be made international is left without a link rather than linked wrongly.
 */

/**
 * The countries a Serbian mission or ministry is likely to list: Serbia, its neighbours, the EU and
 * the capitals with Serbian embassies nearby. `XX<calling code>` with the national trunk prefix
 * after it: none written means `0`, `-` means no trunk prefix, `-06`/`-8`/`-1` name another one, and
 * `+` means the leading 0 belongs to the number (Italy).
 */
const countryTable =
  'AD376- AL355 AT43 BA387 BE32 BG359 CA1-1 CH41 CN86 CY357- CZ420- DE49 DK45- EE372- ES34- FI358 FR33 ' +
  'GB44 GR30- HR385 HU36-06 IE353 IS354- IT39+ JP81 LI423- LT370 LU352- LV371- MC377- MD373 ME382 MK389 ' +
  'MT356- NL31 NO47- PL48- PT351- RO40 RS381 RU7-8 SE46 SI386 SK421 SM378+ TR90 UA380 US1-1 VA39+ XK383';

interface Country {
  callingCode: string;
  /** Dialled before a national number inside the country; '' when there is none. */
  trunk: string;
  /** Whether the leading 0 is part of the national number and stays in E.164 (Italy). */
  keepsZero: boolean;
}

const countries = new Map<string, Country>(
  countryTable.split(' ').map((entry) => {
    const [, region, callingCode, suffix] = /^([A-Z]{2})(\d+)(.*)$/.exec(entry)!;
    const trunk = suffix === '' ? '0' : suffix === '+' ? '' : suffix.slice(1);
    return [region, { callingCode, trunk, keepsZero: suffix === '+' }];
  }),
);

/** Region names by locale, built the first time a name in that locale's script is looked up. */
const regionsByName = new Map<string, Map<string, string>>();

const normalizeName = (name: string) => name.trim().toLocaleLowerCase('sr').replace(/\s+/g, ' ');

function regionNames(locale: string): Map<string, string> {
  let names = regionsByName.get(locale);
  if (!names) {
    // Intl.DisplayNames is slow to fill (ICU data per name): one locale at a time, only when needed.
    const display = new Intl.DisplayNames(locale, { type: 'region' });
    names = new Map();
    for (const region of countries.keys()) {
      const name = display.of(region);
      if (name) names.set(normalizeName(name), region);
    }
    regionsByName.set(locale, names);
  }
  return names;
}

/**
 * The ISO 3166-1 alpha-2 code of a country written as a code ("BE", "be") or as its name in
 * English or Serbian in either script ("Belgium", "Белгија", "Belgija"); undefined for any other
 * country or name.
 */
export function regionOf(country: string | undefined): string | undefined {
  if (!country) return undefined;
  const trimmed = country.trim();
  if (/^[a-z]{2}$/i.test(trimmed)) return trimmed.toUpperCase();
  const name = normalizeName(trimmed);
  const locales = /[\u0400-\u04FF]/.test(name) ? ['sr-Cyrl'] : ['en', 'sr-Latn'];
  for (const locale of locales) {
    const region = regionNames(locale).get(name);
    if (region) return region;
  }
  return undefined;
}

/** Separators people put between digits, including the no-break and thin spaces of typeset pages. */
const numberShape = /^\+?[\d\s().\-/\u00a0\u2009\u202f\u2010-\u2014]+$/;
/** "ext. 12", "x12", "lok. 12", "локал 12", "#12" at the end of the number. */
const extension = /[\s,;]*(?:ext\.?|extension|x|lok\.?|lokal|лок\.?|локал|#)\s*:?\s*(\d{1,7})\s*$/i;
/** Service numbers (112, 192, 1987) are dialled as written and never take a country code. */
const shortNumber = /^[1-9]\d{2,4}$/;

/** An ISO region code, or a function that looks it up when a national number needs it. */
export type Region = string | undefined | (() => string | undefined);

/**
 * The `tel:` URI of a number as written, or undefined when it cannot be dialled from anywhere with
 * certainty. `region` (an ISO code) lets a national number ("011 306 0000") become international.
 */
export function telHref(written: string, region?: Region): string | undefined {
  const text = written.trim();
  const ext = extension.exec(text);
  const main = ext ? text.slice(0, ext.index) : text;
  if (!numberShape.test(main)) return undefined;
  const international = /^(\+|00)/.test(main.trim());
  // "+44 (0)20 …": the bracketed trunk prefix is dialled only inside the country.
  const digits = (international ? main.replace(/\(0\)/g, '') : main).replace(/\D/g, '');
  if (!international && !ext && shortNumber.test(digits)) return `tel:${digits}`;
  const e164 = international
    ? digits.replace(/^00/, '')
    : nationalToE164(digits, typeof region === 'function' ? region() : region);
  if (!e164 || !/^[1-9]\d{6,14}$/.test(e164)) return undefined;
  return `tel:+${e164}${ext ? `;ext=${ext[1]}` : ''}`;
}

function nationalToE164(digits: string, region: string | undefined): string | undefined {
  const country = region ? countries.get(region.toUpperCase()) : undefined;
  if (!country) return undefined;
  const { callingCode, trunk, keepsZero } = country;
  if (keepsZero) return callingCode + digits;
  if (trunk && digits.startsWith(trunk)) return callingCode + digits.slice(trunk.length);
  // Without its trunk prefix a number is local (no area code), except where the prefix is
  // optional (North America) or does not exist.
  if (trunk === '' || callingCode === '1') return callingCode + digits;
  return undefined;
}
