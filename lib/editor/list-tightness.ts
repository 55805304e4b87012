import { Extension } from '@tiptap/core'
import type MarkdownIt from 'markdown-it'
import type { CoreRule } from '../markdown/markdown-it/wrap-rule'

/**
 * markdown-it hides the paragraphs of tight lists; this records that on the
 * list's opening token, where the list node reads its `tight` attribute.
 */
const markTightLists: CoreRule = (state) => {
  const tokens = state.tokens
  tokens.forEach((token, index) => {
    if (token.type !== 'bullet_list_open' && token.type !== 'ordered_list_open') return
    let tight = true
    for (let i = index + 1; i < tokens.length; i++) {
      const inner = tokens[i]!
      if (inner.level <= token.level) break
      if (inner.type === 'paragraph_open' && inner.level === token.level + 2) {
        tight = inner.hidden
        break
      }
    }
    token.meta = { ...token.meta, tight }
  })
}

export function recordListTightness(md: MarkdownIt): void {
  md.core.ruler.after('block', 'list_tightness', markTightLists)
}

/**
 * Whether a list is tight (no blank lines between its items) or loose: the
 * two render differently, so an imported list keeps what it was.
 */
export const ListTightness = Extension.create({
  name: 'listTightness',

  addGlobalAttributes() {
    return [
      {
        types: ['bulletList', 'orderedList'],
        attributes: {
          tight: {
            default: true,
            parseHTML: (element) => element.getAttribute('data-tight') !== 'false',
            renderHTML: (attributes) => ({ 'data-tight': attributes.tight ? 'true' : 'false' }),
          },
        },
      },
    ]
  },
})
