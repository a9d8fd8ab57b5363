/** `gov-widgets-cli/render`: prerendering for build pipelines (see render-page.ts and the README). */
export { renderPage, type RenderPageOptions } from './render-page.js';
