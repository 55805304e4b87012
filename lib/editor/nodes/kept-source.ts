import type { NodeConfig } from '@tiptap/core'

/**
 * What a node that keeps Markdown source verbatim shares, block or inline:
 * the `source` attribute and a read-only rendering as `tag`.
 */
export function keptSourceNode(tag: 'pre' | 'code'): Pick<NodeConfig, 'atom' | 'selectable' | 'addAttributes' | 'parseHTML' | 'renderHTML'> {
  return {
    atom: true,
    selectable: true,
    addAttributes: () => ({
      source: { default: '', rendered: false, parseHTML: (element: HTMLElement) => element.textContent ?? '' },
    }),
    parseHTML: () => [{ tag: `${tag}[data-raw-markdown]` }],
    renderHTML: ({ node }) => [tag, { 'data-raw-markdown': '', class: 'raw-markdown', contenteditable: 'false' }, String(node.attrs.source)],
  }
}
