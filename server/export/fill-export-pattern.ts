/** What a series' commit message, PR title and PR body patterns may refer to. */
export interface ExportPatternValues {
  /** YYYY-MM-DD */
  date: string
  series: string
  title: string
  /** GitHub handles, without the @. */
  participants: readonly string[]
  agenda: readonly string[]
  /** The live meeting's page. */
  link: string
}

export const exportPlaceholderNames = ['date', 'yyyy', 'mm', 'dd', 'series', 'title', 'participants', 'agenda', 'link'] as const

/**
 * The pattern with each {{name}} filled in. Participants read as "@a, @b" (a
 * mention, as in the minutes); the agenda as a Markdown list, one title a
 * line, which fits a PR body and still reads in a one-line title. Unknown
 * placeholders stay as written so a typo shows in the result.
 */
export function fillExportPattern(pattern: string, values: ExportPatternValues): string {
  const [yyyy = '', mm = '', dd = ''] = values.date.split('-')
  const table: Record<string, string> = {
    date: values.date,
    yyyy,
    mm,
    dd,
    series: values.series,
    title: values.title,
    participants: values.participants.map((p) => `@${p}`).join(', '),
    agenda: values.agenda.map((a) => `- ${a}`).join('\n'),
    link: values.link,
  }
  return pattern.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (whole, name: string) => table[name] ?? whole)
}
