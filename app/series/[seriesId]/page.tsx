import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { TopBar } from '@/components/layout/TopBar'
import { ArchiveSeriesButton } from '@/components/series/ArchiveSeriesButton'
import { MeetingState } from '@/components/series/MeetingState'
import { NewSeriesMeetingForm } from '@/components/series/NewSeriesMeetingForm'
import { SeriesForm } from '@/components/series/SeriesForm'
import { nextMeetingDate } from '@/lib/series/next-meeting-date'
import { getSessionUser } from '@/server/auth/session-user'
import { db } from '@/server/db/client'
import { today } from '@/server/meetings/today'
import { getSeries } from '@/server/series/get-series'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ seriesId: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const series = await getSeries(db(), (await params).seriesId)
  return { title: series ? series.name : 'Series not found' }
}

export default async function SeriesDetailPage({ params }: Props) {
  const { seriesId } = await params
  const user = await getSessionUser()
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/series/${seriesId}`)}`)
  const s = await getSeries(db(), seriesId)
  if (!s) notFound()
  const repository = s.repoOwner && s.repoName ? `${s.repoOwner}/${s.repoName}` : ''
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-6xl space-y-8 px-4 py-8">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <p className="text-sm text-slate-500"><Link href="/series" className="hover:underline">Series</Link></p>
            <h1 className="text-2xl font-semibold text-slate-900">{s.name}</h1>
            <p className="mt-1 font-mono text-sm text-slate-500">
              {repository || 'local repository'} · {s.baseBranch} · {s.folder || '.'}/{s.fileNamePattern}
            </p>
          </div>
          <ArchiveSeriesButton seriesId={s.id} archived={s.archivedAt !== null} />
        </header>

        {s.archivedAt ? (
          <p className="rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-600">This series is archived: restore it to start new meetings.</p>
        ) : (
          <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="mb-4 text-lg font-semibold">Start the next meeting</h2>
            <NewSeriesMeetingForm seriesId={s.id} defaultDate={nextMeetingDate(today(), s.weekday)} defaultTitle={s.name} />
          </section>
        )}

        <section>
          <h2 className="mb-3 text-sm font-semibold tracking-wide text-slate-500 uppercase">Meetings</h2>
          {s.meetings.length === 0 ? (
            <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-500">No meetings in this series yet.</div>
          ) : (
            <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white" data-testid="series-meetings">
              {s.meetings.map((m) => (
                <li key={m.id}>
                  <Link href={`/m/${m.id}`} className="flex items-center gap-4 px-5 py-3 hover:bg-slate-50">
                    <time dateTime={m.date} className="w-28 shrink-0 font-mono text-sm text-slate-500">{m.date}</time>
                    <span className="min-w-0 flex-1 truncate font-medium">{m.title}</span>
                    <span className="hidden font-mono text-xs text-slate-400 sm:inline">{m.fileName}</span>
                    <MeetingState exportedAt={m.exportedAt} prState={m.prState} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>

        <details className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <summary className="cursor-pointer text-lg font-semibold">Edit series</summary>
          <div className="mt-4">
            <SeriesForm seriesId={s.id} initial={{
              name: s.name, repository, baseBranch: s.baseBranch, folder: s.folder, fileNamePattern: s.fileNamePattern,
              template: s.template, weekday: s.weekday, actionItemStyle: s.actionItemStyle === 'italic' ? 'italic' : 'plain',
              privateRepo: s.privateRepo, requireDco: s.requireDco, lockAfterMerge: s.lockAfterMerge,
              commitMessagePattern: s.commitMessagePattern, prTitlePattern: s.prTitlePattern, prBodyPattern: s.prBodyPattern,
            }} />
          </div>
        </details>
      </main>
    </>
  )
}
