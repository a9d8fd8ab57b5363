/**
 * gov-widgets: importing this module registers every element of the suite. Each element also has
 * its own entry (`gov-widgets/news-feed`, ...) for pages that need only one.
 */
// First: a stored script choice is restored before the other elements render.
export * from './script-toggle.js';
export * from './contact-card.js';
export * from './news-feed.js';
export * from './photo-gallery.js';
export type { GovErrorDetail, GovErrorEvent, GovLoadDetail, GovLoadEvent } from './events.js';
export type { LoadErrorReason } from './page/load.js';
