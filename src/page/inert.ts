/**
 * Parsing text into an inert document (DOMParser): nothing in such a document runs, loads or
 * renders, so it is how the widgets read HTML-ish plain-text fields and XML feeds. Under enforced
 * Trusted Types (`require-trusted-types-for 'script'`) the parser still demands TrustedHTML, even
 * for XML; the `gov-widgets` policy provides it. The policy never leaves this module except as
 * {@link purifierPolicy}, which DOMPurify uses for the same inert parsing, so it never carries a
 * string into a live sink such as innerHTML.
 */
import { learnNamedReferencesWith } from '../core/plain-text.js';
import type { PurifierPolicy } from '../core/sanitize.js';

export type { PurifierPolicy } from '../core/sanitize.js';

interface InertPolicy {
  createHTML(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): InertPolicy;
}

/** The policy name a page's CSP must allow (`trusted-types ... gov-widgets`). */
export const trustedTypesPolicyName = 'gov-widgets';

let policy: InertPolicy | null | undefined;

function inertPolicy(): InertPolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy = factory?.createPolicy(trustedTypesPolicyName, { createHTML: (input) => input }) ?? null;
    } catch {
      // Not allowed by the page's CSP, or a second copy of the bundle: plain strings then, which
      // work wherever Trusted Types are not enforced.
      policy = null;
    }
  }
  return policy;
}

/**
 * The policy DOMPurify parses the stories it sanitizes with (its `TRUSTED_TYPES_POLICY`). DOMPurify
 * also parses with DOMParser into a document of its own that runs nothing; given this policy it
 * creates no `dompurify` policy, so a page's CSP needs one name fewer. Our allowlist has no
 * element with a script-URL attribute, so `createScriptURL` refuses everything. Undefined when
 * there is no `gov-widgets` policy: DOMPurify then tries its own, as it would without us.
 */
export function purifierPolicy(): PurifierPolicy | undefined {
  const policy = inertPolicy();
  if (!policy) return undefined;
  return {
    createHTML: (input) => policy.createHTML(input),
    createScriptURL: () => {
      throw new TypeError('gov-widgets: feed content may not carry script URLs');
    },
  };
}

/** Parses `text` as `type` into a new inert document. */
export function parseInert(text: string, type: DOMParserSupportedType): Document {
  const policy = inertPolicy();
  return new DOMParser().parseFromString((policy ? policy.createHTML(text) : text) as string, type);
}

// The plain-text reader in core learns HTML's named references from this parser (under the policy).
learnNamedReferencesWith((html) => parseInert(html, 'text/html'));
