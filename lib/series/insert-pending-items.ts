const pendingHeading = /^#{2,6}\s+.*pending action items\s*$/i

/**
 * Puts carried-over action items under the template's "Pending action items"
 * heading. A template without one gets none: the series chose not to track
 * them in the minutes.
 */
export function insertPendingItems(markdown: string, lines: readonly string[]): string {
  if (lines.length === 0) return markdown
  const all = markdown.split('\n')
  const at = all.findIndex((l) => pendingHeading.test(l))
  if (at < 0) return markdown
  return [...all.slice(0, at + 1), '', ...lines, ...all.slice(at + 1)].join('\n')
}
