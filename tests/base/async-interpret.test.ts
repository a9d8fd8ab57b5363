import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { GovDataElement } from '../../src/components/shared/gov-data-element.js';
import { defineElement } from '../../src/page/define.js';
import { LoadError, type ParsedDocument } from '../../src/page/load.js';
import type { GovErrorEvent, GovLoadDetail } from '../../src/events.js';
import { muteWarnings } from '../support/console.js';

/**
 * A subclass whose interpret() is asynchronous, as when its reader is loaded on demand: the
 * document's `delay` (ms) says how long reading takes.
 */
class AsyncDataElement extends GovDataElement<string[]> {
  protected interpret(document: ParsedDocument): Promise<string[]> {
    const value = (document.kind === 'json' ? document.value : {}) as { items?: unknown; delay?: number };
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        if (Array.isArray(value.items)) resolve(value.items.map(String));
        else reject(new LoadError('format', 'no items'));
      }, value.delay ?? 0),
    );
  }

  protected loadDetail(items: string[]): GovLoadDetail {
    return { count: items.length };
  }

  protected renderContent(items: string[]): TemplateResult {
    return html`<ul>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  }
}
defineElement('async-data-element', AsyncDataElement);

const respond = (body: unknown) => `/test-api/respond?${new URLSearchParams({ body: JSON.stringify(body) })}`;
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);

describe('GovDataElement with an asynchronous interpret()', () => {
  muteWarnings();

  it('shows the model once interpreted, stays busy until then, and reload() resolves after it', async () => {
    const el = await fixture<AsyncDataElement>(html`<async-data-element></async-data-element>`);
    el.src = respond({ items: ['one', 'two'], delay: 100 });
    const loaded = oneEvent(el, 'gov-load');
    await waitUntil(() => el.shadowRoot!.querySelector('[aria-busy="true"]'), 'not busy while loading');
    await loaded;
    expect(items(el)).to.deep.equal(['one', 'two']);
    el.src = respond({ items: ['three'], delay: 50 });
    await el.updateComplete; // starts loading the new src
    await el.reload(); // loads it again, and resolves once it is shown
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['three']);
  });

  it('reports a rejected interpret() as the error state', async () => {
    const el = await fixture<AsyncDataElement>(html`<async-data-element></async-data-element>`);
    const failing = oneEvent(el, 'gov-error');
    el.src = respond({ nothing: true });
    expect(((await failing) as GovErrorEvent).detail.reason).to.equal('format');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });

  it('drops a model that arrives after a newer load started', async () => {
    const el = await fixture<AsyncDataElement>(html`<async-data-element></async-data-element>`);
    el.src = respond({ items: ['slow'], delay: 300 });
    await waitUntil(() => el.shadowRoot!.querySelector('[aria-busy="true"]'));
    await new Promise((resolve) => setTimeout(resolve, 100)); // the slow document is being read
    el.src = respond({ items: ['fast'], delay: 0 });
    await waitUntil(() => items(el).length, 'the newer document did not show');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(items(el)).to.deep.equal(['fast']);
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'async-data-element': AsyncDataElement;
  }
}
