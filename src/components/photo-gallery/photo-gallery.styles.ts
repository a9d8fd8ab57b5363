import { css } from 'lit';

/** The grid; the lightbox brings its own styles (lightbox.ts). */
export const photoGalleryStyles = css`
  .grid {
    --_gap: var(--gov-gallery-gap, 0.5em);
    --_cell: max(
      var(--gov-gallery-thumbnail-min-width, 8em),
      (100% - (var(--_columns, 4) - 1) * var(--_gap)) / var(--_columns, 4)
    );
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_cell)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .thumbnail {
    display: block;
    border-radius: var(--gov-radius, 0.25em);
  }
  .grid img,
  .grid .skeleton {
    display: block;
    inline-size: 100%;
    block-size: auto;
    margin: 0;
    aspect-ratio: var(--gov-gallery-thumbnail-ratio, 3 / 2);
    object-fit: cover;
    border-radius: var(--gov-radius, 0.25em);
    background: var(--_surface);
  }
  .thumbnail:hover img {
    opacity: 0.85;
  }
  .credit {
    margin: 0.5em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .more-button {
    margin-block-start: 1em;
  }
  .state-error {
    margin-block: 1em 0;
  }
`;
