import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/test-data-element.js';
import type { TestDataElement } from '../support/test-data-element.js';
import { templates as cyrillic } from '../../src/generated/locales/sr-Cyrl.js';
import { templates as latin } from '../../src/generated/locales/sr-Latn.js';
import { allLocales } from '../../src/generated/locale-codes.js';
import { translations } from '../../src/generated/translations.js';
import { toLatin } from '../../src/core/transliterate.js';
import { scriptAttribute } from '../../src/page/page-script.js';

const root = document.documentElement;
const emptyText = (el: TestDataElement) => el.shadowRoot!.querySelector('[part="empty"]')?.textContent;
const emptyFeed = html`<test-data-element
  ><script type="application/json">
    { "items": [] }
  </script></test-data-element
>`;

/** The text of a generated template, placeholders as ${n}. */
function templateText(template: unknown): string {
  if (typeof template === 'string') return template;
  const { strings } = template as { strings: readonly string[] };
  return strings.map((part, index) => (index ? `\${${index - 1}}${part}` : part)).join('');
}

/** The translation modules of the languages this page has fetched so far. */
const fetchedTranslations = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.match(/\/generated\/locales\/([\w-]+)\.(?:ts|js)/)?.[1])
    .filter((locale) => locale && !locale.startsWith('sr-'));

describe('localization', () => {
  afterEach(() => {
    root.lang = 'en';
    root.removeAttribute(scriptAttribute);
  });

  it('fetches a translation only when the page is in its language', async () => {
    // (Serbian is imported by this file itself.)
    const el = await fixture<TestDataElement>(emptyFeed);
    expect(fetchedTranslations()).to.deep.equal([]);
    root.lang = 'hu-RS';
    await waitUntil(() => emptyText(el) === 'Még nincs megjeleníthető tartalom.', 'no switch to Hungarian');
    expect(fetchedTranslations()).to.deep.equal(['hu']);
    root.lang = 'sk';
    await waitUntil(() => emptyText(el) === 'Zatiaľ tu nie je čo zobraziť.', 'no switch to Slovak');
    expect(fetchedTranslations()).to.deep.equal(['hu', 'sk']);
  });

  it('speaks the eight languages, each chosen by its tag with or without region or script, live', async () => {
    const el = await fixture<TestDataElement>(emptyFeed);
    const pages: [string, string][] = [
      ['hu', 'Még nincs megjeleníthető tartalom.'],
      ['sk-RS', 'Zatiaľ tu nie je čo zobraziť.'],
      ['ro-RS', 'Nu există încă nimic de afișat.'],
      ['rue-Cyrl-RS', 'Ище нєт змисту за приказ.'],
      // ISO 639-3's own code for Pannonian Rusyn.
      ['rsk', 'Ище нєт змисту за приказ.'],
      ['hr-HR', 'Još nema sadržaja za prikaz.'],
      ['sr-Latn-RS', 'Još nema sadržaja za prikaz.'],
      ['sr-RS', 'Још нема садржаја за приказ.'],
      ['en-GB', 'Nothing to show yet.'],
    ];
    for (const [lang, text] of pages) {
      root.lang = lang;
      await waitUntil(() => emptyText(el) === text, `no switch to ${lang}: "${emptyText(el)}"`);
    }
    expect(allLocales).to.deep.equal(['en', 'hr', 'hu', 'ro', 'rue', 'sk', 'sr-Cyrl', 'sr-Latn']);
  });

  it('has every message translated in every language (no English left in a translation)', async () => {
    const ids = Object.keys(cyrillic).sort();
    for (const [locale, load] of Object.entries(translations)) {
      const { templates } = (await load()) as { templates: Record<string, unknown> };
      expect(Object.keys(templates).sort(), locale).to.deep.equal(ids);
    }
  });

  it('follows <html lang> live, without a reload', async () => {
    const el = await fixture<TestDataElement>(emptyFeed);
    expect(emptyText(el)).to.equal('Nothing to show yet.');
    root.lang = 'sr';
    await waitUntil(() => emptyText(el) === 'Још нема садржаја за приказ.', 'no switch to sr-Cyrl');
    root.lang = 'sr-Latn-RS';
    await waitUntil(() => emptyText(el) === 'Još nema sadržaja za prikaz.', 'no switch to sr-Latn');
    root.lang = 'en-GB';
    await waitUntil(() => emptyText(el) === 'Nothing to show yet.', 'no switch back to English');
  });

  it('follows the page-wide script state on a Serbian page', async () => {
    root.lang = 'sr-Cyrl';
    const el = await fixture<TestDataElement>(emptyFeed);
    await waitUntil(() => emptyText(el) === 'Још нема садржаја за приказ.');
    root.setAttribute(scriptAttribute, 'latn');
    await waitUntil(() => emptyText(el) === 'Još nema sadržaja za prikaz.', 'UI did not follow the script state');
  });

  it('renders its first frame in the page language (no flash of English)', async () => {
    root.lang = 'sr-Cyrl';
    const el = document.createElement('test-data-element');
    el.innerHTML = '<script type="application/json">{"items": []}</script>';
    document.body.append(el);
    const frames: (string | null | undefined)[] = [];
    new MutationObserver(() => frames.push(emptyText(el))).observe(el.shadowRoot!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    await el.updateComplete;
    el.remove();
    expect(frames.filter(Boolean)).to.deep.equal(['Још нема садржаја за приказ.']);
  });

  it('switches elements that were on the page before their definition', async () => {
    const early = document.createElement('gov-late-element');
    early.innerHTML = '<script type="application/json">{"items": []}</script>';
    document.body.append(early);
    const { TestDataElement } = await import('../support/test-data-element.js');
    customElements.define('gov-late-element', class extends TestDataElement {});
    const el = early as TestDataElement;
    await el.updateComplete;
    expect(emptyText(el)).to.equal('Nothing to show yet.');
    root.lang = 'sr-Latn';
    await waitUntil(() => emptyText(el) === 'Još nema sadržaja za prikaz.', 'upgraded element did not switch');
    el.remove();
  });

  it('falls back to English with one console warning for a language it does not speak', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<TestDataElement>(emptyFeed);
      root.lang = 'de';
      await el.updateComplete;
      await waitUntil(() => warnings.length > 0, 'no warning');
      root.lang = 'de';
      root.setAttribute('data-unrelated', '1');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(emptyText(el)).to.equal('Nothing to show yet.');
    } finally {
      console.warn = warn;
      root.removeAttribute('data-unrelated');
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('"de"');
  });

  it('shows Serbian content in Latin while Latin is active, and as written otherwise', async () => {
    root.lang = 'sr-Cyrl';
    const el = await fixture<TestDataElement>(
      html`<test-data-element
        ><script type="application/json">
          { "items": ["Љубљана и Њујорк"] }
        </script></test-data-element
      >`,
    );
    const item = () => el.shadowRoot!.querySelector('li')!.textContent;
    expect(item()).to.equal('Љубљана и Њујорк');
    root.setAttribute(scriptAttribute, 'latn');
    await waitUntil(() => item() === 'Ljubljana i Njujork', 'content did not switch to Latin');
    root.setAttribute(scriptAttribute, 'cyrl');
    await waitUntil(() => item() === 'Љубљана и Њујорк', 'content did not switch back');
  });

  it('shows text marked sr-Latn in Cyrillic on a Cyrillic page, once the Latin→Cyrillic engine has loaded', async () => {
    root.lang = 'sr-Cyrl';
    const el = await fixture<TestDataElement>(
      html`<test-data-element item-lang="sr-Latn"
        ><script type="application/json">
          { "items": ["Ljubljana i Njujork"] }
        </script></test-data-element
      >`,
    );
    root.setAttribute(scriptAttribute, 'cyrl');
    await waitUntil(
      () => el.shadowRoot!.querySelector('li')!.textContent === 'Љубљана и Њујорк',
      'not shown in Cyrillic',
    );
    expect(el.shadowRoot!.querySelector('li')!.lang).to.equal('sr-Cyrl');
  });

  it('has a Latin message for every Cyrillic one, and each is exactly toLatin of the Cyrillic', () => {
    const ids = Object.keys(cyrillic);
    expect(ids.length).to.be.greaterThan(0);
    expect(Object.keys(latin).sort()).to.deep.equal([...ids].sort());
    for (const id of ids) {
      const source = templateText(cyrillic[id as keyof typeof cyrillic]);
      expect(templateText(latin[id as keyof typeof latin]), id).to.equal(toLatin(source));
    }
  });
});
