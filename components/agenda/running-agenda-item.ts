import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type * as Y from 'yjs'
import { agendaItemsOfHeadings, isAgendaBlock } from '@/lib/agenda/agenda-items'
import { agendaTimerMap, readAgendaTimer } from '@/lib/agenda/agenda-timer'

const key = new PluginKey<DecorationSet>('runningAgendaItem')

function decorate(doc: ProseMirrorNode, runningId: string | null): DecorationSet {
  if (!runningId) return DecorationSet.empty
  const h3s: Array<{ pos: number; node: ProseMirrorNode }> = []
  doc.forEach((node, pos) => {
    if (isAgendaBlock(node.type.name, node.attrs.level)) h3s.push({ pos, node })
  })
  const items = agendaItemsOfHeadings(h3s.map((h) => h.node.textContent))
  const at = items.findIndex((item) => item?.id === runningId)
  const h = h3s[at]
  return h ? DecorationSet.create(doc, [Decoration.node(h.pos, h.pos + h.node.nodeSize, { class: 'agenda-item-running' })]) : DecorationSet.empty
}

/** Marks the heading of the agenda item whose time box is running, for everyone. */
export const RunningAgendaItem = Extension.create<{ doc: Y.Doc | null }>({
  name: 'runningAgendaItem',
  addOptions: () => ({ doc: null }),
  addProseMirrorPlugins() {
    const ydoc = this.options.doc
    const running = () => (ydoc ? (readAgendaTimer(ydoc)?.itemId ?? null) : null)
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => decorate(state.doc, running()),
          apply: (tr, set) => (tr.docChanged || tr.getMeta(key) ? decorate(tr.doc, running()) : set),
        },
        props: { decorations: (state) => key.getState(state) },
        view: (view) => {
          if (!ydoc) return {}
          // The timer lives beside the text in the Y.Doc: a change there changes no text, so ask for a redraw.
          const redraw = () => view.dispatch(view.state.tr.setMeta(key, true))
          agendaTimerMap(ydoc).observe(redraw)
          return { destroy: () => agendaTimerMap(ydoc).unobserve(redraw) }
        },
      }),
    ]
  },
})
