import { Node } from '@tiptap/core'
import type MarkdownIt from 'markdown-it'
import { wrapRule, type InlineRule } from '../../markdown/markdown-it/wrap-rule'

/**
 * Stamps each line break with the number of the content line it ends, so
 * that the break can look up how the next source line was indented.
 */
function numberLineBreaks(md: MarkdownIt): void {
  wrapRule<InlineRule>(md.inline.ruler, 'newline', (original) => (state, silent) => {
    const at = state.pos
    const matched = original(state, silent)
    const token = state.tokens[state.tokens.length - 1]
    if (matched && !silent && token && (token.type === 'softbreak' || token.type === 'hardbreak')) {
      let line = 0
      for (let i = state.src.indexOf('\n'); i !== -1 && i < at; i = state.src.indexOf('\n', i + 1)) line++
      token.meta = { ...token.meta, line }
    }
    return matched
  })
}

/**
 * A line break inside a paragraph, as typed in the pad: rendered as a space
 * on GitHub, but the minutes keep their lines. `indent` is the column the next
 * line started at in the source; the exporter keeps it where it is deeper than
 * the list around it needs, which is how pads align wrapped list text.
 */
export const SoftBreak = Node.create({
  name: 'softBreak',
  group: 'inline',
  inline: true,
  selectable: false,

  addAttributes() {
    return { indent: { default: null, rendered: false } }
  },

  parseHTML() {
    return [{ tag: 'br[data-soft-break]', priority: 60 }]
  },

  renderHTML() {
    return ['br', { 'data-soft-break': '' }]
  },

  renderText() {
    return '\n'
  },

  markdown: {
    parse: {
      tokens: {
        softbreak: {
          kind: 'leaf',
          getAttrs: (token, source) => ({ indent: source.lineIndent(Number(token.meta?.line ?? 0) + 1) }),
        },
      },
      plugins: [numberLineBreaks],
    },
    inline: (node) => ({ markdown: '\n', lineIndent: typeof node.attrs.indent === 'number' ? node.attrs.indent : null }),
  },
})
