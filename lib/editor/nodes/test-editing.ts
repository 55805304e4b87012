// Test support: a document edited as the editor would, with the plugins that keep structured nodes in line with their text.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, type Transaction } from '@tiptap/pm/state'
import { parseMarkdown } from '../../markdown/parse'
import { serializeMarkdown } from '../../markdown/serialize'
import { derivedNodesPlugin } from '../derived-nodes'
import { reconcileActionItem } from './action-item'
import { reconcileAgendaItem } from './agenda-item'
import { reconcileParticipant, reconcileParticipants } from './participants'

export function editing(markdown: string): EditorState {
  return EditorState.create({
    doc: parseMarkdown(markdown),
    plugins: [
      derivedNodesPlugin('agenda', reconcileAgendaItem),
      derivedNodesPlugin('actions', reconcileActionItem),
      derivedNodesPlugin('participants', reconcileParticipants),
      derivedNodesPlugin('participant', reconcileParticipant),
    ],
  })
}

/** The position right after the first occurrence of `text` in the document's text. */
export function after(doc: ProseMirrorNode, text: string): number {
  let found = -1
  doc.descendants((node, pos) => {
    const at = node.isText ? (node.text ?? '').indexOf(text) : -1
    if (found < 0 && at >= 0) found = pos + at + text.length
    return found < 0
  })
  if (found < 0) throw new Error(`no "${text}" in the document`)
  return found
}

export function edit(state: EditorState, change: (tr: Transaction) => void): EditorState {
  const tr = state.tr
  change(tr)
  return state.apply(tr)
}

/** The names (and chosen attributes) of the nodes of the given types, in order. */
export function nodesOf(doc: ProseMirrorNode, name: string): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = []
  doc.descendants((node) => {
    if (node.type.name === name) found.push({ text: node.textContent, ...node.attrs })
    return true
  })
  return found
}

export const markdownOf = (state: EditorState) => serializeMarkdown(state.doc)
