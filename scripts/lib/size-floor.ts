/**
 * The floor of `npm run size`: the least any element entry of this suite can weigh on the fixed stack,
 * with nothing of gov-widgets in it. One LitElement with styles, a reactive property and a template,
 * and one string through @lit/localize's runtime mode (the mode that follows the page's language
 * live; transform mode would need one build per language and a reload to switch).
 */
import { css, html, LitElement } from 'lit';
import { configureLocalization, msg } from '@lit/localize';

configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['sr-Cyrl'],
  loadLocale: async () => ({ templates: {} }),
});

class StackFloor extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  static override properties = { label: {} };
  label = '';

  protected override render() {
    return html`<p>${this.label || msg('Loading…', { id: 'state.loading' })}</p>`;
  }
}

customElements.define('stack-floor', StackFloor);
