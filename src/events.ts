/**
 * Every event the widgets fire, with its detail type, in one place: the `gov-` names are declared
 * on `GlobalEventHandlersEventMap` below, so `addEventListener('gov-load', …)` is typed for a host
 * page, and {@link emit} checks a name and its detail against the same map. All bubble and cross
 * shadow boundaries, so a host page can listen on the element or on document.
 */
import type { LoadErrorReason } from './core/loaded-document.js';
import type { Script } from './core/locale.js';

/** `gov-load`: a data element shows its document. */
export interface GovLoadDetail {
  /** How many entries (news items, photos, offices) the document holds. */
  count: number;
  /** The document's own title, when it has one. */
  title?: string;
}

/** `gov-error`: a data element could not show its document. */
export interface GovErrorDetail {
  reason: LoadErrorReason;
  /** A sentence for people, in the page's language. */
  message: string;
  /** The HTTP status, for reason `http`. */
  status?: number;
  /** The address that failed, when there was one. */
  url?: string;
}

/** The photo a `gov-photo-open` or `gov-photo-close` event is about. */
export interface GovPhotoDetail {
  /** Its position in the gallery, from 0. */
  index: number;
  /** Its item id in the feed. */
  id: string;
}

/** `gov-vcard-download` (cancelable): the vCard "Save contact" is about to download. */
export interface GovVCardDownloadDetail {
  /** The name on the card, as shown. */
  name: string;
  /** "Мисија-Републике-Србије-при-НАТО.vcf" */
  fileName: string;
  /** The vCard 3.0 text that is about to be downloaded. */
  vcard: string;
}

/** `gov-script-change` (on document, cancelable) and `gov-script-changed` (after the switch). */
export interface GovScriptChangeDetail {
  /** The script asked for (`gov-script-change`) or now shown (`gov-script-changed`). */
  script: Script;
  /** The script shown before: the earlier choice, else the page's own, else null. */
  previous: Script | null;
}

export type GovLoadEvent = CustomEvent<GovLoadDetail>;
export type GovErrorEvent = CustomEvent<GovErrorDetail>;
export type GovPhotoEvent = CustomEvent<GovPhotoDetail>;
export type GovVCardDownloadEvent = CustomEvent<GovVCardDownloadDetail>;
export type GovScriptChangeEvent = CustomEvent<GovScriptChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-load': GovLoadEvent;
    'gov-error': GovErrorEvent;
    'gov-photo-open': GovPhotoEvent;
    'gov-photo-close': GovPhotoEvent;
    'gov-vcard-download': GovVCardDownloadEvent;
    'gov-script-change': GovScriptChangeEvent;
    'gov-script-changed': GovScriptChangeEvent;
  }
}

/** The names of the widgets' events. */
export type GovEventName = Extract<keyof GlobalEventHandlersEventMap, `gov-${string}`>;
/** The detail an event of that name carries. */
export type GovEventDetail<Name extends GovEventName> =
  GlobalEventHandlersEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;

/**
 * Fires a widget event on `target`: a name the map above declares, with its detail (a wrong name or
 * detail does not compile). Returns false when a listener cancelled a cancelable event.
 */
export function emit<Name extends GovEventName>(
  target: EventTarget,
  type: Name,
  detail: GovEventDetail<Name>,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
