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
}

const itemLine = /^\s*[-*+]\s+(.*\S)\s*$/
const body = /^(~~)?([_*])?AI\s+((?:@[A-Za-z0-9-]+[,\s]*)+?)\s*:\s*(.+?)\2\1$/

export function findActionItems(markdown: string): ActionItem[] {
  const items: ActionItem[] = []
  for (const line of markdown.split('\n')) {
    const source = itemLine.exec(line)?.[1]
    if (!source) continue
    const m = body.exec(source)
    if (!m) continue
    const assignees = [...(m[3] ?? '').matchAll(/@([A-Za-z0-9-]+)/g)].map((a) => a[1] ?? '')
    items.push({ assignees, text: m[4] ?? '', done: m[1] === '~~' || /\(done\)$/i.test(m[4] ?? ''), source })
  }
  return items
}

const linkBack = /\s\(from \[[^\]]*\]\([^)]*\)\)$/

/**
 * The lines that open items of the previous meeting become in the next one:
 * each keeps its wording and points back to the file it was agreed in (once:
 * an item carried several times keeps its first link).
 */
export function carriedOverLines(items: readonly ActionItem[], previousFileName: string | null, previousDate: string): string[] {
  return items
    .filter((i) => !i.done)
    .map((i) => {
      if (linkBack.test(i.source) || !previousFileName) return `- ${i.source}`
      return `- ${i.source} (from [${previousDate}](${previousFileName}))`
    })
}
