import { css } from 'lit';

/**
 * What every widget's shadow root starts from (the data elements add data.styles.ts). Sizes are in em, never rem, so a host page with
 * `html { font-size: 62.5% }` does not shrink the widgets; fonts and colours are inherited so the
 * widget looks like part of the page it is pasted into, the page's text alignment, indent and
 * wrapping are not.
 */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    font: inherit;
    color: inherit;
    line-height: inherit;
    /*
     * Fonts and colours come from the page; its text layout does not: a centred table cell, a
     * paragraph's indent or justification, or a nowrap cell would otherwise centre a news list,
     * indent every button and push a card out of its column.
     */
    text-align: start;
    text-indent: 0;
    white-space: normal;
    --_accent: var(--gov-color-accent, #0c4076);
    --_muted: var(--gov-color-muted, #4a4f55);
    --_border: var(--gov-color-border, #c9ccd1);
    --_surface: var(--gov-color-surface, #f3f4f6);
    --_error: var(--gov-color-error, #b3261e);
    --_focus: var(--gov-focus-color, #1d70b8);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--gov-focus-width, 0.1875em) solid var(--_focus);
    outline-offset: 0.125em;
  }
  a {
    color: var(--gov-color-link, var(--_accent));
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
