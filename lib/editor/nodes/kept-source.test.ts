import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, NodeSelection, TextSelection } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../markdown/parse'
import { serializeMarkdown } from '../../markdown/serialize'
import { typeAfterKeptSource } from './kept-source'

/** The state of `markdown` with the first node named `name` selected, as a click on it selects it. */
function selecting(markdown: string, name: string): EditorState {
  const doc = parseMarkdown(markdown)
  let at = -1
  doc.descendants((node: ProseMirrorNode, pos: number) => {
    if (at < 0 && node.type.name === name) at = pos
    return at < 0
  })
  return EditorState.create({ doc, selection: NodeSelection.create(doc, at) })
}

describe('typing while kept source is selected', () => {
  it('puts the text in a new paragraph after a block, which stays as it was', () => {
    const state = selecting('Before\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n', 'rawBlock')
    const tr = typeAfterKeptSource(state, state.schema.nodes.rawBlock!, 'x')!
    const next = state.apply(tr)
    expect(serializeMarkdown(next.doc)).toBe('Before\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\nx\n')
    expect(next.selection).toBeInstanceOf(TextSelection)
    expect(next.selection.$from.parent.textContent).toBe('x')
    expect(next.selection.$from.parentOffset).toBe(1)
  })

  it('types into the empty paragraph that follows a block, rather than adding another', () => {
    const state = selecting('<div>html</div>\n', 'rawBlock')
    const withEmpty = state.apply(state.tr.insert(state.doc.content.size, state.schema.nodes.paragraph!.create()))
    const selected = withEmpty.apply(withEmpty.tr.setSelection(NodeSelection.create(withEmpty.doc, 0)))
    const next = selected.apply(typeAfterKeptSource(selected, state.schema.nodes.rawBlock!, 'z')!)
    expect(next.doc.childCount).toBe(2)
    expect(serializeMarkdown(next.doc)).toBe('<div>html</div>\n\nz\n')
  })

  it('puts the text after an inline node, in the same paragraph', () => {
    const state = selecting('A <b>tag</b> here\n', 'rawInline')
    const next = state.apply(typeAfterKeptSource(state, state.schema.nodes.rawInline!, 'y')!)
    expect(serializeMarkdown(next.doc)).toBe('A <b>ytag</b> here\n')
  })

  it('leaves every other selection to the editor', () => {
    const state = selecting('Before\n\n<div>html</div>\n', 'paragraph')
    expect(typeAfterKeptSource(state, state.schema.nodes.rawBlock!, 'x')).toBeNull()
    const caret = EditorState.create({ doc: state.doc, selection: TextSelection.create(state.doc, 2) })
    expect(typeAfterKeptSource(caret, state.schema.nodes.rawBlock!, 'x')).toBeNull()
  })
})
