import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/contact-card.js';
import '../../src/news-feed.js';
import { withInlineData } from '../support/shown-text.js';
import { muteWarnings } from '../support/console.js';

/**
 * Addresses as shown must be where the links go (issue 22, item 12): the real host of a URL, never
 * a user name posing as one, and no invisible character (bidi overrides and isolates, zero-width and
 * other format characters) that could reorder or hide what is read.
 */

/** Invisible characters a spoofer reaches for: bidi controls, zero-width, soft hyphen, word joiner, BOM, fillers. */
const invisible =
  '\u202E\u202D\u202A\u202B\u202C\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u200B\u200C\u200D\u00AD\u2060\uFEFF\u3164';
const hasInvisible = (text: string) => /[\p{DI}\p{Cf}\p{Cc}\p{Zl}\p{Zp}]/u.test(text);
const shadowTexts = (element: Element, selector: string) =>
  [...element.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent!.trim());

async function card(office: Record<string, unknown>): Promise<HTMLElement> {
  const element = withInlineData('gov-contact-card', 'application/ld+json', {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    name: 'Office',
    ...office,
  });
  const loaded = oneEvent(element, 'gov-load');
  await fixture(html`<div>${element}</div>`);
  await loaded;
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

describe('display spoofing: shown addresses say where the links go', () => {
  muteWarnings();

  it('a web site with a user name shows the real host, and the link goes there without the user name', async () => {
    const element = await card({ url: 'https://www.mfa.gov.rs@evil.example/contact' });
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('a.u-url')!;
    expect(link.textContent!.trim()).to.equal('evil.example/contact');
    expect(link.hostname).to.equal('evil.example');
    expect(link.href).to.equal('https://evil.example/contact');
  });

  it('a right-to-left override cannot make a web site read backwards', async () => {
    const element = await card({ url: `https://evil.example/\u202E${'sr.vog.afm.www'}` });
    const [shown] = shadowTexts(element, 'a.u-url');
    expect(shown!.startsWith('evil.example/')).to.equal(true);
    expect(hasInvisible(shown!), JSON.stringify(shown)).to.equal(false);
  });

  it('no invisible character is left in any shown URL, e-mail address, phone or fax number', async () => {
    const element = await card({
      url: `https://www.mfa.gov.rs/${invisible}page`,
      email: `press${invisible}@mfa.gov.rs`,
      telephone: `+381 11 ${invisible}306 8000`,
      faxNumber: `+381 11${invisible} 306 8001`,
      contactPoint: {
        '@type': 'ContactPoint',
        contactType: 'press',
        email: `\u202Eevil@example.org`,
        telephone: '\u2066+381 11 306 8002\u2069',
      },
    });
    const shown = shadowTexts(element, 'a.u-url, .u-email, .p-tel, .fax');
    expect(shown).to.have.length(6);
    for (const text of shown) expect(hasInvisible(text), JSON.stringify(text)).to.equal(false);
    expect(shown).to.include('press@mfa.gov.rs');
    expect(shown).to.include('evil@example.org');
    // What is shown is where the link goes.
    expect(element.shadowRoot!.querySelector('a.u-email')!.getAttribute('href')).to.equal('mailto:press@mfa.gov.rs');
  });

  it('in a news story, link text that reads as an address shows where the link really goes', async () => {
    const feed = withInlineData('gov-news-feed', 'application/feed+json', {
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {
          id: '1',
          title: 'Story',
          content_html:
            '<p><a href="https://evil.example/login">https://www.mfa.gov.rs/login</a> ' +
            '<a href="https://www.mfa.gov.rs@evil.example/">www.mfa.gov.rs</a> ' +
            `<a href="https://evil.example/">\u202Elr.sog.afm.www</a> ` +
            '<a href="mailto:evil@example.org">press@mfa.gov.rs</a> ' +
            '<a href="https://www.mfa.gov.rs/">the ministry</a></p>',
        },
      ],
    });
    feed.setAttribute('show', 'full');
    const loaded = oneEvent(feed, 'gov-load');
    await fixture(html`<div>${feed}</div>`);
    await loaded;
    await (feed as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowTexts(feed, '[part="content"] a')).to.deep.equal([
      'evil.example/login',
      'evil.example',
      'evil.example',
      'evil@example.org',
      'the ministry',
    ]);
  });
});
