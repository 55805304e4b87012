import { redirect } from 'next/navigation'
import { TopBar } from '@/components/layout/TopBar'
import { MeetingList } from '@/components/meetings/MeetingList'
import { ImportMarkdownForm } from '@/components/meetings/ImportMarkdownForm'
import { NewMeetingForm } from '@/components/meetings/NewMeetingForm'
import { SeriesList } from '@/components/series/SeriesList'
import { getSessionUser } from '@/server/auth/session-user'
import { db } from '@/server/db/client'
import { listMeetings } from '@/server/meetings/list-meetings'
import { today } from '@/server/meetings/today'
import { listSeries } from '@/server/series/list-series'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const user = await getSessionUser()
  if (!user) redirect('/signin')
  const meetings = await listMeetings(db())
  const series = await listSeries(db())
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-6xl space-y-8 px-4 py-8">
        <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h1 className="mb-4 text-lg font-semibold">Start a meeting</h1>
          <NewMeetingForm defaultDate={today()} />
          <div className="mt-4 border-t border-slate-100 pt-4">
            <ImportMarkdownForm defaultDate={today()} />
          </div>
        </section>
        {series.length > 0 && (
          <section>
            <h2 className="mb-3 text-sm font-semibold tracking-wide text-slate-500 uppercase">Series</h2>
            <SeriesList series={series} />
          </section>
        )}
        <section>
          <h2 className="mb-3 text-sm font-semibold tracking-wide text-slate-500 uppercase">Meetings</h2>
          <MeetingList meetings={meetings} />
        </section>
      </main>
    </>
  )
}
