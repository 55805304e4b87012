import { Node } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import type MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { recordListTightness } from '../list-tightness'
import { writeList } from '../starter-kit/list-layout'
import { derivedNodesPlugin, metaAttrs, retype, type Reconcile } from '../derived-nodes'
import { inlineTokenText } from './inline-token-text'

/** A heading that introduces the list of who came: "Participants", with emoji or a note around it. */
export const participantsHeading = /\bparticipants\b/i

/**
 * A participant's line: a GitHub handle and an optional note, `@fkr
 * (partially)`; pads also write `felix (@fkr)`. Names without a handle stay
 * as written, with no handle.
 */
export function participantAttrs(text: string): { handle: string | null; note: string | null } {
  const leading = /^\s*@([A-Za-z0-9-]+)\s*(.*)$/s.exec(text)
  if (leading) {
    const note = (leading[2] ?? '').replace(/^\((.*)\)$/s, '$1').trim()
    return { handle: leading[1] ?? null, note: note || null }
  }
  const inside = /^(.*?)\s*\(@([A-Za-z0-9-]+)\)\s*$/s.exec(text)
  if (inside) return { handle: inside[2] ?? null, note: inside[1]?.trim() || null }
  return { handle: null, note: text.trim() || null }
}

/**
 * What makes a list the participants list: a bullet list right after a
 * heading that says "Participants", at the top level, each item of which is
 * one line of text (a handle with an optional note). A list with nested
 * lists or several paragraphs in an item (people grouped by company, say)
 * stays an ordinary list: it is more than a list of people.
 */
function recogniseParticipants(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'participants', (state) => {
    const tokens = state.tokens
    tokens.forEach((token, i) => {
      if (token.type !== 'heading_close' || token.level !== 0 || !participantsHeading.test(inlineTokenText(tokens[i - 1]))) return
      const list = tokens[i + 1]
      if (list?.type !== 'bullet_list_open' || list.level !== 0) return
      const end = tokens.findIndex((t, j) => j > i && t.type === 'bullet_list_close' && t.level === 0)
      const inner = tokens.slice(i + 2, end)
      const simple = inner.every((t, k) => {
        const step = k % 5
        return ['list_item_open', 'paragraph_open', 'inline', 'paragraph_close', 'list_item_close'][step] === t.type
      })
      if (end < 0 || !simple || inner.length % 5 !== 0) return
      list.type = 'participants_open'
      tokens[end]!.type = 'participants_close'
      inner.forEach((t: Token, k) => {
        if (t.type === 'list_item_open') {
          t.type = 'participant_open'
          t.meta = { ...t.meta, participant: participantAttrs(inlineTokenText(inner[k + 2])) }
        } else if (t.type === 'list_item_close') t.type = 'participant_close'
      })
    })
  })
}

/** The list under a participants heading could be a participants list: one paragraph per item. */
function couldListParticipants(list: ProseMirrorNode): boolean {
  let simple = list.childCount > 0
  list.forEach((item) => {
    if (item.type.name !== 'listItem' || item.childCount !== 1 || item.firstChild?.type.name !== 'paragraph') simple = false
  })
  return simple
}

/** A list typed under the Participants heading becomes the participants list (never back: the list stays who came). */
export const reconcileParticipants: Reconcile = (node, pos, parent, index, tr) => {
  const { participants, participant, bulletList, heading, agendaItem } = tr.doc.type.schema.nodes
  if (!participants || !participant || node.type !== bulletList || parent !== tr.doc || index === 0) return
  const before = parent.child(index - 1)
  if ((before.type !== heading && before.type !== agendaItem) || !participantsHeading.test(before.textContent) || !couldListParticipants(node)) return
  const items: ProseMirrorNode[] = []
  node.forEach((item) => items.push(participant.create(participantAttrs(item.textContent), item.content)))
  const { anchor, head } = tr.selection
  tr.replaceWith(pos, pos + node.nodeSize, participants.create({ tight: node.attrs.tight }, items))
  // Same size, so the caret can stay where it was.
  tr.setSelection(TextSelection.create(tr.doc, anchor, head))
}

/** A participant's handle and note follow its text. */
export const reconcileParticipant: Reconcile = (node, pos, parent, index, tr) => {
  if (node.type.name === 'participant') retype(tr, pos, node, parent, index, node.type, participantAttrs(node.textContent))
}

/**
 * The participants of the meeting: `- @handle` lines under the Participants
 * heading. Written exactly like a bullet list (it is one in Markdown); the
 * server adds whoever joins to it (lib/series/add-participant.ts).
 */
export const Participants = Node.create({
  name: 'participants',
  group: 'block',
  content: 'participant+',

  addAttributes() {
    return {
      tight: {
        default: true,
        parseHTML: (element) => element.getAttribute('data-tight') !== 'false',
        renderHTML: (attributes) => ({ 'data-tight': attributes.tight ? 'true' : 'false' }),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'ul[data-participants]', priority: 60 }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['ul', { ...HTMLAttributes, 'data-participants': '' }, 0]
  },

  addProseMirrorPlugins() {
    return [
      derivedNodesPlugin('participants', reconcileParticipants),
    ]
  },

  markdown: {
    parse: {
      tokens: { participants: { kind: 'block', getAttrs: (token) => ({ tight: token.meta?.tight !== false }) } },
      plugins: [recordListTightness, recogniseParticipants],
    },
    block: (node, out) => writeList(node, out, () => '-'),
    mergesWithSameKind: true,
    writtenAs: 'bulletList',
  },
})

/** One person in the participants list: the line's text, with `handle` and `note` derived from it. */
export const Participant = Node.create({
  name: 'participant',
  content: 'paragraph',
  defining: true,

  addAttributes() {
    return {
      handle: { default: null, rendered: false },
      note: { default: null, rendered: false },
    }
  },

  parseHTML() {
    return [{ tag: 'ul[data-participants] > li', priority: 60 }]
  },

  renderHTML({ node }) {
    return ['li', { 'data-participant': node.attrs.handle ?? '' }, 0]
  },

  addKeyboardShortcuts() {
    // Enter starts the next person; on an empty line it leaves the list.
    return { Enter: () => this.editor.commands.splitListItem(this.name) }
  },

  addProseMirrorPlugins() {
    return [
      derivedNodesPlugin('participantAttrs', reconcileParticipant),
    ]
  },

  markdown: {
    parse: {
      tokens: { participant: { kind: 'block', getAttrs: metaAttrs('participant') } },
    },
    block: (node, out) => out.blocks(node),
  },
})
