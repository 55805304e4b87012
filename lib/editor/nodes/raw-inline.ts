import { Node } from '@tiptap/core'
import { keptSourceNode } from './kept-source'
import { footnotes } from '../../markdown/markdown-it/footnotes'

/**
 * Inline Markdown the editor has no mark for (raw HTML tags, footnote
 * references): kept as source, written back unchanged.
 */
export const RawInline = Node.create({
  name: 'rawInline',
  group: 'inline',
  inline: true,
  ...keptSourceNode('code'),

  renderText({ node }) {
    return String(node.attrs.source)
  },

  markdown: {
    parse: {
      tokens: {
        html_inline: { kind: 'leaf', getAttrs: (token) => ({ source: token.content }) },
        footnote_ref: { kind: 'leaf', getAttrs: (token) => ({ source: `[^${String(token.meta?.label ?? '')}]` }) },
      },
      plugins: [footnotes],
    },
    inline: (node) => ({ markdown: String(node.attrs.source) }),
  },
})
