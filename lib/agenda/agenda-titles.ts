import { agendaItemsOfHeadings } from './agenda-items'

/**
 * The agenda titles of a minutes file: its H3 topics, as agendaItems finds
 * them in the live document, read from the Markdown the export commits. Fenced
 * code is skipped so a "### " inside an example is not taken for a topic.
 */
export function agendaTitles(markdown: string): string[] {
  const h3s: string[] = []
  let fence: string | null = null
  for (const line of markdown.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === null ? marker : null
      continue
    }
    const h3 = fence === null ? /^ {0,3}### +(.*?)(?: +#+)? *$/.exec(line)?.[1] : undefined
    if (h3 !== undefined) h3s.push(h3)
  }
  return agendaItemsOfHeadings(h3s).flatMap((item) => (item ? [item.title] : []))
}
