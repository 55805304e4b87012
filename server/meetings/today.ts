/** Today's date, YYYY-MM-DD, in the server's time zone (or the given one). */
export function today(now = new Date(), timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}
