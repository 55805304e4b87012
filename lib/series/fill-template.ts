/** What a template may refer to; unknown placeholders are left as written so a typo shows. */
export interface TemplateValues {
  /** YYYY-MM-DD */
  date: string
  title: string
  series: string
  /** GitHub handle of whoever starts the meeting, without the @. */
  author: string
}

export const placeholderNames = ['date', 'title', 'series', 'author', 'yyyy', 'mm', 'dd'] as const

export function fillTemplate(template: string, values: TemplateValues): string {
  const [yyyy = '', mm = '', dd = ''] = values.date.split('-')
  const table: Record<string, string> = { ...values, yyyy, mm, dd }
  return template.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (whole, name: string) => table[name] ?? whole)
}
