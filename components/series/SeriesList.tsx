import Link from 'next/link'

export interface SeriesRow {
  id: string
  name: string
  folder: string
  repoOwner: string | null
  repoName: string | null
  archivedAt: Date | null
  meetings: { id: string; date: string }[]
  _count: { meetings: number }
}

export function SeriesList({ series }: { series: SeriesRow[] }) {
  if (series.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-500">
        No series yet. A series keeps a recurring meeting&apos;s template and where its minutes go.
      </div>
    )
  }
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="series-list">
      {series.map((s) => (
        <li key={s.id}>
          <Link href={`/series/${s.id}`} className="block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-indigo-300 hover:shadow">
            <span className="flex items-center gap-2">
              <span className="truncate font-semibold text-slate-900">{s.name}</span>
              {s.archivedAt && <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-500">archived</span>}
            </span>
            <span className="mt-1 block truncate font-mono text-xs text-slate-500">
              {s.repoOwner ? `${s.repoOwner}/${s.repoName}` : 'local repository'}/{s.folder}
            </span>
            <span className="mt-3 block text-sm text-slate-600">
              {s._count.meetings} meeting{s._count.meetings === 1 ? '' : 's'}
              {s.meetings[0] && <> · last <time dateTime={s.meetings[0].date}>{s.meetings[0].date}</time></>}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
