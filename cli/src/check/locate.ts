/**
 * Where a JSON pointer is in the text a person wrote: the line and column of the value (or of a
 * member's name), from @humanwhocodes/momoa's syntax tree, which keeps every node's position.
 */
import type { DocumentNode, ValueNode } from '@humanwhocodes/momoa';

export interface Position {
  line: number;
  column: number;
}

const unescape = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * The position of the node at `pointer`; with `key`, of the member's name instead (a misspelt
 * key). A pointer that leads nowhere gives the deepest node on its way.
 */
export function locate(document: DocumentNode, pointer: string, key = false): Position {
  let node: ValueNode = document.body;
  let keyNode: { loc: { start: Position } } | undefined;
  for (const token of pointer.split('/').slice(1).map(unescape)) {
    if (node.type === 'Object') {
      const member = node.members.find(
        (candidate) => ('value' in candidate.name ? candidate.name.value : candidate.name.name) === token,
      );
      if (!member) break;
      keyNode = member.name;
      node = member.value;
    } else if (node.type === 'Array') {
      const element = node.elements[Number(token)];
      if (!element) break;
      keyNode = undefined;
      node = element.value;
    } else break;
  }
  const { line, column } = (key && keyNode ? keyNode : node).loc.start;
  return { line, column };
}
