/**
 * The contact model of `<gov-contact-card>` and its lenient reader of schema.org JSON-LD: an
 * Organization or Place (GovernmentOffice, Embassy, ...), an array of them, or an `@graph`. What
 * reaches the model is safe to bind (URLs passed the URL policy) and in the expected shape; every
 * value of another shape is dropped and named in `problems`, for one warning by the element.
 */
import { isObject, languageTag, plainText, wellFormed, type Json } from './feed.js';
import { LoadError } from './loaded-document.js';
import { readOpeningHoursText, readTime, readWeekday, type OpeningHoursRule } from './opening-hours.js';
import { regionOf, telHref, type Region } from './phone.js';
import { safeUrl, withoutInvisible } from './url.js';

export interface ContactAddress {
  postOfficeBox?: string;
  streetAddress?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  /** The country as written: a name, or the code when `countryCode` holds it. */
  country?: string;
  /** ISO 3166-1 alpha-2, when the data gives a code or a country we know by name. */
  countryCode?: string;
  /** An address given as one string; the structured parts are absent then. */
  text?: string;
}

export interface Phone {
  /** As the data writes it. */
  text: string;
  /** `tel:` in E.164; absent when the number cannot be normalized. */
  href?: string;
}

export interface Email {
  address: string;
  href: string;
}

/** A language a contact point speaks: a BCP 47 tag to name through Intl, or a name as written. */
export type SpokenLanguage = { tag: string } | { name: string };

export interface ContactChannels {
  telephones: Phone[];
  faxNumbers: string[];
  emails: Email[];
  /** The web site, absolute and allowed by the URL policy. */
  url?: string;
}

export interface ContactPoint extends ContactChannels {
  contactType?: string;
  name?: string;
  languages: SpokenLanguage[];
  hours: OpeningHoursRule[];
}

export interface Office extends ContactChannels {
  name?: string;
  alternateName?: string;
  address?: ContactAddress;
  geo?: { latitude: number; longitude: number };
  /** A map page of the office (`hasMap`), allowed by the URL policy. */
  hasMap?: string;
  hours: OpeningHoursRule[];
  contactPoints: ContactPoint[];
  /** `inLanguage` of the office or of the document holding it. */
  language?: string;
}

export interface ContactDocument {
  offices: Office[];
  /** The values that were skipped, in words, for one console warning. */
  problems: string[];
}

export class ContactFormatError extends Error {
  override readonly name = 'ContactFormatError';
}

/**
 * Organization and Place and the subtypes a government page uses; any other type whose name ends
 * like one of theirs (…Organization, …Office, …Business) is accepted too. Places that are areas
 * (Country, City) are not offices: they appear in a `@graph` as the country of an address.
 */
const contactTypes = new Set(
  (
    'Organization Place GovernmentOrganization GovernmentOffice Embassy LocalBusiness CivicStructure CityHall ' +
    'Courthouse DefenceEstablishment LegislativeBuilding PoliceStation FireStation PostOffice Library Museum ' +
    'Hospital School Corporation NGO Consortium OnlineBusiness ' +
    'EmergencyService ProfessionalService FinancialService TouristInformationCenter Airport TrainStation ' +
    'BusStation'
  ).split(' '),
);
const contactTypeEnding = /(Organization|Office|Business|Structure|Building|Station|Center|Centre|Hall)$/;

/** "GovernmentOffice", "schema:GovernmentOffice" and "https://schema.org/GovernmentOffice" are one type. */
const typeName = (type: unknown) => (typeof type === 'string' ? type.replace(/^.*[/#:]/, '') : '');

function isContactNode(node: Json): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.map(typeName).some((type) => contactTypes.has(type) || contactTypeEnding.test(type));
}

/**
 * How deep arrays and `@graph`s may nest. Real documents nest two or three levels; a hostile one
 * nested thousands deep would otherwise exhaust the call stack (a RangeError, not a format error).
 */
const maxNesting = 16;

/** The nodes a document holds: itself, the items of an array, or its `@graph`, nested up to {@link maxNesting} deep. */
function topNodes(value: unknown, language: string | undefined, depth = 0): { node: Json; language?: string }[] {
  if (depth > maxNesting) return [];
  if (Array.isArray(value)) return value.flatMap((item) => topNodes(item, language, depth + 1));
  if (!isObject(value)) return [];
  const own = readLanguage(value.inLanguage) ?? language;
  if ('@graph' in value) return topNodes(value['@graph'], own, depth + 1);
  return [{ node: value, language: own }];
}

const bcp47 = /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i;

/** `inLanguage` as a tag or a Language object; a language name ("Serbian") says nothing a tag would. */
function readLanguage(value: unknown): string | undefined {
  const tag = isObject(value) ? value.alternateName : value;
  return typeof tag === 'string' && bcp47.test(tag.trim()) ? languageTag(tag) : undefined;
}

/** Whether today falls within a seasonal or holiday specification's validFrom–validThrough, when it has them. */
function isCurrent(from: unknown, through: unknown): boolean {
  const today = new Date().toISOString().slice(0, 10);
  const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : undefined);
  return (day(from) ?? today) <= today && today <= (day(through) ?? today);
}

/** Every node with an `@id`, so that `{"@id": "#address"}` finds the node it points at. */
function indexIds(value: unknown, index = new Map<string, Json>(), depth = 0): Map<string, Json> {
  if (depth > 8) return index;
  const children = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : [];
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length > 1)
    index.set(value['@id'], value);
  for (const child of children) indexIds(child, index, depth + 1);
  return index;
}

/**
 * Reads a parsed JSON-LD document. Throws {@link ContactFormatError} when it holds nodes but no
 * Organization or Place; an empty array or `@graph` gives no offices (the empty state). Throws a
 * LoadError `too-large` when reading it would take more than a contact card's work (see {@link budget}).
 */
export function readContacts(value: unknown, baseUrl: string): ContactDocument {
  if (!isObject(value) && !Array.isArray(value)) throw new ContactFormatError('The JSON is not a JSON-LD object.');
  const nodes = topNodes(value, undefined);
  const offices = nodes.filter(({ node }) => isContactNode(node));
  if (nodes.length > 0 && offices.length === 0) {
    throw new ContactFormatError('The JSON-LD holds no schema.org Organization or Place (such as a GovernmentOffice).');
  }
  const reader = new Reader(baseUrl, indexIds(value));
  const read = offices
    .map(({ node, language }) => reader.office(node, language))
    .filter((office) => office.name || office.alternateName || office.address || office.geo || hasChannels(office));
  return { offices: read, problems: reader.problems() };
}

/**
 * What one document may cost. References (`{"@id": …}`) let a small document name a large node
 * thousands of times, and a reader that followed them all would do thousands of times its size in
 * work and show as much; real contact documents stay far below both limits.
 */
const budget = {
  /** References followed. */
  references: 2_000,
  /** Steps: each value read is one, each 64 characters of text one more, each office twenty (it is a card to draw). */
  steps: 20_000,
  /** Skipped values named in the warning (the rest are counted). */
  problems: 20,
};

/** Where a value sits, for the warning; worked out only for values that are skipped. */
type Path = () => string;

/**
 * At most `max` characters of JSON saying what a value was, made without serializing the value
 * (which may be a large node, met through thousands of references) and without keeping a piece of
 * a large string alive (a slice of a string can hold the whole string in memory).
 */
function excerpt(value: unknown, max = 60): string {
  let written = '';
  const write = (part: unknown): void => {
    if (written.length > max) return;
    if (typeof part === 'string') written += JSON.stringify(part.slice(0, max));
    else if (Array.isArray(part)) {
      written += '[';
      for (let index = 0; index < part.length && written.length <= max; index++) {
        if (index) written += ',';
        write(part[index]);
      }
      written += ']';
    } else if (isObject(part)) {
      written += '{';
      let first = true;
      for (const key in part) {
        if (written.length > max) break;
        written += `${first ? '' : ','}${JSON.stringify(key.slice(0, max))}:`;
        first = false;
        write(part[key]);
      }
      written += '}';
    } else written += String(JSON.stringify(part) ?? part);
  };
  write(value);
  // A new string of its own, not a slice that would keep `written`'s pieces alive.
  return written.length > max ? `${written.slice(0, max - 3)}...` : written;
}

const hasChannels = (channels: ContactChannels) =>
  channels.telephones.length > 0 || channels.faxNumbers.length > 0 || channels.emails.length > 0 || !!channels.url;

const numberLike = (value: unknown): number | undefined => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
};

class Reader {
  private readonly _problems: string[] = [];
  private _skipped = 0;
  private _references = 0;
  private _steps = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly ids: Map<string, Json>,
  ) {}

  /** The skipped values in words: the first few named, the others counted. */
  problems(): string[] {
    const more = this._skipped - this._problems.length;
    return more > 0 ? [...this._problems, `${more} more`] : this._problems;
  }

  /** Counts work against the budget; a document that needs more is refused whole. */
  private spend(steps: number): void {
    this._steps += steps;
    if (this._steps > budget.steps || this._references > budget.references) {
      throw new LoadError(
        'too-large',
        `The JSON-LD takes more work to read than a contact card may (over ${budget.steps} values or ${budget.references} references)`,
      );
    }
  }

  office(node: Json, language: string | undefined): Office {
    this.spend(20);
    const name = this.one(node, 'name', this.text);
    const address = this.one(node, 'address', this.address);
    // Looked up only for a national number: naming countries takes ICU data that is slow to load.
    let found: { region: string | undefined } | undefined;
    const region = () => (found ??= { region: regionOf(address?.countryCode ?? address?.country) }).region;
    return {
      name,
      alternateName: this.one(node, 'alternateName', this.text),
      address,
      ...this.channels(node, region),
      geo: this.one(node, 'geo', this.geo),
      hasMap: this.one(node, 'hasMap', this.url),
      hours: this.hours(node, 'openingHoursSpecification', 'openingHours'),
      contactPoints: this.all(node, 'contactPoint', (value, path) => this.contactPoint(value, path, region)).filter(
        hasChannels,
      ),
      language: readLanguage(node.inLanguage) ?? language,
    };
  }

  private channels(node: Json, region: Region): ContactChannels {
    return {
      telephones: this.all(node, 'telephone', this.number).map((text) => ({ text, href: telHref(text, region) })),
      faxNumbers: this.all(node, 'faxNumber', this.number),
      emails: this.all(node, 'email', this.email),
      url: this.one(node, 'url', this.url),
    };
  }

  private contactPoint(value: unknown, path: Path, region: Region): ContactPoint | undefined {
    if (!isObject(value)) return this.skip(path, value);
    return {
      contactType: this.one(value, 'contactType', this.text),
      name: this.one(value, 'name', this.text),
      ...this.channels(value, region),
      languages: this.all(value, 'availableLanguage', this.spokenLanguage),
      hours: this.hours(value, 'hoursAvailable'),
    };
  }

  private hours(node: Json, specificationKey: string, textKey?: string): OpeningHoursRule[] {
    const fromText = textKey ? this.all(node, textKey, this.openingHoursText).flat() : [];
    return [...this.all(node, specificationKey, this.openingHoursSpecification), ...fromText];
  }

  /** The first readable value of a property that may hold one value or a list. */
  private one<T>(node: Json, key: string, read: (value: unknown, path: Path) => T | undefined): T | undefined {
    return this.all(node, key, read)[0];
  }

  /** Every readable value of a property that may hold one value or a list; the others are reported. */
  private all<T>(node: Json, key: string, read: (value: unknown, path: Path) => T | undefined): T[] {
    const value = node[key];
    if (value === undefined || value === null) return [];
    const path = () => {
      const type = excerpt(typeName(Array.isArray(node['@type']) ? node['@type'][0] : node['@type'])).slice(1, -1);
      return `"${key}" of ${type || 'a node'}${typeof node.name === 'string' ? ` ${excerpt(node.name)}` : ''}`;
    };
    return (Array.isArray(value) ? value : [value]).flatMap((entry) => {
      const resolved = this.resolve(entry);
      this.spend(1 + (typeof resolved === 'string' ? resolved.length >> 6 : 0));
      const item = read.call(this, resolved, path);
      return item === undefined ? [] : [item];
    });
  }

  private resolve(value: unknown): unknown {
    const id = isObject(value) && '@id' in value && Object.keys(value).length === 1 ? value['@id'] : undefined;
    const node = typeof id === 'string' ? this.ids.get(id) : undefined;
    if (!node) return value;
    this._references++;
    return node;
  }

  private skip(path: Path, value: unknown): undefined {
    if (this._skipped++ < budget.problems) this._problems.push(`${path()}: ${excerpt(value)}`);
    return undefined;
  }

  /** A string, or a JSON-LD value object `{"@value": "..."}`. */
  private text(value: unknown, path: Path): string | undefined {
    const raw = isObject(value) && '@value' in value ? value['@value'] : value;
    if (typeof raw !== 'string') return this.skip(path, value);
    if (raw !== value) this.spend(raw.length >> 6);
    return plainText(raw);
  }

  /** A phone or fax number as shown: nothing invisible in it that could reorder or hide its digits. */
  private number(value: unknown, path: Path): string | undefined {
    const text = this.text(value, path);
    return (text && withoutInvisible(text)) || undefined;
  }

  private url(value: unknown, path: Path): string | undefined {
    const raw = isObject(value) ? (value.url ?? value['@id']) : value;
    return safeUrl(raw, this.baseUrl, 'link') ?? this.skip(path, value);
  }

  private email(value: unknown, path: Path): Email | undefined {
    const address =
      typeof value === 'string'
        ? // Shown as written, so no lone surrogate (its link already reads it as U+FFFD).
          withoutInvisible(wellFormed(value))
            .trim()
            .replace(/^mailto:/i, '')
            .replace(/\?.*$/, '')
        : '';
    const href = /^[^\s@<>]+@[^\s@<>]+$/.test(address) ? safeUrl(`mailto:${address}`, undefined) : undefined;
    return href ? { address, href } : this.skip(path, value);
  }

  private address(value: unknown, path: Path): ContactAddress | undefined {
    if (typeof value === 'string') {
      const text = plainText(value);
      return text ? { text } : undefined;
    }
    if (!isObject(value)) return this.skip(path, value);
    const part = (key: string) => this.one(value, key, this.text);
    const postalCode = typeof value.postalCode === 'number' ? String(value.postalCode) : part('postalCode');
    const country = this.one(value, 'addressCountry', (country, countryPath) =>
      isObject(country) ? this.one(country, 'name', this.text) : this.text(country, countryPath),
    );
    const address: ContactAddress = {
      postOfficeBox: part('postOfficeBoxNumber'),
      streetAddress: part('streetAddress'),
      locality: part('addressLocality'),
      region: part('addressRegion'),
      postalCode,
      country,
      countryCode: country && /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : undefined,
    };
    return Object.values(address).some(Boolean) ? address : this.skip(path, value);
  }

  private geo(value: unknown, path: Path): Office['geo'] {
    const latitude = isObject(value) ? numberLike(value.latitude) : undefined;
    const longitude = isObject(value) ? numberLike(value.longitude) : undefined;
    if (latitude === undefined || longitude === undefined || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      return this.skip(path, value);
    }
    return { latitude, longitude };
  }

  private spokenLanguage(value: unknown, path: Path): SpokenLanguage | undefined {
    if (isObject(value)) {
      const name = this.one(value, 'name', this.text);
      const tag = this.one(value, 'alternateName', this.text);
      if (name) return { name };
      return tag && bcp47.test(tag) ? { tag } : this.skip(path, value);
    }
    const text = this.text(value, path);
    if (!text) return undefined;
    return bcp47.test(text) && languageTag(text) ? { tag: languageTag(text)! } : { name: text };
  }

  private openingHoursSpecification(value: unknown, path: Path): OpeningHoursRule | undefined {
    if (!isObject(value)) return this.skip(path, value);
    if (!isCurrent(value.validFrom, value.validThrough)) return undefined;
    const written =
      value.dayOfWeek === undefined ? [] : Array.isArray(value.dayOfWeek) ? value.dayOfWeek : [value.dayOfWeek];
    const days = written.flatMap((day) => {
      this.spend(1);
      const resolved = this.resolve(day);
      const id = isObject(resolved) ? resolved['@id'] : resolved;
      const weekday = typeof id === 'string' ? readWeekday(id) : undefined;
      return weekday === undefined ? (this.skip(() => `"dayOfWeek" in ${path()}`, day) ?? []) : [weekday];
    });
    // Neither opens nor closes: closed on those days. One of them alone, or unreadable: an error.
    const closed = value.opens === undefined && value.closes === undefined;
    const opens = typeof value.opens === 'string' ? readTime(value.opens) : undefined;
    const closes = typeof value.closes === 'string' ? readTime(value.closes) : undefined;
    // Unreadable days were reported one by one; a specification without any is reported whole.
    if (!written.length || (!closed && (!opens || !closes))) return this.skip(path, value);
    if (!days.length) return undefined;
    return { days, interval: opens && closes ? { opens, closes } : undefined };
  }

  private openingHoursText(value: unknown, path: Path): OpeningHoursRule[] | undefined {
    if (typeof value !== 'string') return this.skip(path, value);
    const rules = value
      .split(/\s*;\s*/)
      .filter(Boolean)
      .map(readOpeningHoursText);
    return rules.length && rules.every(Boolean) ? (rules as OpeningHoursRule[][]).flat() : this.skip(path, value);
  }
}

/** Countries that write the postal code after the place ("Washington, DC 20008"). */
const postalCodeLast = new Set(['US', 'CA', 'AU', 'GB', 'IE']);

/**
 * Whether an address of this country (ISO 3166-1 alpha-2) writes its postal code after the place
 * ("Washington, DC 20008") rather than before it ("1000 Brussels", "11000 Београд").
 */
export function postalCodeFollowsPlace(countryCode: string | undefined): boolean {
  return postalCodeLast.has(countryCode?.toUpperCase() ?? '');
}

/** The address on one line, for a map search. */
export function addressQuery(address: ContactAddress): string {
  if (address.text) return address.text.replace(/\s*\n\s*/g, ', ');
  const country = address.countryCode
    ? new Intl.DisplayNames('en', { type: 'region' }).of(address.countryCode)
    : address.country;
  const place = [address.postalCode, address.locality].filter(Boolean).join(' ');
  return [address.streetAddress, place, address.region, country].filter(Boolean).join(', ');
}

/**
 * Where "Show on map" goes: the office's own map page, else OpenStreetMap at its coordinates,
 * else an OpenStreetMap search for its address; undefined when the office has none of them.
 */
export function mapLink(office: Pick<Office, 'hasMap' | 'geo' | 'address'>): string | undefined {
  if (office.hasMap) return office.hasMap;
  if (office.geo) {
    const { latitude, longitude } = office.geo;
    return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
  }
  const query = office.address && addressQuery(office.address);
  return query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : undefined;
}
