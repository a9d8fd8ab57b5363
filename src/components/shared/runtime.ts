/**
 * What an on-demand module borrows from the copy of the suite that loads it (docs/decisions/0006): the
 * one hand-over between an element and a sibling file of the one-file bundle.
 *
 * A sibling file stands alone: it must not import a module with state of its own (Lit's template engine
 * and its Trusted Types policy, the localization runtime, the converters, the page-wide script state),
 * which would run a second time in it. What it needs of those it takes as its first argument, typed
 * as a `Pick` of this interface: the element lends exactly the members the module names, so an element's
 * entry carries nothing for another element's modules. Pure code (core/ readers, `str` of @lit/localize)
 * it imports as usual; what the element shows (its photos, its texts as shown) are plain arguments.
 */
import type { css, html, nothing } from 'lit';
import type { ifDefined } from 'lit/directives/if-defined.js';
import type { keyed } from 'lit/directives/keyed.js';
import type { msg } from '@lit/localize';
import type { converterLoaded, loadConverter } from '../../page/content-script.js';
import type { plainText } from '../../core/feed.js';
import type { purifierPolicy } from '../../page/inert.js';
import type { followScript } from '../../page/page-script.js';
import type { canShowAuthoredText, showAuthoredText } from '../../page/authored-text.js';

export interface SuiteRuntime {
  /** This copy's Lit, whose templates the element renders. */
  readonly html: typeof html;
  readonly nothing: typeof nothing;
  readonly ifDefined: typeof ifDefined;
  readonly keyed: typeof keyed;
  readonly css: typeof css;
  /** This copy's messages, in the page's language; their strings are extracted from the module that calls it. */
  readonly msg: typeof msg;
  /** Plain text of a field that carries markup or entities, by the suite's one inert HTML parser (ADR 3). */
  readonly plainText: typeof plainText;
  /** The suite's Trusted Types policy for DOMPurify (ADR 3): a second copy could not create it again. */
  readonly purifierPolicy: typeof purifierPolicy;
  /** The page-wide script state (ADR 4) and this copy's converters. */
  readonly followScript: typeof followScript;
  readonly converterLoaded: typeof converterLoaded;
  readonly loadConverter: typeof loadConverter;
  readonly canShowAuthoredText: typeof canShowAuthoredText;
  readonly showAuthoredText: typeof showAuthoredText;
}
