import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/contact-card.js';
import { elementArgs, inlineData } from './support/directives.js';
import { hostile, longText } from './support/hostile.js';
import { failingOnce, heldRequest } from './support/requests.js';

/** Args are named as the element's attributes (and `--gov-*` tokens), as a webmaster writes them. */
type Args = Record<string, unknown>;

/** The seed page's contact block (demo/data, served to Storybook at /data), in English or Serbian Cyrillic. */
const seedContact = (locale: string | undefined) =>
  locale === 'en' ? '/data/contact.jsonld' : '/data/contact.sr-Cyrl.jsonld';

/** The card with the story's args as its attributes, and its JSON-LD inline when `data` is given (the recommended form). */
const card = (args: Args, data?: unknown) =>
  html`<gov-contact-card ${elementArgs(args)}
    >${data === undefined ? nothing : inlineData('application/ld+json', data)}</gov-contact-card
  >`;

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** A ministry with its switchboard, hours and several contact points. Placeholder numbers and addresses. */
const ministry = {
  '@context': 'https://schema.org',
  '@type': 'GovernmentOrganization',
  inLanguage: 'sr-Cyrl',
  name: 'Министарство спољних послова Републике Србије',
  alternateName: 'МСП',
  url: 'https://www.mfa.gov.rs/',
  address: {
    '@type': 'PostalAddress',
    streetAddress: 'Кнеза Милоша 24–26',
    postalCode: '11000',
    addressLocality: 'Београд',
    addressCountry: 'RS',
  },
  geo: { '@type': 'GeoCoordinates', latitude: '44.8046', longitude: '20.4637' },
  telephone: ['011 306-0000', '+381 11 306 0001 лок. 12'],
  faxNumber: '011 306-0099',
  email: 'mailto:info@mfa.example.rs',
  openingHoursSpecification: [
    {
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: weekdays.map((day) => `https://schema.org/${day}`),
      opens: '07:30:00',
      closes: '15:30:00',
    },
    { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday', 'https://schema.org/Sunday'] },
  ],
  contactPoint: [
    {
      '@type': 'ContactPoint',
      contactType: 'конзуларни послови',
      telephone: '011 306-0100',
      email: 'konzularni@mfa.example.rs',
      availableLanguage: ['sr', 'en'],
      hoursAvailable: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday'],
          opens: '09:00',
          closes: '13:00',
        },
        { '@type': 'OpeningHoursSpecification', dayOfWeek: 'Friday', opens: '09:00', closes: '12:00' },
      ],
    },
    {
      '@type': 'ContactPoint',
      contactType: 'служба за односе с јавношћу',
      telephone: '011 306-0200',
      email: 'press@mfa.example.rs',
      availableLanguage: [
        { '@type': 'Language', name: 'српски' },
        { '@type': 'Language', name: 'енглески' },
      ],
    },
    {
      '@type': 'ContactPoint',
      contactType: 'грађански захтеви и притужбе',
      email: 'gradjani@mfa.example.rs',
      availableLanguage: 'sr',
    },
  ],
};

const meta: Meta<Args> = {
  title: 'Widgets/Contact card',
  component: 'gov-contact-card',
  args: { 'heading-level': 2 },
  argTypes: { 'heading-level': { control: { type: 'number', min: 2, max: 6 } } },
  render: (args, { globals }) => card({ ...args, src: args.src ?? seedContact(globals.locale) }),
};

export default meta;
type Story = StoryObj<Args>;

/**
 * Loaded: the seed page's contact block, the Mission of the Republic of Serbia to NATO (English data
 * on an English page, Cyrillic data on a Serbian one; the Script toolbar shows it in Latin).
 */
export const Loaded: Story = {};

/** Loading: the placeholder while the JSON-LD is on its way (here it never arrives). */
export const Loading: Story = {
  tags: ['state-loading'],
  ...heldRequest(card, 'contact.jsonld'),
};

/** Empty: JSON-LD without any office. */
export const Empty: Story = {
  render: (args) => card(args, { '@context': 'https://schema.org', '@graph': [] }),
};

/**
 * Error with retry: the server cannot be reached the first time (fired as `gov-error`, see Actions);
 * "Try again" then loads the card.
 */
export const ErrorState: Story = {
  name: 'Error',
  render: failingOnce(card, seedContact),
};

/** Inline JSON that cannot be parsed: the error, without "Try again" (loading the same text again cannot help). */
export const DamagedInlineData: Story = {
  render: (args) => card(args, '{"@type": "GovernmentOffice", "name": "Unfinished'),
};

/**
 * Long and hostile content: a name of many words and one wider than the card, markup in the name
 * (shown as text), a script URL as web site and e-mail (dropped), phone numbers with text around
 * them, a right-to-left override, and a long list of contact points.
 */
export const LongAndHostileContent: Story = {
  render: (args) =>
    card(args, {
      '@context': 'https://schema.org',
      '@type': 'GovernmentOffice',
      inLanguage: 'sr-Cyrl',
      name: `${hostile.markup} ${longText(1)}`,
      alternateName: hostile.longWord,
      description: hostile.unicode,
      url: hostile.scriptUrl,
      sameAs: hostile.longUrl,
      address: {
        '@type': 'PostalAddress',
        streetAddress: `${hostile.longWord}, ${hostile.unicode}`,
        postalCode: '11000',
        addressLocality: hostile.markup,
        addressCountry: 'RS',
      },
      telephone: ['011 306-0000 (централа, радним данима од 7.30 до 15.30)', `011 306 ${hostile.markup}`],
      email: [hostile.scriptUrl, `${'dugacka.adresa.'.repeat(5)}kontakt@mfa.example.rs`],
      contactPoint: Array.from({ length: 8 }, (_, index) => ({
        '@type': 'ContactPoint',
        contactType: index % 2 ? hostile.markup : `${longText(1).slice(0, 90)} (${index + 1})`,
        telephone: `011 306-01${String(index).padStart(2, '0')}`,
        email: index % 3 ? `sluzba${index}@mfa.example.rs` : hostile.scriptUrl,
      })),
    }),
};

/** A ministry with a switchboard, a fax, hours with closed days and three contact points (inline JSON-LD). */
export const MinistryWithContactPoints: Story = {
  render: (args) => card(args, ministry),
};

/** `layout="compact"`: one line per channel, for a sidebar or a footer (here 20em wide). */
export const Compact: Story = {
  args: { layout: 'compact', 'heading-level': 3 },
  render: (args, { globals }) =>
    html`<aside class="story-sidebar">${card({ ...args, src: args.src ?? seedContact(globals.locale) })}</aside>
      <style>
        .story-sidebar {
          max-inline-size: 20em;
        }
      </style>`,
};

/** Several offices in one `@graph`: one card each, each with its own "Save contact". */
export const SeveralOffices: Story = {
  render: (args) =>
    card(args, {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Placeholder site' },
        {
          '@type': 'Embassy',
          name: 'Embassy of the Republic of Serbia in Vienna',
          address: {
            streetAddress: 'Rennweg 3',
            postalCode: '1030',
            addressLocality: 'Vienna',
            addressCountry: 'AT',
          },
          telephone: '01 713 25 95',
          email: 'embassy.vienna@mfa.example.rs',
        },
        {
          '@type': 'Embassy',
          name: 'Embassy of the Republic of Serbia in Rome',
          address: {
            streetAddress: 'Via dei Monti Parioli 20',
            postalCode: '00197',
            addressLocality: 'Rome',
            addressCountry: 'IT',
          },
          telephone: '06 320 0805',
          openingHours: 'Mo-Fr 09:00-13:00',
        },
      ],
    }),
};
