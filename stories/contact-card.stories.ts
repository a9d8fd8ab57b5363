import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/contact-card.js';

interface Args {
  src?: string;
  'heading-level': number;
  layout: 'full' | 'compact';
}

/**
 * A card with inline JSON-LD, the recommended form. Built with the DOM because a Lit template
 * cannot bind inside a <script>.
 */
function withInlineData(data: unknown, args: Args): HTMLElement {
  const card = document.createElement('gov-contact-card');
  card.headingLevel = args['heading-level'];
  card.layout = args.layout;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = typeof data === 'string' ? data : JSON.stringify(data, null, 2);
  card.append(script);
  return card;
}

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
  args: { 'heading-level': 2, layout: 'full' },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    layout: { control: 'inline-radio', options: ['full', 'compact'] },
  },
  render: (args) =>
    html`<gov-contact-card
      src=${args.src ?? ''}
      heading-level=${args['heading-level']}
      layout=${args.layout}
    ></gov-contact-card>`,
};

export default meta;
type Story = StoryObj<Args>;

/** The seed page's contact block: the Mission of the Republic of Serbia to NATO, in English. */
export const SeedMission: Story = {
  args: { src: '/data/contact.jsonld' },
};

/** A ministry with a switchboard, a fax, hours with closed days and three contact points (inline JSON-LD). */
export const MinistryWithContactPoints: Story = {
  globals: { locale: 'sr-Cyrl' },
  render: (args) => withInlineData(ministry, args),
};

/** One line per channel, for a sidebar or a footer (here 20em wide). */
export const Compact: Story = {
  args: { layout: 'compact', 'heading-level': 3 },
  render: (args) => {
    const sidebar = document.createElement('aside');
    sidebar.style.setProperty('max-inline-size', '20em');
    const card = document.createElement('gov-contact-card');
    card.src = '/data/contact.jsonld';
    card.headingLevel = args['heading-level'];
    card.layout = args.layout;
    sidebar.append(card);
    return sidebar;
  },
};

/** Serbian Cyrillic page, Cyrillic data. */
export const Cyrillic: Story = {
  globals: { locale: 'sr-Cyrl' },
  args: { src: '/data/contact.sr-Cyrl.jsonld' },
};

/** Serbian Latin page: the Cyrillic data is shown in Latin, and "Save contact" saves it in Latin. */
export const Latin: Story = {
  globals: { locale: 'sr-Latn' },
  args: { src: '/data/contact.sr-Cyrl.jsonld' },
};

/** English page, English data. */
export const English: Story = {
  globals: { locale: 'en' },
  args: { src: '/data/contact.jsonld' },
};

/** Several offices in one `@graph`: one card each, each with its own "Save contact". */
export const SeveralOffices: Story = {
  render: (args) =>
    withInlineData(
      {
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
      },
      args,
    ),
};

/** Inline JSON that cannot be parsed: the shared error state. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => withInlineData('{"@type": "GovernmentOffice", "name": "Unfinished', args),
};

/** JSON-LD without any office: the empty state. */
export const Empty: Story = {
  render: (args) => withInlineData({ '@context': 'https://schema.org', '@graph': [] }, args),
};
