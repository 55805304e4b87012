import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { TopBar } from '@/components/layout/TopBar'
import { SeriesForm } from '@/components/series/SeriesForm'
import { SeriesList } from '@/components/series/SeriesList'
import { getSessionUser } from '@/server/auth/session-user'
import { db } from '@/server/db/client'
import { listSeries } from '@/server/series/list-series'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Series' }

export default async function SeriesPage() {
  const user = await getSessionUser()
  if (!user) redirect('/signin?callbackUrl=%2Fseries')
  const series = await listSeries(db(), { includeArchived: true })
  return (
    <>
      <TopBar user={user} />
      <main className="mx-auto max-w-6xl space-y-8 px-4 py-8">
        <section>
          <h1 className="mb-3 text-lg font-semibold">Series</h1>
          <SeriesList series={series} />
        </section>
        <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h2 className="mb-4 text-lg font-semibold">New series</h2>
          <SeriesForm />
        </section>
      </main>
    </>
  )
}
