/**
 * `gov-widgets/photo-gallery`: registers `<gov-photo-gallery>`.
 */
import { defineElement } from './page/define.js';
import { GovPhotoGallery } from './components/photo-gallery/photo-gallery.js';

export { GovPhotoGallery };
export type { GovPhotoDetail, GovPhotoEvent } from './events.js';
export type { Photo, PhotoFeed } from './core/photo-feed.js';

defineElement('gov-photo-gallery', GovPhotoGallery);

declare global {
  interface HTMLElementTagNameMap {
    'gov-photo-gallery': GovPhotoGallery;
  }
}
