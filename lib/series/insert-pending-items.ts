import { Slice } from '@tiptap/pm/model'
import { parseMarkdown } from '../markdown/parse'
import { serializeMarkdown } from '../markdown/serialize'

const pendingHeading = /pending action items\s*$/i

/**
 * Puts carried-over action items under the template's "Pending action items"
 * heading (H2 to H6), as action item nodes right after it. A template without
 * one gets none: the series chose not to track them in the minutes.
 */
export function insertPendingItems(markdown: string, lines: readonly string[]): string {
  if (lines.length === 0) return markdown
  const doc = parseMarkdown(markdown)
  let at = -1
  doc.forEach((node, offset) => {
    if (at < 0 && node.type.name === 'heading' && Number(node.attrs.level) >= 2 && pendingHeading.test(node.textContent)) at = offset + node.nodeSize
  })
  if (at < 0) return markdown
  const items = parseMarkdown(`${lines.join('\n')}\n`)
  return serializeMarkdown(doc.replace(at, at, new Slice(items.content, 0, 0)))
}
