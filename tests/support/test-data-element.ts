/**
 * A minimal element on the shared data base, so that the base's loading, states and events are
 * tested on their own, apart from any real widget.
 */
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GovDataElement } from '../../src/components/shared/gov-data-element.js';
import { LoadError, type ParsedDocument } from '../../src/page/load.js';
import { defineElement } from '../../src/page/define.js';
import type { GovLoadDetail } from '../../src/events.js';

export interface TestModel {
  title: string;
  items: string[];
}

export class TestDataElement extends GovDataElement<TestModel> {
  protected static override inlineTypes = ['application/feed+json', 'application/json'];

  /** The language of the items' text. */
  @property({ attribute: 'item-lang' }) itemLang = 'sr';

  protected interpret(document: ParsedDocument): TestModel {
    const value = document.kind === 'json' ? document.value : undefined;
    if (!value || typeof value !== 'object' || !Array.isArray((value as TestModel).items)) {
      throw new LoadError('format', 'not a test document');
    }
    const { title = '', items } = value as TestModel;
    return { title, items: items.map(String) };
  }

  protected override isEmpty(model: TestModel): boolean {
    return model.items.length === 0;
  }

  protected loadDetail(model: TestModel): GovLoadDetail {
    return { count: model.items.length, title: model.title };
  }

  protected renderContent(model: TestModel): TemplateResult {
    return html`<ul>
      ${model.items.map((item) => html`<li lang=${this.langInScript(this.itemLang) ?? ''}>${this.inScript(item, this.itemLang)}</li>`)}
    </ul>`;
  }
}

defineElement('test-data-element', TestDataElement);

declare global {
  interface HTMLElementTagNameMap {
    'test-data-element': TestDataElement;
  }
}
