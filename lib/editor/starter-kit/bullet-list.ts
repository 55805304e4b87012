import { recordListTightness } from '../list-tightness'
import type { NodeMarkdown } from '../markdown-rule'
import { writeList } from './list-layout'

export const bulletListMarkdown: NodeMarkdown = {
  parse: {
    tokens: { bullet_list: { kind: 'block', getAttrs: (token) => ({ tight: token.meta?.tight !== false }) } },
    plugins: [recordListTightness],
  },
  block: (node, out) => writeList(node, out, () => '-'),
  mergesWithSameKind: true,
}
