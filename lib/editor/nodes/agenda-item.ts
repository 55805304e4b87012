import { Node } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type MarkdownIt from 'markdown-it'
import { parseAgendaHeading, type AgendaHeading } from '../../agenda/agenda-heading'
import { decorationsPlugin, derivedNodesPlugin, metaAttrs, retype, type Reconcile } from '../derived-nodes'
import { writeAtxHeading } from '../starter-kit/heading'
import { inlineTokenText } from './inline-token-text'
import { textPositions, textRange } from './text-positions'

/**
 * What makes an H3 an agenda item: its text ends in the trailer of
 * lib/agenda/agenda-heading.ts, owner handle(s) and/or a time box in
 * parentheses: `### Title (@owner, 10min)`, `### Title (@a & @b)`,
 * `### Title (5min)`, trailing punctuation aside. Any other H3 stays a heading, wherever it stands (a
 * rule that looked for an "Agenda" H2 above would change meaning when a
 * heading far away is renamed, and misses the series without one).
 */
export function agendaItemAttrs(text: string): { title: string; owners: string[]; minutes: number | null } | null {
  if (text.includes('\n')) return null
  // The exporter drops a heading's trailing punctuation (a pad's `(@x, 5min):`), so it does not hide the trailer.
  const heading: AgendaHeading = parseAgendaHeading(text.replace(/[\s.,;:!]+$/, ''))
  if (heading.owners.length === 0 && heading.minutes === null) return null
  return { title: heading.title, owners: heading.owners, minutes: heading.minutes }
}

const AGENDA_TOKEN = 'agenda_item'

/** Turns the heading tokens of each H3 agenda item into `agenda_item_open`/`_close`. */
function recogniseAgendaItems(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'agenda_items', (state) => {
    const tokens = state.tokens
    tokens.forEach((token, i) => {
      const close = tokens[i + 2]
      if (token.type !== 'heading_open' || token.tag !== 'h3' || close?.type !== 'heading_close') return
      const attrs = agendaItemAttrs(inlineTokenText(tokens[i + 1]))
      if (!attrs) return
      token.type = `${AGENDA_TOKEN}_open`
      close.type = `${AGENDA_TOKEN}_close`
      token.meta = { ...token.meta, agendaItem: attrs }
    })
  })
}

/** An H3 with the trailer becomes an agenda item, an agenda item without it an H3; attributes follow the text. */
export const reconcileAgendaItem: Reconcile = (node, pos, parent, index, tr) => {
  const { agendaItem, heading } = tr.doc.type.schema.nodes
  if (!agendaItem || !heading) return
  const isH3 = node.type === heading && node.attrs.level === 3
  if (!isH3 && node.type !== agendaItem) return
  const attrs = agendaItemAttrs(node.textContent)
  if (attrs) retype(tr, pos, node, parent, index, agendaItem, attrs)
  else if (node.type === agendaItem) retype(tr, pos, node, parent, index, heading, { level: 3 })
}

/** Owner chips and the time box, drawn over the trailer the text already has. */
function trailerDecorations(doc: ProseMirrorNode): DecorationSet {
  const found: Decoration[] = []
  doc.descendants((node, pos) => {
    if (node.type.name !== 'agendaItem') return !node.isTextblock
    const text = node.textContent
    const positions = textPositions(node, pos)
    const open = text.lastIndexOf('(')
    const trailer = textRange(positions, open, text.length)
    if (open < 0 || !trailer) return false
    found.push(Decoration.inline(trailer.from, trailer.to, { class: 'agenda-trailer' }))
    for (const match of text.slice(open).matchAll(/@[A-Za-z0-9-]+|\d+\s*min/g)) {
      const range = textRange(positions, open + match.index, open + match.index + match[0].length)
      if (range) found.push(Decoration.inline(range.from, range.to, { class: match[0].startsWith('@') ? 'agenda-owner' : 'agenda-timebox' }))
    }
    return false
  })
  return DecorationSet.create(doc, found)
}

/**
 * An agenda item: an H3 whose text is `Title (@owner, 10min)`. The text is
 * the source, as typed and as written to Markdown; `title`, `owners` and
 * `minutes` are derived from it (at parse time, and by a plugin as people
 * edit), so the heading and its attributes never disagree. An H3 that gains
 * the trailer becomes an agenda item, one that loses it a plain heading.
 */
export const AgendaItem = Node.create({
  name: 'agendaItem',
  group: 'block',
  content: 'inline*',
  defining: true,

  addAttributes() {
    return {
      title: { default: '', rendered: false },
      owners: { default: [], rendered: false },
      minutes: { default: null, rendered: false },
    }
  },

  parseHTML() {
    return [{ tag: 'h3[data-agenda-item]', priority: 60 }]
  },

  renderHTML({ node }) {
    return ['h3', { 'data-agenda-item': '', 'data-owners': (node.attrs.owners as string[]).join(' '), 'data-minutes': node.attrs.minutes ?? '' }, 0]
  },

  addProseMirrorPlugins() {
    return [derivedNodesPlugin('agendaItems', reconcileAgendaItem), decorationsPlugin('agendaItemTrailer', trailerDecorations)]
  },

  markdown: {
    parse: {
      tokens: { [AGENDA_TOKEN]: { kind: 'block', getAttrs: metaAttrs('agendaItem') } },
      plugins: [recogniseAgendaItems],
    },
    block: (node, out) => writeAtxHeading(3, node, out),
  },
})
