// custom-elements.json from the elements' JSDoc: it drives Storybook's docs and controls and IDE data.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * What the analyzer cannot see from one file: the values behind the names the elements' API uses.
 * A type alias that is a union of string literals (`type NewsFeedShow = 'summary' | 'full'`) and a
 * constant that is a literal (`const defaultTimeout = 10_000`), from every source file, the
 * modules the analyzer skips (src/core/, src/page/) included.
 */
function readLiterals(dir) {
  const unions = new Map();
  const constants = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !path.endsWith('.ts') || path.includes('generated')) continue;
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (ts.isTypeAliasDeclaration(statement) && ts.isUnionTypeNode(statement.type)) {
        const values = statement.type.types.map((member) =>
          ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal) ? `'${member.literal.text}'` : undefined,
        );
        if (values.every(Boolean)) unions.set(statement.name.text, values);
      }
      if (ts.isVariableStatement(statement))
        for (const { name, initializer } of statement.declarationList.declarations)
          if (
            ts.isIdentifier(name) &&
            initializer &&
            (ts.isNumericLiteral(initializer) || ts.isStringLiteral(initializer))
          )
            constants.set(
              name.text,
              ts.isNumericLiteral(initializer) ? String(Number(initializer.text)) : `'${initializer.text}'`,
            );
    }
  }
  return { unions, constants };
}

/**
 * Adds `expandedType` (`'summary' | 'full'` for `NewsFeedShow`) to attributes and fields whose type
 * names such an alias, and replaces a default that names a literal constant by its value, so that
 * Storybook offers the right control and every reader sees the real default.
 */
function literalTypesPlugin() {
  return {
    name: 'gov-literal-types',
    packageLinkPhase({ customElementsManifest }) {
      const { unions, constants } = readLiterals('src');
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      for (const item of declarations.flatMap((declaration) => [
        ...(declaration.attributes ?? []),
        ...(declaration.members ?? []),
      ])) {
        const parts = item.type?.text.split('|').map((part) => part.trim());
        if (parts?.some((part) => unions.has(part)))
          item.expandedType = { text: parts.flatMap((part) => unions.get(part) ?? [part]).join(' | ') };
        if (constants.has(item.default)) item.default = constants.get(item.default);
      }
    },
  };
}

/**
 * Internal reactive state declared in `static properties` (`_announced: { state: true }`) has no
 * attribute, but the analyzer lists it as one: an attribute whose field is private or protected is
 * dropped, so it is neither documented nor offered as a control.
 */
function internalStatePlugin() {
  return {
    name: 'gov-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        const hidden = new Set(
          (declaration.members ?? [])
            .filter((member) => member.privacy && member.privacy !== 'public')
            .map((member) => member.name),
        );
        if (declaration.attributes)
          declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.stories.ts', 'src/generated/**', 'src/core/**', 'src/page/**'],
  outdir: '.',
  litelement: true,
  plugins: [literalTypesPlugin(), internalStatePlugin()],
};
