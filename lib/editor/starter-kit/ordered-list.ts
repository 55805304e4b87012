import { recordListTightness } from '../list-tightness'
import type { NodeMarkdown } from '../markdown-rule'
import { writeList } from './list-layout'

export const orderedListMarkdown: NodeMarkdown = {
  parse: {
    tokens: {
      ordered_list: {
        kind: 'block',
        getAttrs: (token) => ({ start: Number(token.attrGet('start') ?? 1), tight: token.meta?.tight !== false }),
      },
    },
    plugins: [recordListTightness],
  },
  block: (node, out) => {
    const start = Number(node.attrs.start ?? 1)
    return writeList(node, out, (index) => `${start + index}.`)
  },
  mergesWithSameKind: true,
}
