import type { SuiteRuntime } from '../shared/runtime.js';

/**
 * The lightbox's styles, adopted into the gallery's shadow root when the lightbox first loads, with the
 * gallery's own css tag (which keeps one style sheet for this template however often it is called).
 */
export const lightboxStyles = ({ css }: Pick<SuiteRuntime, 'css'>) => css`
  .lightbox {
    --_focus: var(--gov-gallery-lightbox-focus-color, #fd0);
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    background: var(--gov-gallery-lightbox-background, #111);
    color: var(--gov-gallery-lightbox-color, #fff);
    overscroll-behavior: contain;
  }
  .lightbox[open],
  figure {
    display: flex;
    flex-direction: column;
  }
  .lightbox a {
    color: inherit;
  }
  .bar {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.5em;
  }
  .title {
    flex: 1;
    min-inline-size: 0;
    margin: 0;
    overflow: hidden;
    font-size: 1em;
    font-weight: normal;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .counter {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .control {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2.75em;
    block-size: 2.75em;
    padding: 0;
    border: 0.0625em solid rgb(255 255 255 / 0.6);
    border-radius: 50%;
    background: rgb(0 0 0 / 0.65);
    color: #fff;
    font: inherit;
    cursor: pointer;
  }
  .control[aria-pressed='true'] {
    background: #fff;
    color: #111;
  }
  .control svg {
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .step {
    position: absolute;
    inset-block-start: 50%;
    translate: 0 -50%;
  }
  .previous {
    inset-inline-start: 0.5em;
  }
  .next {
    inset-inline-end: 0.5em;
  }
  figure,
  .stage {
    flex: 1;
    min-block-size: 0;
    margin: 0;
  }
  .stage {
    position: relative;
    overflow: hidden;
    touch-action: none;
    user-select: none;
  }
  .zoomed {
    cursor: grab;
  }
  .frame,
  .frame img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
  }
  .frame img {
    object-fit: contain;
  }
  @media (prefers-reduced-motion: no-preference) {
    .frame:not([data-dragging]) {
      transition: transform 0.2s ease-out;
    }
  }
  .placeholder {
    display: grid;
    place-content: center;
    gap: 0.5em;
    block-size: 100%;
    padding: 1em 3.5em;
    text-align: center;
  }
  .placeholder p {
    margin: 0;
  }
  figcaption {
    max-block-size: 35vh;
    overflow: auto;
    padding: 0.5em max(1em, (100% - 50em) / 2) 1em;
  }
  figcaption > span {
    display: block;
  }
  .caption-title {
    font-weight: bold;
  }
  .photo-credit {
    opacity: 0.85;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .control {
      border-color: ButtonText;
    }
    .control[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
