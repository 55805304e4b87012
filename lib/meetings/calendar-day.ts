/**
 * Whether "YYYY-MM-DD" names a day that exists. Both checks are needed: month
 * 13 makes an invalid Date, while February 30 silently becomes March 1.
 */
export function isCalendarDay(s: string): boolean {
  const day = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s)
}
