import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { placeholderNames } from '@/lib/series/fill-template'

const key = new PluginKey<DecorationSet>('placeholderHighlight')
// The same shape fill-template.ts replaces, so what is marked is what gets filled.
const placeholder = /\{\{\s*([a-z]+)\s*\}\}/g
const known = new Set<string>(placeholderNames)

function decorate(doc: ProseMirrorNode): DecorationSet {
  const marks: Decoration[] = []
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return
    for (const m of node.text.matchAll(placeholder)) {
      const from = pos + m.index
      const ok = known.has(m[1] ?? '')
      marks.push(Decoration.inline(from, from + m[0].length, {
        class: ok ? 'template-placeholder' : 'template-placeholder template-placeholder-unknown',
        title: ok ? 'Filled in for each meeting' : `Unknown placeholder: stays as written (known: ${placeholderNames.join(', ')})`,
      }))
    }
  })
  return DecorationSet.create(doc, marks)
}

/** Shows the template's placeholders as what they are: filled in per meeting, or (a typo) left as written. */
export const PlaceholderHighlight = Extension.create({
  name: 'placeholderHighlight',
  addProseMirrorPlugins: () => [
    new Plugin<DecorationSet>({
      key,
      state: { init: (_, state) => decorate(state.doc), apply: (tr, set) => (tr.docChanged ? decorate(tr.doc) : set) },
      props: { decorations: (state) => key.getState(state) },
    }),
  ],
})
