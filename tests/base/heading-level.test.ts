import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/contact-card.js';
import '../../src/news-feed.js';

/** Every element with `heading-level`, with a document that gives it one heading. */
const elements = {
  'gov-news-feed': {
    type: 'application/feed+json',
    data: { version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'Title', content_text: 'Text' }] },
    heading: '[part="title"]',
  },
  'gov-contact-card': {
    type: 'application/ld+json',
    data: {
      '@context': 'https://schema.org',
      '@type': 'GovernmentOffice',
      name: 'Mission',
      telephone: '+32 2 707 79 81',
    },
    heading: '[part="name"]',
  },
};

/** One rule for all: the fraction is dropped, as HTML reads an integer attribute; 2 to 6; anything else 2. */
const levels: [string, string][] = [
  ['2', 'h2'],
  ['4', 'h4'],
  ['6', 'h6'],
  ['3.6', 'h3'],
  ['3.4', 'h3'],
  ['5.99', 'h5'],
  ['1', 'h2'],
  ['0', 'h2'],
  ['-3', 'h2'],
  ['9', 'h6'],
  ['high', 'h2'],
  ['', 'h2'],
  ['Infinity', 'h2'],
];

for (const [tag, { type, data, heading }] of Object.entries(elements)) {
  describe(`<${tag} heading-level>`, () => {
    const render = async (level: string) => {
      const container = await fixture<HTMLDivElement>('<div></div>');
      const element = document.createElement(tag) as HTMLElement & {
        headingLevel: number;
        updateComplete: Promise<unknown>;
      };
      element.setAttribute('heading-level', level);
      const script = document.createElement('script');
      script.type = type;
      script.textContent = JSON.stringify(data);
      element.append(script);
      container.append(element);
      await waitUntil(() => element.shadowRoot?.querySelector(heading), `${tag} shows its heading`);
      return element;
    };

    for (const [level, expected] of levels) {
      it(`heading-level="${level}" gives <${expected}>`, async () => {
        const element = await render(level);
        expect(element.shadowRoot!.querySelector(heading)!.localName).to.equal(expected);
      });
    }

    it('follows the headingLevel property', async () => {
      const element = await render('2');
      element.headingLevel = 5.5;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector(heading)!.localName).to.equal('h5');
    });
  });
}
