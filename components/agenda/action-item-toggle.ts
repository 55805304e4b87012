import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'

const actionItemText = /^\s*AI\s+@[A-Za-z0-9-]+/

/**
 * A check box in front of every `AI @handle: …` list item. Done is written as
 * strikethrough (`~~AI @x: …~~`, see lib/series/action-items.ts), so the box
 * only adds or removes that mark: the document stays plain Markdown, and the
 * next meeting's carry-over reads the same thing the box shows.
 */
function isDone(paragraph: ProseMirrorNode): boolean {
  let all = paragraph.childCount > 0
  paragraph.forEach((child) => {
    if (child.isText && !child.marks.some((m) => m.type.name === 'strike')) all = false
  })
  return all
}

function toggle(view: EditorView, paragraphPos: number) {
  const paragraph = view.state.doc.nodeAt(paragraphPos)
  const strike = view.state.schema.marks.strike
  if (!paragraph || !strike) return
  const from = paragraphPos + 1
  const to = paragraphPos + paragraph.nodeSize - 1
  const tr = isDone(paragraph) ? view.state.tr.removeMark(from, to, strike) : view.state.tr.addMark(from, to, strike.create())
  view.dispatch(tr)
}

function decorations(doc: ProseMirrorNode): DecorationSet {
  const found: Decoration[] = []
  doc.descendants((node, pos) => {
    if (node.type.name !== 'listItem') return true
    const paragraph = node.firstChild
    if (paragraph?.type.name === 'paragraph' && actionItemText.test(paragraph.textContent)) {
      const done = isDone(paragraph)
      const paragraphPos = pos + 1
      found.push(Decoration.node(pos, pos + node.nodeSize, { class: done ? 'action-item action-item-done' : 'action-item' }))
      found.push(
        Decoration.widget(
          paragraphPos + 1,
          (view) => {
            const box = document.createElement('button')
            box.type = 'button'
            box.contentEditable = 'false'
            box.className = 'action-item-box'
            box.setAttribute('role', 'checkbox')
            box.setAttribute('aria-checked', String(done))
            box.setAttribute('aria-label', `${done ? 'Reopen' : 'Mark done'}: ${paragraph.textContent}`)
            box.addEventListener('mousedown', (event) => {
              event.preventDefault()
              toggle(view, paragraphPos)
            })
            return box
          },
          { side: -1, ignoreSelection: true, key: `ai-${pos}-${done}` },
        ),
      )
    }
    return true
  })
  return DecorationSet.create(doc, found)
}

const actionItemKey = new PluginKey<DecorationSet>('actionItemToggle')

export const ActionItemToggle = Extension.create({
  name: 'actionItemToggle',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: actionItemKey,
        state: {
          init: (_, state) => decorations(state.doc),
          apply: (tr, set) => (tr.docChanged ? decorations(tr.doc) : set),
        },
        props: { decorations: (state) => actionItemKey.getState(state) },
      }),
    ]
  },
})
