/**
 * Documents with one XSS vector (tests/fixtures/hardening/xss-vectors.json) in every text, URL and
 * HTML field each widget reads: JSON Feed, RSS and Atom for the news, a JSON Feed of photos, and
 * schema.org JSON-LD for the contact card. Each also holds one ordinary entry, which must still
 * be shown.
 */
export interface Vector {
  id: string;
  note: string;
  vector: string;
}

export const loadVectors = async (): Promise<Vector[]> =>
  (await fetch('/tests/fixtures/hardening/xss-vectors.json')).json() as Promise<Vector[]>;

/** The vector inside a double-quoted attribute, as a careless CMS template writes it: entities stay entities. */
const attribute = (vector: string) => vector.replace(/"/g, '&quot;');

/** The vector as a story's HTML: as markup, and in every URL attribute the sanitizer lets through. */
export const storyHtml = (vector: string) =>
  `${vector}<p><a href="${attribute(vector)}">link</a> <img src="${attribute(vector)}" srcset="${attribute(vector)} 1x, ${attribute(vector)} 640w" alt="${attribute(vector)}" title="${attribute(vector)}"> <q cite="${attribute(vector)}">${vector}</q></p>`;

export const controlTitle = 'Control item';

export function jsonNewsFeed(vector: string): unknown {
  const author = { name: vector, url: vector, avatar: vector };
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: vector,
    description: vector,
    home_page_url: vector,
    feed_url: vector,
    next_url: vector,
    icon: vector,
    favicon: vector,
    language: vector,
    authors: [author],
    items: [
      {
        id: vector,
        url: vector,
        external_url: vector,
        title: vector,
        content_html: storyHtml(vector),
        summary: vector,
        image: vector,
        banner_image: vector,
        date_published: vector,
        date_modified: vector,
        tags: [vector],
        language: vector,
        authors: [author],
        attachments: [{ url: vector, mime_type: vector, title: vector }],
        _gov: {
          place: vector,
          alt: vector,
          width: vector,
          height: vector,
          thumbnail: vector,
          srcset: `${vector} 1x, ${vector} 640w`,
        },
      },
      {
        id: `text-${vector}`,
        title: `${vector} in content_text`,
        content_text: `${vector}\n\n${vector}`,
        image: '/tests/fixtures/news-feed/pixel.png',
        _gov: { alt: vector, place: vector, srcset: vector },
      },
      {
        id: 'control',
        title: controlTitle,
        content_text: 'An ordinary story.',
        date_published: '2016-11-23T10:00:00+01:00',
      },
    ],
  };
}

/** XML 1.0 cannot hold C0 controls (but tab and line ends), lone surrogates or U+FFFE/U+FFFF: a feed with them is not XML. */
// eslint-disable-next-line no-control-regex -- these controls are what XML forbids
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\uD800-\uDFFF]/gu;
export const xmlSafe = (text: string) => text.replace(notXml, '\ufffd');

const namespaces = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
};

type Child = [name: string, attributes?: Record<string, string>, content?: string | Child[] | { cdata: string }];

/** Builds XML with the DOM, so that text and attributes are escaped as a real feed writer would. */
function xml(root: Child, defaultNamespace: string | null, declared: (keyof typeof namespaces)[]): string {
  const document = window.document.implementation.createDocument(defaultNamespace, null, null);
  const build = ([name, attributes = {}, content]: Child): Element => {
    const [prefix, local] = name.includes(':') ? name.split(':') : [undefined, name];
    const element = document.createElementNS(
      prefix ? namespaces[prefix as keyof typeof namespaces] : defaultNamespace,
      prefix ? `${prefix}:${local}` : local!,
    );
    for (const [attribute, value] of Object.entries(attributes)) {
      if (attribute.startsWith('xml:')) element.setAttributeNS(namespaces.xml, attribute, value);
      else element.setAttribute(attribute, value);
    }
    if (typeof content === 'string') element.textContent = content;
    else if (Array.isArray(content)) element.append(...content.map(build));
    else if (content) {
      // "]]>" cannot be in a CDATA section: split it across two, as feed writers do.
      const parts = content.cdata.split(']]>');
      parts.forEach((part, index) => {
        element.append(document.createCDATASection(index < parts.length - 1 ? `${part}]]` : part));
        if (index < parts.length - 1) element.append(document.createCDATASection('>'));
      });
    }
    return element;
  };
  const element = build(root);
  for (const prefix of declared) element.setAttributeNS(namespaces.xmlns, `xmlns:${prefix}`, namespaces[prefix]);
  document.append(element);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(document)}`;
}

export function rssNewsFeed(unsafe: string): string {
  const vector = xmlSafe(unsafe);
  const html = storyHtml(vector);
  return xml(
    [
      'rss',
      { version: '2.0' },
      [
        [
          'channel',
          {},
          [
            ['title', {}, vector],
            ['link', {}, vector],
            ['description', {}, vector],
            ['language', {}, vector],
            ['atom:link', { rel: 'self', href: vector }],
            ['atom:link', { rel: 'next', href: vector }],
            ['dc:creator', {}, vector],
            [
              'item',
              {},
              [
                ['title', {}, vector],
                ['link', {}, vector],
                ['guid', { isPermaLink: 'true' }, vector],
                ['description', {}, html],
                ['content:encoded', {}, { cdata: html }],
                ['pubDate', {}, vector],
                ['dc:date', {}, vector],
                ['category', {}, vector],
                ['dc:creator', {}, vector],
                ['author', {}, `editor@example.gov.rs (${vector})`],
                ['dc:language', {}, vector],
                ['comments', {}, vector],
                ['enclosure', { url: vector, type: 'image/jpeg', length: vector }],
                ['enclosure', { url: vector, type: 'text/html', title: vector, length: vector }],
                [
                  'media:content',
                  { url: vector, medium: 'image', width: vector, height: vector, isDefault: 'true' },
                  [['media:description', {}, vector]],
                ],
                ['media:thumbnail', { url: vector }],
              ],
            ],
            [
              'item',
              { 'xml:base': vector, 'xml:lang': vector },
              [
                ['title', {}, `<b>${vector}</b>`],
                ['guid', { isPermaLink: 'false' }, `description-${vector}`],
                ['description', {}, { cdata: html }],
                ['media:group', {}, [['media:content', { url: vector, type: 'image/png' }]]],
              ],
            ],
            [
              'item',
              {},
              [
                ['title', {}, controlTitle],
                ['guid', { isPermaLink: 'false' }, 'control'],
                ['description', {}, 'An ordinary story.'],
              ],
            ],
          ],
        ],
      ],
    ],
    null,
    ['atom', 'content', 'dc', 'media'],
  );
}

export function atomNewsFeed(unsafe: string): string {
  const vector = xmlSafe(unsafe);
  const html = storyHtml(vector);
  const author: Child = [
    'author',
    {},
    [
      ['name', {}, vector],
      ['uri', {}, vector],
      ['email', {}, vector],
    ],
  ];
  return xml(
    [
      'feed',
      { 'xml:lang': vector, 'xml:base': vector },
      [
        ['id', {}, vector],
        ['title', { type: 'html' }, vector],
        ['subtitle', { type: 'html' }, html],
        ['link', { rel: 'alternate', href: vector }],
        ['link', { rel: 'self', href: vector }],
        ['link', { rel: 'next', href: vector }],
        ['logo', {}, vector],
        ['icon', {}, vector],
        author,
        [
          'entry',
          { 'xml:base': vector, 'xml:lang': vector },
          [
            ['id', {}, vector],
            ['title', { type: 'html' }, html],
            ['link', { href: vector, type: 'text/html' }],
            ['link', { rel: 'related', href: vector }],
            ['link', { rel: 'enclosure', href: vector, type: 'image/png', length: vector }],
            ['link', { rel: 'enclosure', href: vector, type: 'application/pdf', title: vector, length: vector }],
            ['summary', { type: 'html' }, html],
            ['content', { type: 'html', 'xml:base': vector }, html],
            ['published', {}, vector],
            ['updated', {}, vector],
            ['category', { term: vector, label: vector }],
            author,
          ],
        ],
        [
          'entry',
          {},
          [
            ['id', {}, `text-${vector}`],
            ['title', { type: 'text' }, vector],
            ['summary', { type: 'text' }, vector],
            ['content', { type: vector, src: vector }, vector],
          ],
        ],
        [
          'entry',
          {},
          [
            ['id', {}, 'control'],
            ['title', {}, controlTitle],
            ['content', { type: 'text' }, 'An ordinary story.'],
          ],
        ],
      ],
    ],
    namespaces.atom,
    [],
  );
}

export const controlPhoto = 'Control photo';

export function photoFeed(vector: string): unknown {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: vector,
    language: vector,
    next_url: vector,
    authors: [{ name: vector, url: vector }],
    items: [
      {
        id: vector,
        url: vector,
        image: vector,
        title: vector,
        content_text: vector,
        summary: vector,
        language: vector,
        authors: [{ name: vector }],
        _gov: { alt: vector, thumbnail: vector, srcset: `${vector} 1x, ${vector} 640w`, width: vector, height: vector },
      },
      {
        // A real image, so that the photo is kept and its text fields are all shown.
        id: `text-${vector}`,
        image: '/demo/data/photos/tara-thumb.jpg',
        title: vector,
        content_text: vector,
        language: vector,
        authors: [{ name: vector }],
        _gov: {
          alt: vector,
          thumbnail: vector,
          srcset: `/demo/data/photos/tara-640.jpg 640w, ${vector} 1x`,
          width: 400,
          height: 267,
        },
      },
      {
        id: 'control',
        image: '/demo/data/photos/uvac-thumb.jpg',
        title: controlPhoto,
        _gov: { alt: 'An ordinary photo', width: 400, height: 267 },
      },
    ],
  };
}

export const controlOffice = 'Control office';

export function contactDocument(vector: string): unknown {
  return {
    '@context': 'https://schema.org',
    inLanguage: vector,
    '@graph': [
      {
        '@type': 'GovernmentOffice',
        '@id': vector,
        name: vector,
        alternateName: vector,
        description: vector,
        url: vector,
        sameAs: vector,
        logo: vector,
        image: vector,
        inLanguage: vector,
        address: {
          '@type': 'PostalAddress',
          streetAddress: vector,
          addressLocality: vector,
          addressRegion: vector,
          postalCode: vector,
          postOfficeBoxNumber: vector,
          addressCountry: vector,
        },
        telephone: [vector, `+381 11 123 4567 ${vector}`],
        faxNumber: vector,
        email: [vector, `${vector}@example.gov.rs`],
        hasMap: vector,
        geo: { '@type': 'GeoCoordinates', latitude: vector, longitude: vector },
        openingHours: vector,
        openingHoursSpecification: [
          { '@type': 'OpeningHoursSpecification', dayOfWeek: vector, opens: vector, closes: vector },
        ],
        contactPoint: [
          {
            '@type': 'ContactPoint',
            contactType: vector,
            name: vector,
            telephone: vector,
            faxNumber: vector,
            email: vector,
            url: vector,
            availableLanguage: [vector, { '@type': 'Language', name: vector }],
            hoursAvailable: { dayOfWeek: vector, opens: '09:00', closes: '17:00' },
          },
        ],
      },
      {
        '@type': 'Embassy',
        name: `${vector} (text address)`,
        address: vector,
        telephone: '+381 11 123 4567',
        email: 'office@example.gov.rs',
        contactPoint: { '@type': 'ContactPoint', contactType: vector, telephone: '+381 11 765 4321' },
      },
      {
        '@type': 'GovernmentOffice',
        name: controlOffice,
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Kneza Miloša 24',
          addressLocality: 'Beograd',
          addressCountry: { '@type': 'Country', name: vector },
        },
        geo: { latitude: '44.8', longitude: '20.46' },
        telephone: '+381 11 306 8000',
      },
      { '@type': vector, name: vector, url: vector },
    ],
  };
}
