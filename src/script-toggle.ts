/**
 * `<gov-script-toggle>`: the ћирилица | latinica switch. Importing this module registers the
 * element and, when the page carries a toggle that converts, restores the reader's stored choice of
 * script at once (before the widgets' first render).
 */
import { GovScriptToggle } from './components/script-toggle/script-toggle.js';
import { defineElement } from './page/define.js';
import { restoreScript } from './page/page-script.js';

export { GovScriptToggle, type ScriptToggleMode } from './components/script-toggle/script-toggle.js';
export {
  optOutAttribute,
  readActiveScript,
  scriptAttribute,
  scriptChangeEvent,
  scriptChangedEvent,
  scriptParameter,
  scriptStorageKey,
  setScript,
} from './page/page-script.js';
export type { GovScriptChangeDetail, GovScriptChangeEvent } from './events.js';
export type { Script } from './core/locale.js';

if (typeof document !== 'undefined' && document.querySelector('gov-script-toggle:not([mode="link" i])'))
  restoreScript();

defineElement('gov-script-toggle', GovScriptToggle);

declare global {
  interface HTMLElementTagNameMap {
    'gov-script-toggle': GovScriptToggle;
  }
}
