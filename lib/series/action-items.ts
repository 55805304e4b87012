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
  /** The whole list item's Markdown after `- `, as written. */
  source: string
  /** `(from [date](file))`: where a carried item was first agreed. */
  origin: string | null
}

const itemLine = /^\s*[-*+]\s+(.*\S)\s*$/
const linkBack = /\s\(from \[[^\]]*\]\([^)]*\)\)$/
const core = /^AI\s+((?:@[A-Za-z0-9-]+[,\s]*)+?)\s*:\s*(.+)$/

/** Takes off strikethrough and emphasis around the item, in whichever order they were written. */
function unwrap(text: string): { text: string; struck: boolean } {
  let struck = false
  for (;;) {
    const m = /^(~~|_|\*)(.+)\1$/.exec(text)
    if (!m) return { text, struck }
    if (m[1] === '~~') struck = true
    text = m[2] ?? ''
  }
}

export function findActionItems(markdown: string): ActionItem[] {
  const items: ActionItem[] = []
  for (const line of markdown.split('\n')) {
    const source = itemLine.exec(line)?.[1]
    if (!source) continue
    const outer = unwrap(source)
    const origin = linkBack.exec(outer.text)
    const inner = unwrap(origin ? outer.text.slice(0, origin.index) : outer.text)
    const m = core.exec(inner.text)
    if (!m) continue
    const assignees = [...(m[1] ?? '').matchAll(/@([A-Za-z0-9-]+)/g)].map((a) => a[1] ?? '')
    const text = m[2] ?? ''
    items.push({ assignees, text, done: outer.struck || inner.struck || /\(done\)$/i.test(text), source, origin: origin?.[0].trim() ?? null })
  }
  return items
}

/**
 * The lines that open items of the previous meeting become in the next one,
 * written in the series' style; each points back to the file it was agreed in
 * (once: an item carried several times keeps its first link).
 */
export function carriedOverLines(items: readonly ActionItem[], previousFileName: string | null, previousDate: string, style: 'plain' | 'italic' = 'plain'): string[] {
  return items
    .filter((i) => !i.done)
    .map((i) => {
      const body = `AI ${i.assignees.map((a) => `@${a}`).join(', ')}: ${i.text}`
      const origin = i.origin ?? (previousFileName ? `(from [${previousDate}](${previousFileName}))` : null)
      return `- ${style === 'italic' ? `_${body}_` : body}${origin ? ` ${origin}` : ''}`
    })
}
