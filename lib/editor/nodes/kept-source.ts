import type { NodeConfig } from '@tiptap/core'
import type { NodeType } from '@tiptap/pm/model'
import { NodeSelection, Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'

/**
 * Text typed while a kept-source node of `type` is selected (a click on it
 * selects it): put after it, in the empty paragraph or a new one after a block, where
 * ProseMirror would replace the node by it and so drop source nobody can
 * type back. Null where that is not a selection of such a node, or where no
 * paragraph may follow the block (then the keystroke does nothing).
 */
export function typeAfterKeptSource(state: EditorState, type: NodeType, text: string): Transaction | null {
  const { selection, schema, tr } = state
  if (!(selection instanceof NodeSelection) || selection.node.type !== type) return null
  if (type.isInline) return tr.setSelection(TextSelection.create(tr.doc, selection.to)).insertText(text)
  const after = state.doc.resolve(selection.to)
  const paragraph = schema.nodes.paragraph
  if (!paragraph) return tr
  // An empty paragraph right after it (the editor keeps one at the end) takes the text.
  const next = after.nodeAfter
  if (!(next?.type === paragraph && next.content.size === 0)) {
    if (!after.parent.canReplaceWith(after.index(), after.index(), paragraph)) return tr
    tr.insert(selection.to, paragraph.create())
  }
  return tr.setSelection(TextSelection.create(tr.doc, selection.to + 1)).insertText(text)
}

/**
 * What a node that keeps Markdown source verbatim shares, block or inline:
 * the `source` attribute, a read-only rendering as `tag`, and typing that
 * never replaces it.
 */
export function keptSourceNode(tag: 'pre' | 'code'): Pick<NodeConfig, 'atom' | 'selectable' | 'addAttributes' | 'parseHTML' | 'renderHTML' | 'addProseMirrorPlugins'> {
  return {
    atom: true,
    selectable: true,
    addAttributes: () => ({
      source: { default: '', rendered: false, parseHTML: (element: HTMLElement) => element.textContent ?? '' },
    }),
    parseHTML: () => [{ tag: `${tag}[data-raw-markdown]` }],
    renderHTML: ({ node }) => [tag, { 'data-raw-markdown': '', class: 'raw-markdown', contenteditable: 'false' }, String(node.attrs.source)],
    addProseMirrorPlugins() {
      const type = this.type
      return [
        new Plugin({
          key: new PluginKey(`${this.name}TypingAfter`),
          props: {
            handleTextInput: (view, _from, _to, text) => {
              const tr = typeAfterKeptSource(view.state, type, text)
              if (tr) view.dispatch(tr.scrollIntoView())
              return tr !== null
            },
          },
        }),
      ]
    },
  }
}
