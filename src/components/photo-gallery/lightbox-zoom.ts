import { clampPan, type Photo } from '../../core/photo-feed.js';

interface Point {
  x: number;
  y: number;
}

interface Gesture extends Point {
  distance: number;
  pan: Point;
  zoom: number;
  moved: boolean;
}

/** Pixels a pointer must travel before a press counts as a drag, and a drag as a swipe. */
const dragThreshold = 10;
const swipeThreshold = 48;

/** What the zoom and the gestures need of the lightbox. */
export interface ZoomHost {
  /** Where the `.frame` of the photo shown is. */
  readonly renderRoot: ParentNode;
  /** The photo shown; it can zoom when it is there and loaded. */
  photo(): Photo | undefined;
  canZoom(): boolean;
  /** `zoomed` changed: the zoom button and the stage's cursor follow it. */
  requestUpdate(): void;
  /** A swipe left (1) or right (-1) across the unzoomed photo. */
  swiped(step: 1 | -1): void;
  /** A single tap or click beside the unzoomed photo, as on a backdrop. */
  tappedBeside(): void;
}

/**
 * Zoom and pan of the lightbox's photo, and the pointer gestures on its stage: a drag pans the zoomed
 * photo, a pinch zooms, a double tap or double click zooms to full resolution (towards that point) and
 * back, a swipe across the unzoomed photo goes to the next or previous one, a tap beside it closes.
 * The stage's pointer events come to {@link onPointer}, one listener that Lit keeps from render to render.
 */
export class LightboxZoom {
  zoomed = false;
  private _zoom = 1;
  private _pan: Point = { x: 0, y: 0 };
  private readonly _pointers = new Map<number, Point>();
  private _gesture?: Gesture;
  private _lastTap?: Point & { time: number };

  constructor(private readonly _host: ZoomHost) {}

  /** A new photo: shown whole. */
  reset(): void {
    this._zoom = 1;
    this._pan = { x: 0, y: 0 };
    this.zoomed = false;
  }

  /** The lightbox closed: no gesture goes on. */
  stop(): void {
    this.zoomed = false;
    this._pointers.clear();
    this._gesture = undefined;
  }

  /** Pans the zoomed photo (arrow keys). */
  panBy(x: number, y: number): void {
    this._pan = { x: this._pan.x + x, y: this._pan.y + y };
    this._applyTransform();
  }

  /** Zooms to full resolution (towards a point, for a double tap) or back to the whole photo. */
  toggle(at?: Point): void {
    if (!this._host.canZoom()) return;
    const { box, full } = this._measure();
    const zoom = this.zoomed ? 1 : full;
    if (at) {
      const ratio = zoom / this._zoom;
      const x = at.x - box.left - box.width / 2;
      const y = at.y - box.top - box.height / 2;
      this._pan = { x: x - (x - this._pan.x) * ratio, y: y - (y - this._pan.y) * ratio };
    }
    this._zoom = zoom;
    this._setZoomed(zoom > 1);
    this._applyTransform();
  }

  readonly onPointer = (event: PointerEvent): void => {
    if (event.type === 'pointerdown') this._onPointerDown(event);
    else if (event.type === 'pointermove') this._onPointerMove(event);
    else this._onPointerUp(event);
  };

  /** The frame, its box, the fitted photo's size in it, and the zoom that shows full resolution. */
  private _measure() {
    const frame = this._host.renderRoot.querySelector<HTMLElement>('.frame')!;
    const photo = this._host.photo()!;
    const image = frame.querySelector<HTMLImageElement>('[part="photo"]');
    const naturalWidth = photo.width ?? image?.naturalWidth ?? 0;
    const naturalHeight = photo.height ?? image?.naturalHeight ?? 0;
    const box = frame.parentElement!.getBoundingClientRect();
    const fit = naturalWidth && naturalHeight ? Math.min(box.width / naturalWidth, box.height / naturalHeight) : 0;
    return {
      frame,
      box,
      width: fit ? naturalWidth * fit : box.width,
      height: fit ? naturalHeight * fit : box.height,
      full: fit ? Math.max(2, 1 / fit) : 2,
    };
  }

  private _applyTransform(dragging = false): void {
    const { frame, box, width, height } = this._measure();
    const zoom = this._zoom;
    const x = dragging && zoom === 1 ? this._pan.x : clampPan(this._pan.x, width * zoom, box.width);
    this._pan = { x, y: clampPan(this._pan.y, height * zoom, box.height) };
    frame.toggleAttribute('data-dragging', dragging);
    frame.style.transform = `translate(${x}px, ${this._pan.y}px) scale(${zoom})`;
  }

  private _setZoomed(zoomed: boolean): void {
    this.zoomed = zoomed;
    this._host.requestUpdate();
  }

  private _snapshot(): Gesture {
    const [a, b = a] = this._pointers.values();
    return {
      x: (a.x + b.x) / 2,
      y: (a.y + b.y) / 2,
      distance: Math.hypot(a.x - b.x, a.y - b.y) || 1,
      pan: this._pan,
      zoom: this._zoom,
      moved: this._pointers.size > 1,
    };
  }

  private _onPointerDown(event: PointerEvent): void {
    if (event.button || (event.target as Element).closest('a')) return;
    try {
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    } catch {
      // A synthetic pointer (assistive technology, automation) cannot be captured; the gesture works without.
    }
    this._pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    this._gesture = this._snapshot();
  }

  private _onPointerMove(event: PointerEvent): void {
    const gesture = this._gesture;
    if (!gesture || !this._pointers.has(event.pointerId)) return;
    this._pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const now = this._snapshot();
    const dx = now.x - gesture.x;
    const dy = now.y - gesture.y;
    gesture.moved ||= Math.hypot(dx, dy) > dragThreshold;
    if (!gesture.moved) return;
    if (this._pointers.size > 1)
      this._zoom = Math.min(this._measure().full, Math.max(1, (gesture.zoom * now.distance) / gesture.distance));
    this._pan = { x: gesture.pan.x + dx, y: gesture.pan.y + dy };
    this._applyTransform(true);
  }

  private _onPointerUp(event: PointerEvent): void {
    const gesture = this._gesture;
    if (!gesture || !this._pointers.delete(event.pointerId)) return;
    if (this._pointers.size) {
      this._gesture = { ...this._snapshot(), moved: true };
      return;
    }
    this._gesture = undefined;
    const dx = event.clientX - gesture.x;
    const dy = event.clientY - gesture.y;
    if (this._zoom < 1.05) this._zoom = 1;
    this._setZoomed(this._zoom > 1);
    const swiped = gesture.moved && !this.zoomed && Math.abs(dx) > swipeThreshold && Math.abs(dx) > Math.abs(dy);
    // Unzoomed, the clamp brings the photo back to the centre.
    this._applyTransform();
    if (event.type === 'pointercancel') return;
    if (swiped) this._host.swiped(dx < 0 ? 1 : -1);
    else if (!gesture.moved) this._tap({ x: event.clientX, y: event.clientY, time: event.timeStamp });
  }

  /** A double tap or double click zooms; a single one beside the photo closes, as a backdrop click would. */
  private _tap(tap: Point & { time: number }): void {
    const last = this._lastTap;
    this._lastTap = tap;
    if (last && tap.time - last.time < 400 && Math.hypot(tap.x - last.x, tap.y - last.y) < 40) {
      this._lastTap = undefined;
      this.toggle(tap);
      return;
    }
    const { box, width, height } = this._measure();
    const outside =
      Math.abs(tap.x - box.left - box.width / 2) > width / 2 || Math.abs(tap.y - box.top - box.height / 2) > height / 2;
    if (!this.zoomed && outside) this._host.tappedBeside();
  }
}
