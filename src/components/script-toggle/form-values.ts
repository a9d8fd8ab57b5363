/**
 * Form controls whose shown text is also the data a form submits. The page converter shows text in the other
 * script, but what a form sends must be the same bytes in both scripts:
 *
 * - an `<option>` without a `value` submits its text: while its text is shown converted, its value is pinned to
 *   the text as written (a `value` attribute the converter adds, and removes once the text shows as written);
 * - an `<input type="submit">` with a name sends its `value`, which is also its label, and so does any submit
 *   button of a `method="dialog"` form (as the dialog's returnValue): such a value is never converted.
 */

/** The options whose value the converter pinned, with the value it wrote. */
const pins = new Map<Element, string>();
/** Options whose text changed since the last {@link checkPins}. */
const changed = new Set<Element>();

/** Whether the `value` attribute of `element` is only what it shows: an input button whose value nothing submits. */
export function valueIsLabel(element: Element): boolean {
  if (element.localName !== 'input') return false;
  const type = (element.getAttribute('type') ?? '').trim().toLowerCase();
  if (type === 'button' || type === 'reset') return true;
  return type === 'submit' && !element.getAttribute('name') && !submitsToDialog(element as HTMLInputElement);
}

function submitsToDialog(input: HTMLInputElement): boolean {
  const method = input.getAttribute('formmethod') ?? input.form?.getAttribute('method');
  return method?.trim().toLowerCase() === 'dialog';
}

/** Whether the `label` attribute of `element` is text people read in its place: options, option groups and tracks. */
export function labelIsShown(element: Element): boolean {
  const name = element.localName;
  return name === 'option' || name === 'optgroup' || name === 'track';
}

/** The text of `option` was shown again: its value is checked at the next {@link checkPins}. */
export function optionTextChanged(option: Element): void {
  changed.add(option);
}

/**
 * Pins or releases the values of the options whose text changed (of every pinned one too, with `all`: after a
 * revert, which rewrites text without a walk), once per option however many of its texts changed. Forgets
 * detached options. `asWritten` gives a text node's text as the page wrote it (as shown in its own script).
 */
export function checkPins(asWritten: (node: Text) => string, all = false): void {
  if (all) for (const option of pins.keys()) changed.add(option);
  for (const option of changed) {
    if (option.isConnected) pinOptionValue(option, asWritten);
    else pins.delete(option);
  }
  changed.clear();
}

/**
 * Pins or releases the value of `option`: pinned to its text as written while what it shows differs, released
 * once they are the same again. A `value` the page set itself is never touched.
 */
function pinOptionValue(option: Element, asWritten: (node: Text) => string): void {
  const pinned = pins.get(option);
  const value = option.getAttribute('value');
  if (value !== null && value !== pinned) {
    pins.delete(option);
    return;
  }
  let written = '';
  let shown = '';
  // The text an option submits: its descendant text outside scripts, as HTMLOptionElement.text reads it.
  const walker = document.createTreeWalker(option, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, (node) =>
    node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'script'
      ? NodeFilter.FILTER_REJECT
      : NodeFilter.FILTER_ACCEPT,
  );
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    written += asWritten(node as Text);
    shown += (node as Text).data;
  }
  written = collapseWhitespace(written);
  if (written !== collapseWhitespace(shown)) {
    if (value !== written) option.setAttribute('value', written);
    pins.set(option, written);
  } else if (pinned !== undefined) {
    if (value !== null) option.removeAttribute('value');
    pins.delete(option);
  }
}

/** The page changed the `value` of `option`: whatever it holds now is the page's. */
export function forgetPin(option: Element): void {
  pins.delete(option);
}

/** HTML's "strip and collapse ASCII whitespace", which an option's text goes through. */
function collapseWhitespace(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
}
