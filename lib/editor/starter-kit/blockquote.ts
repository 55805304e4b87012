import type { NodeMarkdown } from '../markdown-rule'

export const blockquoteMarkdown: NodeMarkdown = {
  parse: { tokens: { blockquote: { kind: 'block' } } },
  block: (node, out) => out.contain('> ', '> ', (inner) => inner.blocks(node)),
  mergesWithSameKind: true,
}
