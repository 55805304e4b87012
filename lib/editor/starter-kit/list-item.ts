import type { NodeMarkdown } from '../markdown-rule'

/** Items are written by their list, which knows the marker and the spacing. */
export const listItemMarkdown: NodeMarkdown = {
  parse: { tokens: { list_item: { kind: 'block' } } },
  block: (node, out) => out.blocks(node),
}
