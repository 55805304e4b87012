import { NextResponse } from 'next/server'
import { getSessionUser } from '@/server/auth/session-user'
import { db } from '@/server/db/client'
import { getSeries } from '@/server/series/get-series'
import { seriesUpdate, type SeriesUpdate } from '@/server/series/series-input'
import { updateSeries } from '@/server/series/update-series'
import { badInput } from '../../bad-input'

export const dynamic = 'force-dynamic'

type Ctx = { params: Promise<{ seriesId: string }> }

export async function PATCH(req: Request, { params }: Ctx) {
  if (!(await getSessionUser())) return NextResponse.json({ error: 'sign in first' }, { status: 401 })
  const { seriesId } = await params
  if (!(await getSeries(db(), seriesId))) return NextResponse.json({ error: `no series ${seriesId}` }, { status: 404 })
  const body: unknown = await req.json().catch(() => null)
  const parsed = seriesUpdate.safeParse(body)
  if (!parsed.success) return badInput(parsed.error)
  // The body as sent, not parsed.data: zod fills defaults in for absent keys, and
  // updateSeries changes only the fields the request named.
  const s = await updateSeries(db(), seriesId, body as SeriesUpdate)
  return NextResponse.json({ id: s.id, name: s.name, url: `/series/${s.id}` })
}
