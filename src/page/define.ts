/**
 * Registration that tolerates a second copy of gov-widgets on the same page (a CMS template and a
 * webmaster's snippet both loading the bundle, or the bundle plus the npm entries): the first copy
 * keeps its elements, the second warns once and defines nothing, instead of throwing
 * "this name has already been used with this registry" into the host page.
 */
let warnedAboutSecondCopy = false;

export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName);
  if (existing === elementClass) return;
  if (existing) {
    if (!warnedAboutSecondCopy) {
      warnedAboutSecondCopy = true;
      console.warn(
        `gov-widgets: <${tagName}> is already defined: gov-widgets is loaded more than once; this copy is ignored.`,
      );
    }
    return;
  }
  customElements.define(tagName, elementClass);
}
