import { Node } from '@tiptap/core'
import type MarkdownIt from 'markdown-it'
import { frontMatter } from '../../markdown/markdown-it/front-matter'
import { keptSourceNode } from './kept-source'
import { footnotes } from '../../markdown/markdown-it/footnotes'
import { keepBlockAsSource, RAW_BLOCK_TOKEN } from '../../markdown/markdown-it/raw-source'
import { SIBLING_SEPARATOR } from '../../markdown/serialize/block-writer'

const tablesAsSource = (md: MarkdownIt) => keepBlockAsSource(md, 'table')

/**
 * Link reference definitions render as nothing but are the author's text;
 * only the separator the exporter itself writes between lists is not kept.
 */
const definitionsAsSource = (md: MarkdownIt) =>
  keepBlockAsSource(md, 'reference', (source) => source.trim() === SIBLING_SEPARATOR)

/**
 * Markdown the editor has no node for (front matter, raw HTML blocks, tables,
 * footnote and link definitions): kept as its source text, shown read-only, written back
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
      plugins: [frontMatter, tablesAsSource, definitionsAsSource, footnotes],
    },
    block: (node) => String(node.attrs.source).split('\n'),
  },
})
