import type { ReactNode } from 'react'

/**
 * Meeting dates are calendar days ("2024-07-24"), not instants: formatting
 * them in UTC keeps every time zone, and the server's render, on the same day.
 */
function formatMeetingDate(date: string): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(day.getTime())) return date
  return day.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

export function MeetingHeader({ title, date, aside, actions }: { title: string; date: string; aside?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="mb-5 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold tracking-tight text-balance text-slate-900">{title}</h1>
        <p className="mt-1 text-sm text-slate-500">
          <time dateTime={date}>{formatMeetingDate(date)}</time>
        </p>
        {actions && <div className="mt-3">{actions}</div>}
      </div>
      {aside}
    </header>
  )
}
