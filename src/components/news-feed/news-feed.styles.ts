import { css } from 'lit';

/**
 * A sober news list that takes the host page's font and colours: headings a little larger and
 * bold, a bold dateline as on the seed page, a thin line between items. Images sit beside the text
 * when the element is wide enough and above it when not (container query), so nothing scrolls
 * sideways at 320 px.
 */
export const newsFeedStyles = css`
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    container-type: inline-size;
  }
  .entry + .entry {
    margin-block-start: var(--gov-news-gap, 1.25em);
    padding-block-start: var(--gov-news-gap, 1.25em);
    border-block-start: var(--gov-news-divider, 0.0625em solid var(--_border));
  }
  .item {
    overflow-wrap: anywhere;
  }
  .item:focus {
    outline: none;
  }
  .item:focus-visible {
    outline: var(--gov-focus-width, 0.1875em) solid var(--_focus);
    outline-offset: 0.25em;
  }
  .title {
    margin: 0 0 0.375em;
    font-size: var(--gov-news-title-size, 1.125em);
    font-weight: var(--gov-news-title-weight, 700);
    line-height: 1.3;
  }
  .title.untitled {
    font-size: 1em;
    font-weight: inherit;
    line-height: inherit;
  }
  .title a {
    text-underline-offset: 0.15em;
  }
  .title a:not([href]) {
    color: inherit;
  }
  .summary {
    margin: 0;
  }
  .dateline {
    color: var(--gov-news-dateline-color, inherit);
    font-weight: var(--gov-news-dateline-weight, 700);
  }
  .content {
    margin-block-start: 0.5em;
  }
  .content > :first-child {
    margin-block-start: 0;
  }
  .content > :last-child {
    margin-block-end: 0;
  }
  .content :is(h3, h4, h5, h6) {
    font-size: 1em;
    margin-block: 1em 0.5em;
  }
  .content img,
  .image {
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--gov-radius, 0.25em);
  }
  .content blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--_border);
  }
  .content .table-scroll {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .content table {
    border-collapse: collapse;
  }
  .content :is(th, td) {
    padding: 0.25em 0.5em;
    border: 0.0625em solid var(--_border);
    text-align: start;
  }
  .image {
    display: block;
    margin-block-start: 0.75em;
  }
  @container (min-width: 36em) {
    .item.with-image {
      display: grid;
      grid-template-columns: minmax(0, 1fr) var(--gov-news-image-width, 12em);
      column-gap: 1.25em;
      align-content: start;
    }
    .item.with-image > :not(.image) {
      grid-column: 1;
    }
    .item.with-image > .image {
      grid-column: 2;
      grid-row: 1 / span 3;
      margin-block-start: 0.25em;
    }
  }
  .more-button {
    margin-block-start: var(--gov-news-gap, 1.25em);
  }
  .state-error {
    margin-block: var(--gov-news-gap, 1.25em) 0;
  }
  .more {
    margin: var(--gov-news-gap, 1.25em) 0 0;
  }
  .more a {
    font-weight: 700;
  }
  .placeholder + .placeholder {
    margin-block-start: var(--gov-news-gap, 1.25em);
    padding-block-start: var(--gov-news-gap, 1.25em);
  }
  .placeholder .skeleton {
    block-size: 1lh;
    margin-block: 0;
    background-clip: content-box;
    padding-block: 0.2em;
  }
  .placeholder .skeleton-title {
    inline-size: 70%;
    block-size: calc(1.3em * 1.125 + 0.375em);
    padding-block-end: 0.375em;
  }
  .placeholder .skeleton-end {
    inline-size: 45%;
  }
`;
