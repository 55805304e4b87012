import { Node } from '@tiptap/core'
import type MarkdownIt from 'markdown-it'
import { frontMatter } from '../../markdown/markdown-it/front-matter'
import { keptSourceNode } from './kept-source'
import { footnotes } from '../../markdown/markdown-it/footnotes'
import { keepBlockAsSource, RAW_BLOCK_TOKEN } from '../../markdown/markdown-it/raw-source'

const tablesAsSource = (md: MarkdownIt) => keepBlockAsSource(md, 'table')

/**
 * Markdown the editor has no node for (front matter, raw HTML blocks, tables,
 * footnote definitions): kept as its source text, shown read-only, written back
 * byte for byte, so that importing a file never loses any of it.
 */
export const RawBlock = Node.create({
  name: 'rawBlock',
  group: 'block',
  ...keptSourceNode('pre'),

  markdown: {
    parse: {
      tokens: {
        html_block: { kind: 'leaf', getAttrs: (token) => ({ source: token.content.replace(/\n+$/, '') }) },
        [RAW_BLOCK_TOKEN]: { kind: 'leaf', getAttrs: (token) => ({ source: token.content.replace(/\n+$/, '') }) },
      },
      plugins: [frontMatter, tablesAsSource, footnotes],
    },
    block: (node) => String(node.attrs.source).split('\n'),
  },
})
