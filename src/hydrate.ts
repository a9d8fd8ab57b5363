/**
 * `gov-widgets-hydrate.js`: Lit's hydrate support, for pages that `gov-widgets-cli render` prerendered.
 * Loaded before `gov-widgets.js` (the render command writes the tag), it lets each element take over
 * the declarative shadow DOM the page arrived with instead of rendering it again: no flash, no
 * layout shift. Pages rendered in the browser never load it (docs/decisions/0008).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
