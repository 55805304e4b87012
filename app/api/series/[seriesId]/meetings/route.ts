import { processDocStore } from '@/server/collab/process-doc-store'
import { NextResponse } from 'next/server'
import { getSessionUser } from '@/server/auth/session-user'
import { db } from '@/server/db/client'
import { createSeriesMeeting, SeriesUnavailable } from '@/server/series/create-series-meeting'
import { seriesMeetingInput } from '@/server/series/series-input'
import { ensureUser } from '@/server/users/ensure-user'
import { badInput } from '../../../bad-input'

export const dynamic = 'force-dynamic'

export async function POST(req: Request, { params }: { params: Promise<{ seriesId: string }> }) {
  const user = await getSessionUser()
  if (!user) return NextResponse.json({ error: 'sign in first' }, { status: 401 })
  const { seriesId } = await params
  const parsed = seriesMeetingInput.safeParse(await req.json().catch(() => ({})))
  if (!parsed.success) return badInput(parsed.error)
  const author = await ensureUser(db(), user)
  try {
    const m = await createSeriesMeeting(db(), processDocStore(), seriesId, author, parsed.data)
    return NextResponse.json({ id: m.id, title: m.title, date: m.date, fileName: m.fileName, url: `/m/${m.id}` }, { status: 201 })
  } catch (error) {
    if (error instanceof SeriesUnavailable) return NextResponse.json({ error: error.message }, { status: 409 })
    throw error
  }
}
