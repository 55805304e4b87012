import type { Attrs, Node as ProseMirrorNode, NodeType } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import type { DecorationSet } from '@tiptap/pm/view'
import { ySyncPluginKey } from '@tiptap/y-tiptap'

/**
 * Brings one node in line with its text: may change its type or attributes
 * on `tr`, but never the document's size (positions of later nodes must hold).
 */
export type Reconcile = (node: ProseMirrorNode, pos: number, parent: ProseMirrorNode, index: number, tr: Transaction) => void

/** The ranges of the new document that the transactions touched, marks included. */
function touchedRanges(transactions: readonly Transaction[]): Array<[number, number]> {
  let ranges: Array<[number, number]> = []
  for (const tr of transactions) {
    tr.steps.forEach((step) => {
      const map = step.getMap()
      ranges = ranges.map(([from, to]) => [map.map(from, -1), map.map(to, 1)])
      // Mark steps map nothing but still change what a node says (strikethrough = done).
      const { from, to } = step as unknown as { from?: number; to?: number }
      if (typeof from === 'number' && typeof to === 'number') ranges.push([map.map(from, -1), map.map(to, 1)])
      map.forEach((_oldFrom, _oldTo, newFrom, newTo) => ranges.push([newFrom, newTo]))
    })
  }
  return ranges
}

/**
 * Keeps structured nodes derived from their text as people type: the text is
 * the source (it is what the Markdown holds), type and attributes follow it.
 * Only the nodes a local edit touched are looked at. Changes that arrive from
 * collaborators were reconciled by their author; doing it again here would
 * have two browsers replace the same node at once and duplicate it.
 */
export function derivedNodesPlugin(name: string, reconcile: Reconcile): Plugin {
  return new Plugin({
    key: new PluginKey(name),
    appendTransaction(transactions, _oldState, state) {
      const local = transactions.filter((tr) => tr.docChanged && !tr.getMeta(ySyncPluginKey))
      if (local.length === 0) return null
      const tr = state.tr
      const size = state.doc.content.size
      const positions = new Set<number>()
      for (const [from, to] of touchedRanges(local)) {
        state.doc.nodesBetween(Math.max(0, from - 1), Math.min(size, to + 1), (_node, pos) => {
          positions.add(pos)
        })
      }
      // Outer nodes first; each sees the node as earlier reconciling left it.
      for (const pos of [...positions].sort((a, b) => a - b)) {
        const node = tr.doc.nodeAt(pos)
        if (!node) continue
        const $pos = tr.doc.resolve(pos)
        reconcile(node, pos, $pos.parent, $pos.index(), tr)
      }
      return tr.docChanged ? tr : null
    },
  })
}

/** Whether two attribute sets hold the same values (arrays compared by content). */
export function sameAttrs(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return Object.keys(b).every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]))
}

/**
 * Gives the node at `pos` another type and/or attributes when they differ and
 * its parent accepts the type there; the size stays the same.
 */
export function retype(tr: Transaction, pos: number, node: ProseMirrorNode, parent: ProseMirrorNode, index: number, type: NodeType, attrs: Attrs): void {
  if (node.type === type && sameAttrs(node.attrs, attrs)) return
  if (node.type !== type && (!parent.canReplaceWith(index, index + 1, type) || !type.validContent(node.content))) return
  tr.setNodeMarkup(pos, type, { ...(node.type === type ? node.attrs : {}), ...attrs }, node.marks)
}

/** Decorations recomputed from the document whenever it changes (chips drawn over structured nodes' text). */
export function decorationsPlugin(name: string, build: (doc: ProseMirrorNode) => DecorationSet): Plugin {
  const key = new PluginKey<DecorationSet>(name)
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_, state) => build(state.doc),
      apply: (tr, set) => (tr.docChanged ? build(tr.doc) : set),
    },
    props: { decorations: (state) => key.getState(state) },
  })
}

/** The attributes a parse rule left in `meta[field]` of an opening token; none on closing ones. */
export function metaAttrs(field: string) {
  return (token: { meta: unknown }): Record<string, unknown> | null =>
    ((token.meta as Record<string, Record<string, unknown> | undefined> | null)?.[field] ?? null)
}
