/**
 * The events the widgets fire. All are `gov-` prefixed, bubble, and cross shadow boundaries, so a
 * host page can listen on the element or on document.
 */
import type { LoadErrorReason } from './page/load.js';

export interface GovLoadDetail {
  /** How many entries (news items, photos, offices) the document holds. */
  count: number;
  /** The document's own title, when it has one. */
  title?: string;
}

export interface GovErrorDetail {
  reason: LoadErrorReason;
  /** A sentence for people, in the page's language. */
  message: string;
  /** The HTTP status, for reason `http`. */
  status?: number;
  /** The address that failed, when there was one. */
  url?: string;
}

export type GovLoadEvent = CustomEvent<GovLoadDetail>;
export type GovErrorEvent = CustomEvent<GovErrorDetail>;

export function govEvent<T>(type: string, detail: T, options: { cancelable?: boolean } = {}): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-load': GovLoadEvent;
    'gov-error': GovErrorEvent;
  }
}
