import type { NodeMarkdown } from '../markdown-rule'

export const documentMarkdown: NodeMarkdown = {
  block: (node, out) => out.blocks(node),
}
