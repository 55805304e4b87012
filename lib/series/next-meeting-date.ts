/**
 * The default date of a series' next meeting: today, or the next day that
 * falls on the series' weekday (today included, since people open the form
 * on the day of the call).
 */
export function nextMeetingDate(today: string, weekday: number | null): string {
  if (weekday === null) return today
  const day = new Date(`${today}T00:00:00Z`)
  const ahead = (weekday - day.getUTCDay() + 7) % 7
  day.setUTCDate(day.getUTCDate() + ahead)
  return day.toISOString().slice(0, 10)
}
