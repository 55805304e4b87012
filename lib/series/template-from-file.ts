/**
 * A template made from a finished minutes file: its headings and the lines
 * that recur from meeting to meeting stay, what was said in this one goes.
 * Sections every meeting has (participants, housekeeping, agenda, pending
 * items) are kept with their fixed labels; topic headings are not, since the
 * next meeting discusses other things.
 */
const recurringSection = /participants|housekeeping|agenda|pending action items|recurring|minutes|announcements|topics|news|aob|misc/i
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/

export function templateFromFile(markdown: string): string {
  const out: string[] = []
  let keepBody = false
  let seenDate = false
  let inFence = false
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '')
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
    const heading = inFence ? null : /^(#{1,6})\s+(.*?)[\s#]*$/.exec(line)
    if (heading) {
      const text = heading[2] ?? ''
      if (!seenDate && isoDate.test(text)) {
        seenDate = true
        out.push(`${heading[1]} ${text.replace(isoDate, '{{date}}')}`, '')
        keepBody = false
        continue
      }
      keepBody = recurringSection.test(text) && !/participants|pending/i.test(text)
      if (recurringSection.test(text)) out.push(`${heading[1]} ${text.replace(/:$/, '')}`, '')
      continue
    }
    if (!keepBody || inFence) continue
    // "Responsible for the minutes: @gtema" keeps its label, loses this week's name.
    const label = /^(\s*[-*+]\s+)([^@:]+?:)\s*\S.*$/.exec(line)
    if (label && !/^\s/.test(line)) out.push(`- ${label[2]}`)
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/(^- .*)\n\n(?=- )/gm, '$1\n')
  // Lists need a blank line before the next heading.
  const template = text.replace(/(^- .*)\n(?=#)/gm, '$1\n\n').trim()
  return template ? `${template}\n` : ''
}
