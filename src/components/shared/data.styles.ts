import { css } from 'lit';

/**
 * What the elements that show a document add to the shared styles: their buttons ("Try again", "Show
 * more", "Save contact") and the loading, error and empty states. Apart, so that the script toggle,
 * which has none of them, does not carry them.
 */
export const dataStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border: 0.0625em solid var(--_accent);
    border-radius: var(--gov-radius, 0.25em);
    background: var(--gov-button-background, #fff);
    color: var(--gov-button-color, var(--_accent));
    font: inherit;
    line-height: 1.2;
    cursor: pointer;
  }
  .button:hover {
    background: var(--gov-button-hover-background, var(--_surface));
  }
  .state-error {
    margin-block: 0 1em;
    padding: 0.75em 1em;
    border-inline-start: 0.25em solid var(--_error);
    background: var(--gov-color-error-surface, #fdf3f2);
  }
  .state-error p {
    margin: 0 0 0.5em;
  }
  .state-empty {
    margin: 0;
    color: var(--_muted);
  }
  .skeleton {
    display: block;
    block-size: 1em;
    margin-block: 0.5em;
    border-radius: 0.25em;
    background: var(--_surface);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: gov-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes gov-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (forced-colors: active) {
    .button,
    .state-error {
      border: 0.0625em solid CanvasText;
    }
    .skeleton {
      background: GrayText;
    }
  }
`;
