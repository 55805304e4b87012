import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { parseMarkdown } from '../markdown/parse'
import { serializeMarkdown } from '../markdown/serialize'
import { actionItemHeadLength } from './action-item-text'

/**
 * Action items as the minutes write them: `- AI @handle: what` (or in
 * italics, `- _AI @handle: what_`). A done item is struck through,
 * `- ~~AI @handle: what~~`: it renders as plainly finished on GitHub, stays
 * CommonMark + GFM, and keeps the text, so nothing is lost when it is closed.
 */
export interface ActionItem {
  assignees: string[]
  text: string
  done: boolean
  /** The Markdown of the item's first paragraph, as the exporter writes it. */
  source: string
  /** `(from [date](file))`: where a carried item was first agreed. */
  origin: string | null
}

const linkBack = /\s\(from \[[^\]]*\]\([^)]*\)\)$/
const head = /^AI\s+(?:@[A-Za-z0-9-]+[,\s]*)+?\s*:\s*/

/** Takes off strikethrough and emphasis around the item, in whichever order they were written. */
function unwrap(text: string): string {
  for (;;) {
    const m = /^(~~|_|\*)(.+)\1$/s.exec(text)
    if (!m) return text
    text = m[2] ?? ''
  }
}

/** The Markdown of one paragraph, on one line (a wrapped item reads the same joined). */
function paragraphMarkdown(paragraph: ProseMirrorNode): string {
  return serializeMarkdown(paragraph.type.schema.topNodeType.create(null, paragraph)).trim().replace(/\s*\n\s*/g, ' ')
}

/**
 * The action items of a minutes file: the action item nodes its Markdown
 * parses into (lib/editor/nodes/action-item.ts), in document order, with
 * their text as Markdown so that a carried item keeps its links.
 */
export function findActionItems(markdown: string): ActionItem[] {
  const items: ActionItem[] = []
  parseMarkdown(markdown).descendants((node) => {
    if (node.type.name !== 'actionItem') return true
    const paragraph = node.firstChild
    if (!paragraph) return true
    const source = paragraphMarkdown(paragraph)
    const outer = unwrap(source)
    const origin = linkBack.exec(outer)
    const inner = unwrap(origin ? outer.slice(0, origin.index) : outer)
    const text = head.test(inner) ? inner.replace(head, '') : paragraph.textContent.slice(actionItemHeadLength(paragraph.textContent)).trim()
    items.push({ assignees: node.attrs.assignees as string[], text, done: Boolean(node.attrs.done), source, origin: origin?.[0].trim() ?? null })
    return true
  })
  return items
}

/**
 * The lines that open items of the previous meeting become in the next one,
 * written in the series' style; each points back to the file it was agreed in
 * (once: an item carried several times keeps its first link).
 */
export function carriedOverLines(items: readonly ActionItem[], previousFileName: string | null, previousDate: string, style: 'plain' | 'italic' = 'plain'): string[] {
  return items
    .filter((i) => !i.done && i.text !== '')
    .map((i) => {
      const body = `AI ${i.assignees.map((a) => `@${a}`).join(', ')}: ${i.text}`
      const origin = i.origin ?? (previousFileName ? `(from [${previousDate}](${previousFileName}))` : null)
      return `- ${style === 'italic' ? `_${body}_` : body}${origin ? ` ${origin}` : ''}`
    })
}
