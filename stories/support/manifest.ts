/**
 * What Storybook shows of an element comes from custom-elements.json (the elements' JSDoc), read
 * here once: the public API only (no `_private` or protected members, nothing static), one control
 * per attribute (its property named beside it, not a second control), every `--gov-*` custom
 * property as a control, and the rest of the public API (events, methods, CSS parts and states) as
 * reference tables for the Docs page.
 */
import { getCustomElements, type ArgTypes, type Args } from '@storybook/web-components-vite';
import type { InputType } from 'storybook/internal/types';

/** An entry of custom-elements.json (the fields Storybook uses). */
export interface ManifestItem {
  name: string;
  kind?: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text: string };
  /** Added by the project's analyzer plugin: the union a type alias stands for. */
  expandedType?: { text: string };
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  fieldName?: string;
  attribute?: string;
  parameters?: { name: string; type?: { text: string } }[];
}

export interface ElementDeclaration {
  tagName: string;
  summary?: string;
  description?: string;
  attributes?: ManifestItem[];
  members?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssStates?: ManifestItem[];
}

interface Manifest {
  modules?: { declarations?: Partial<ElementDeclaration>[] }[];
}

/** Every custom element of the manifest that preview.ts handed to Storybook. */
export function elementDeclarations(): ElementDeclaration[] {
  const manifest = getCustomElements() as Manifest | undefined;
  return (manifest?.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is ElementDeclaration => typeof declaration.tagName === 'string');
}

export function elementDeclaration(tagName: string): ElementDeclaration | undefined {
  return elementDeclarations().find((declaration) => declaration.tagName === tagName);
}

/** Public API: what a page may use. Private and protected members, statics and `_names` are not. */
const isPublic = (member: ManifestItem) =>
  (member.privacy ?? 'public') === 'public' && !member.static && !/^[_#]/.test(member.name);

/** The string literals of a union type (`'summary' | 'full' | undefined`), and whether it may be unset. */
function literalUnion(type: string): { values: string[]; optional: boolean } {
  const parts = type.split('|').map((part) => part.trim());
  const values = parts.filter((part) => /^'.*'$/.test(part)).map((part) => part.slice(1, -1));
  return {
    values: values.length === parts.filter((part) => part !== 'undefined').length ? values : [],
    optional: parts.includes('undefined'),
  };
}

// Controls in their object form: Storybook normalizes the string form only for argTypes it infers itself.
function attributeControl(type: string): Partial<Pick<InputType, 'control' | 'options'>> {
  const { values, optional } = literalUnion(type);
  if (values.length) return { control: { type: optional ? 'select' : 'inline-radio' }, options: values };
  const bare = type.replace(/\s*\|\s*undefined/, '');
  if (bare === 'boolean') return { control: { type: 'boolean' } };
  if (bare === 'number') return { control: { type: 'number' } };
  return { control: { type: 'text' } };
}

/** Colour tokens get the colour picker; the others take any CSS value as text. */
const tokenControl = (token: ManifestItem): InputType['control'] => ({
  type: /color|background/.test(token.name) || /^#|^rgb|^hsl/.test(token.default ?? '') ? 'color' : 'text',
});

const row = (item: ManifestItem, category: string): InputType => ({
  name: item.name,
  description: item.description ?? '',
  table: { category, ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}) },
});

const categories = {
  attributes: 'attributes',
  tokens: 'CSS custom properties (theme tokens)',
} as const;

/**
 * Storybook's argTypes for an element (parameters.docs.extractArgTypes): what can be changed, so
 * the Controls panel holds nothing else. Attribute rows are keyed by the attribute's name, so an
 * arg is what a webmaster writes in HTML; the stories set them with elementArgs. Events, methods,
 * parts and states are on the Docs page ({@link referenceOf}); preview.ts logs every documented
 * event to the Actions panel itself, wherever it is dispatched (the script toggle's fire on document).
 */
export function argTypesFor(tagName: string): ArgTypes {
  const element = elementDeclaration(tagName);
  const argTypes: ArgTypes = {};
  for (const attribute of element?.attributes ?? []) {
    const type = attribute.expandedType?.text ?? attribute.type?.text ?? 'string';
    const property = attribute.fieldName ? `Property: \`${attribute.fieldName}\`.` : '';
    const base = row(attribute, categories.attributes);
    argTypes[attribute.name] = {
      ...base,
      description: [attribute.description, property].filter(Boolean).join(' '),
      ...attributeControl(type),
      table: { ...base.table, type: { summary: type } },
    };
  }
  for (const token of element?.cssProperties ?? [])
    argTypes[token.name] = { ...row(token, categories.tokens), control: tokenControl(token) };
  return argTypes;
}

export interface ReferenceSection {
  title: string;
  rows: { name: string; description: string }[];
}

/**
 * The rest of an element's public API, for its Docs page: properties without an attribute, methods,
 * events, slots, CSS parts and CSS states (the Controls table above them has the attributes and tokens).
 */
export function referenceOf(tagName: string): ReferenceSection[] {
  const element = elementDeclaration(tagName);
  if (!element) return [];
  const members = (element.members ?? []).filter(isPublic);
  const attributeFields = new Set((element.attributes ?? []).map((attribute) => attribute.fieldName));
  const described = (name: string, item: ManifestItem) => ({ name, description: item.description ?? '' });
  const signature = (method: ManifestItem) =>
    `${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`;
  const sections: ReferenceSection[] = [
    {
      title: 'Properties without an attribute',
      rows: members
        .filter((member) => member.kind === 'field' && !attributeFields.has(member.name))
        .map((field) => described(field.name, field)),
    },
    {
      title: 'Methods',
      rows: members.filter((member) => member.kind === 'method').map((method) => described(signature(method), method)),
    },
    {
      title: 'Events (each shows in the Actions panel)',
      rows: (element.events ?? []).map((event) => described(event.name, event)),
    },
    {
      title: 'Slots',
      rows: (element.slots ?? []).map((slot) => described(slot.name ? `slot="${slot.name}"` : '(default slot)', slot)),
    },
    { title: 'CSS parts', rows: (element.cssParts ?? []).map((part) => described(`::part(${part.name})`, part)) },
    {
      title: 'CSS states',
      rows: (element.cssStates ?? []).map((state) => described(`:state(${state.name})`, state)),
    },
  ];
  return sections.filter((section) => section.rows.length);
}

/** The summary in bold, then the description: the Docs page's introduction. */
export function descriptionOf(tagName: string): string {
  const element = elementDeclaration(tagName);
  return [element?.summary && `**${element.summary}**`, element?.description].filter(Boolean).join('\n\n');
}

/** The `--gov-*` values a designer has set in the Controls panel. */
export function tokenValues(args: Args): [string, string][] {
  return Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value.trim() !== '')
    .map(([name, value]) => [name, String(value).trim()]);
}

/** The CSS that gives an element the tokens set in the Controls panel, for the Code panel's copy button. */
export function themeCss(tagName: string, args: Args): string {
  const tokens = tokenValues(args);
  if (!tokens.length) return '';
  return `${tagName} {\n${tokens.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}\n`;
}
