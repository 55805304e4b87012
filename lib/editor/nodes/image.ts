import { Node } from '@tiptap/core'
import type Token from 'markdown-it/lib/token.mjs'
import { linkDestination, linkTitle } from '../link-syntax'

/** The text an image's alt attribute gets: its label without markup. */
function altText(tokens: Token[] | null): string {
  return (tokens ?? [])
    .map((token) => {
      if (token.type === 'softbreak' || token.type === 'hardbreak') return '\n'
      if (token.type === 'image') return altText(token.children)
      return token.type === 'text' || token.type === 'code_inline' || token.type === 'text_special' ? token.content : ''
    })
    .join('')
}

/** An image in the minutes: `![alt](src "title")`. */
export const Image = Node.create({
  name: 'image',
  group: 'inline',
  inline: true,
  atom: true,
  draggable: true,

  addAttributes() {
    return {
      src: { default: null },
      alt: { default: null },
      title: { default: null },
    }
  },

  parseHTML() {
    return [{ tag: 'img[src]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['img', HTMLAttributes]
  },

  markdown: {
    parse: {
      tokens: {
        image: {
          kind: 'leaf',
          getAttrs: (token) => ({ src: token.attrGet('src') ?? '', alt: altText(token.children), title: token.attrGet('title') }),
        },
      },
    },
    inline: (node) => {
      const alt = String(node.attrs.alt ?? '').replace(/[\\[\]`*_~<&]/g, '\\$&')
      return { markdown: `![${alt}](${linkDestination(String(node.attrs.src ?? ''))}${linkTitle(node.attrs.title)})` }
    },
  },
})
