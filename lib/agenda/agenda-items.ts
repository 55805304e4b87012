import * as Y from 'yjs'
import { COLLABORATION_FIELD } from '../markdown/ydoc'
import { yNodeText } from '../series/y-node-text'
import { parseAgendaHeading, type AgendaHeading } from './agenda-heading'

export interface AgendaItem extends AgendaHeading {
  /** Stable while people edit elsewhere: the title and which occurrence of it this is. */
  id: string
  text: string
}

/** Sections that sit at agenda level but are not topics anyone presents. */
const notATopic = /pending action items|participants|housekeeping/i

/**
 * Whether a top-level block is a candidate topic: an agenda item node
 * (lib/editor/nodes/agenda-item.ts) or an H3 without owners or time box,
 * which some series use for topics too.
 */
export function isAgendaBlock(name: string, level: unknown): boolean {
  return name === 'agendaItem' || (name === 'heading' && Number(level) === 3)
}

/**
 * The topics of the meeting: its agenda items and other H3s, as the format
 * puts one per agenda item. A document without (a series that uses H2
 * topics) has none.
 */
export function agendaItems(doc: Y.Doc): AgendaItem[] {
  const h3s: string[] = []
  for (const block of doc.getXmlFragment(COLLABORATION_FIELD).toArray()) {
    if (block instanceof Y.XmlElement && isAgendaBlock(block.nodeName, block.getAttribute('level'))) h3s.push(yNodeText(block))
  }
  return agendaItemsOfHeadings(h3s).flatMap((item) => (item ? [item] : []))
}

/** The agenda items among the texts of a document's H3s, in order; null for those that are not topics. */
export function agendaItemsOfHeadings(h3s: readonly string[]): Array<AgendaItem | null> {
  const seen = new Map<string, number>()
  return h3s.map((raw) => {
    const text = raw.trim()
    if (!text || notATopic.test(text)) return null
    const heading = parseAgendaHeading(text)
    const n = (seen.get(heading.title) ?? 0) + 1
    seen.set(heading.title, n)
    return { ...heading, text, id: `${n}:${heading.title}` }
  })
}
