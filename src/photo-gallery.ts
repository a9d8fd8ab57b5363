/**
 * `gov-widgets/photo-gallery`: registers `<gov-photo-gallery>`.
 */
import { defineElement } from './page/define.js';
import { GovPhotoGallery, type GovPhotoEvent } from './components/photo-gallery/photo-gallery.js';

export { GovPhotoGallery };
export type { GovPhotoDetail, GovPhotoEvent } from './components/photo-gallery/photo-gallery.js';
export type { Photo, PhotoFeed } from './core/photo-gallery.js';

defineElement('gov-photo-gallery', GovPhotoGallery);

declare global {
  interface HTMLElementTagNameMap {
    'gov-photo-gallery': GovPhotoGallery;
  }
  interface GlobalEventHandlersEventMap {
    'gov-photo-open': GovPhotoEvent;
    'gov-photo-close': GovPhotoEvent;
  }
}
