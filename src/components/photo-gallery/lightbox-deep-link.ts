import { photoHash, photoIdFromHash } from '../../core/photo-feed.js';

/**
 * The photo open in a gallery's lightbox, named in the URL hash (`deep-link`): such a URL opens it, and
 * the history entry its opening added is what Back takes away to close it.
 */
export class LightboxDeepLink {
  /** Whether opening added a history entry, which closing then takes back. */
  private _pushed = false;

  constructor(private readonly _gallery: HTMLElement) {}

  /** The photo id the URL hash names in this gallery. */
  photoId(): string | undefined {
    return photoIdFromHash(location.hash, this._galleryKey());
  }

  /** Names the photo in the URL: a new history entry as the lightbox opens, the same entry while it is open. */
  show(id: string, open: boolean): void {
    const url = new URL(location.href);
    url.hash = photoHash(this._galleryKey(), id);
    if (open) history.replaceState(history.state, '', url);
    else {
      history.pushState(history.state, '', url);
      this._pushed = true;
    }
  }

  /** The URL left the photo by itself (Back): no history entry to take back. */
  left(): void {
    this._pushed = false;
  }

  /** The lightbox closed: its history entry is taken back, else a hash that names a photo is cleared. */
  closed(): void {
    if (this._pushed) history.back();
    else if (this.photoId() !== undefined) history.replaceState(history.state, '', location.pathname + location.search);
    this._pushed = false;
  }

  /** This gallery's name in URL hashes: its id, else its place among the galleries of its document. */
  private _galleryKey(): string {
    const gallery = this._gallery;
    const galleries = [...(gallery.getRootNode() as ParentNode).querySelectorAll(gallery.localName)];
    return gallery.id || `${gallery.localName}-${galleries.indexOf(gallery) + 1}`;
  }
}
