/**
 * The file a meeting is exported to, from the series' pattern. A second
 * meeting on a day that already has a file gets a suffix, so one meeting never
 * overwrites another's minutes.
 */
export function meetingFileName(pattern: string, date: string, taken: ReadonlySet<string>): string {
  const [yyyy = '', mm = '', dd = ''] = date.split('-')
  const base = pattern.replace(/\{yyyy\}/g, yyyy).replace(/\{mm\}/g, mm).replace(/\{dd\}/g, dd)
  if (!taken.has(base)) return base
  const dot = base.lastIndexOf('.')
  const [stem, ext] = dot > 0 ? [base.slice(0, dot), base.slice(dot)] : [base, '']
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`
    if (!taken.has(candidate)) return candidate
  }
}
