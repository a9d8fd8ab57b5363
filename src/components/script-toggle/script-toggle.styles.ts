import { css } from 'lit';

/** The seed's "ћирилица | latinica": two words that look like text links, the active one bold and not underlined. */
export const scriptToggleStyles = css`
  :host {
    display: inline-block;
    /* The toggle sits on whatever header the page has; the text colour is the one colour sure to stand out there. */
    --_focus: var(--gov-focus-color, currentColor);
  }
  /* A page in another language and no link to the Serbian versions: nothing to offer. */
  :host(:state(hidden)) {
    display: none;
  }
  .group {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--gov-script-toggle-gap, 0.125em);
  }
  .option {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    /* WCAG 2.5.8: at least 24 × 24 CSS px, also on a page with small type. */
    min-block-size: max(1.5em, 24px);
    min-inline-size: 24px;
    margin: 0;
    padding: var(--gov-script-toggle-padding, 0.125em 0.25em);
    border: 0;
    border-radius: var(--gov-radius, 0.25em);
    background: none;
    color: var(--gov-script-toggle-color, inherit);
    font: inherit;
    line-height: inherit;
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.18em;
    cursor: pointer;
  }
  .option:hover {
    text-decoration-thickness: 0.14em;
  }
  .option.active {
    color: var(--gov-script-toggle-active-color, var(--gov-script-toggle-color, inherit));
    font-weight: var(--gov-script-toggle-active-font-weight, 700);
    text-decoration: none;
  }
  button.option.active {
    cursor: default;
  }
  span.option {
    text-decoration: none;
    cursor: auto;
  }
  .separator {
    color: var(--gov-script-toggle-separator-color, currentColor);
  }
  @media (forced-colors: active) {
    .option.active {
      outline: 0.0625em solid CanvasText;
    }
  }
`;
