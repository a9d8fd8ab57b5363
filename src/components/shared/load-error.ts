import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LoadError } from '../../page/load.js';

/** A sentence for people, in the page's language, saying what went wrong. */
export function loadErrorMessage(error: LoadError): string {
  switch (error.reason) {
    case 'network':
      return msg('The content could not be loaded. Check your connection and try again.', { id: 'error.network' });
    case 'timeout':
      return msg('The server took too long to answer. Please try again in a moment.', { id: 'error.timeout' });
    case 'http':
      return error.details.status === 404
        ? msg('The content was not found at its address (error 404).', { id: 'error.not-found' })
        : msg(str`The server could not provide the content (error ${error.details.status ?? ''}).`, {
            id: 'error.http',
          });
    case 'too-large':
      return msg('The content is too large to be shown here.', { id: 'error.too-large' });
    case 'invalid':
      return msg('The content could not be read because its data is damaged.', { id: 'error.invalid' });
    case 'format':
      return error.details.page
        ? msg('The address is a web page that links to no feed.', { id: 'error.page-without-feed' })
        : msg('The address does not hold content that this widget can show.', { id: 'error.format' });
    case 'no-source':
      return msg('There is no content to show: this widget was given no data.', { id: 'error.no-source' });
  }
}

/**
 * The error state, the same for a document and for a next page: the sentence in an alert, and a
 * "Try again" button that calls `retry` (none when retrying cannot help).
 */
export function renderLoadError(error: LoadError, retry?: () => unknown): TemplateResult {
  return html`<div class="state-error" part="error" role="alert">
    <p>${loadErrorMessage(error)}</p>
    ${
      retry
        ? html`<button class="button" part="retry-button" type="button" @click=${retry}>
            ${msg('Try again', { id: 'action.retry' })}
          </button>`
        : nothing
    }
  </div>`;
}
