import Link from 'next/link'

export interface MeetingRow {
  id: string
  title: string
  date: string
  createdBy: { login: string; name: string }
}

export function MeetingList({ meetings }: { meetings: MeetingRow[] }) {
  if (meetings.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center text-slate-500">
        No meetings yet. Create the first one above and share its link with everyone on the call.
      </div>
    )
  }
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white" data-testid="meeting-list">
      {meetings.map((m) => (
        <li key={m.id}>
          <Link href={`/m/${m.id}`} className="flex items-center gap-4 px-5 py-4 hover:bg-slate-50">
            <time dateTime={m.date} className="w-28 shrink-0 font-mono text-sm text-slate-500">{m.date}</time>
            <span className="min-w-0 flex-1 truncate font-medium">{m.title}</span>
            <span className="hidden text-sm text-slate-400 sm:inline">by @{m.createdBy.login}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
