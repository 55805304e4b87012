import type { NodeMarkdown } from '../markdown-rule'

export const paragraphMarkdown: NodeMarkdown = {
  parse: { tokens: { paragraph: { kind: 'block' } } },
  block: (node, out) => out.inline(node),
}
