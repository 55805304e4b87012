import { Node } from '@tiptap/core'
import type Token from 'markdown-it/lib/token.mjs'

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

/** A link destination as Markdown: bare where it can be, in `<…>` where it must. */
export function linkDestination(href: string): string {
  const entityLike = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/g
  let depth = 0
  let balanced = true
  for (const ch of href) {
    if (ch === '(') depth++
    else if (ch === ')' && --depth < 0) balanced = false
  }
  if (href === '' || /[\s<>]/.test(href) || href.startsWith('<') || !balanced || depth !== 0 || /[\x00-\x1f\x7f]/.test(href)) {
    return `<${href.replace(/[\\<>]/g, '\\$&').replace(entityLike, '\\&').replace(/\n/g, '%0A')}>`
  }
  return href.replace(/[\\()]/g, '\\$&').replace(entityLike, '\\&')
}

/** A link or image title as Markdown, with its leading space. */
export function linkTitle(title: unknown): string {
  if (typeof title !== 'string' || title === '') return ''
  return ` "${title.replace(/[\\"]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')}"`
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
