import { css } from 'lit';

export const contactCardStyles = css`
  :host {
    --_label-width: var(--gov-contact-label-width, 9em);
    --_gap: var(--gov-contact-gap, 1em);
  }
  .office {
    container-type: inline-size;
    overflow-wrap: anywhere;
  }
  .office + .office {
    margin-block-start: calc(var(--_gap) * 1.5);
    padding-block-start: calc(var(--_gap) * 1.5);
    border-block-start: 0.0625em solid var(--_border);
  }
  .name {
    margin: 0;
    font-size: var(--gov-contact-name-size, 1.25em);
    line-height: 1.25;
    color: var(--gov-contact-name-color, inherit);
  }
  .alternate-name {
    margin: 0.25em 0 0;
    color: var(--_muted);
  }
  address {
    margin-block-start: calc(var(--_gap) * 0.75);
    font-style: normal;
  }
  dl {
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_label-width) minmax(0, 1fr);
    column-gap: var(--_gap);
    padding-block: 0.25em;
  }
  dt {
    grid-column: 1;
    grid-row: 1 / span 20;
    font-weight: var(--gov-contact-label-weight, 600);
    color: var(--gov-contact-label-color, inherit);
  }
  dd {
    grid-column: 2;
    margin: 0;
  }
  /* Stacked links (several phones) stay 24 px apart: WCAG 2.5.8 target spacing. */
  dd + dd {
    margin-block-start: 0.375em;
  }
  a {
    padding-block: 0.125em;
  }
  .hours {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  abbr {
    text-decoration: none;
  }
  .point {
    margin-block-start: calc(var(--_gap) * 0.75);
  }
  .point-label {
    margin: 0 0 0.25em;
    font-weight: var(--gov-contact-label-weight, 600);
  }
  .save {
    margin-block-start: var(--_gap);
    /* Its only other child is visually hidden: no gap for it. */
    gap: 0;
  }

  /* Narrow containers (sidebars, 320 px screens): the label goes above its value. */
  @container (inline-size < 26em) {
    .row {
      display: block;
    }
  }

  /* Compact: one line per channel, each still named by its label. */
  :host([layout='compact']) .name {
    font-size: var(--gov-contact-name-size, 1.05em);
  }
  :host([layout='compact']) address {
    margin-block-start: 0.25em;
  }
  :host([layout='compact']) .row {
    display: block;
    padding-block: 0.1875em;
  }
  :host([layout='compact']) dt,
  :host([layout='compact']) dd,
  :host([layout='compact']) .hours,
  :host([layout='compact']) .hours li {
    display: inline;
  }
  :host([layout='compact']) dt {
    font-weight: inherit;
    color: var(--_muted);
  }
  :host([layout='compact']) dt::after {
    content: ': ';
  }
  :host([layout='compact']) dd + dd::before,
  :host([layout='compact']) .hours li + li::before {
    content: ', ';
  }
  :host([layout='compact']) .point {
    margin-block-start: 0.375em;
  }
  :host([layout='compact']) .save {
    margin-block-start: 0.5em;
    min-block-size: 2em;
    padding: 0.25em 0.75em;
  }

  @media (forced-colors: active) {
    .office + .office {
      border-color: CanvasText;
    }
  }
`;
