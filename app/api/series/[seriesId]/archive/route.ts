import { NextResponse } from 'next/server'
import { z } from 'zod'
import { getSessionUser } from '@/server/auth/session-user'
import { db } from '@/server/db/client'
import { archiveSeries } from '@/server/series/archive-series'
import { getSeries } from '@/server/series/get-series'
import { badInput } from '../../../bad-input'

export const dynamic = 'force-dynamic'

const archiveInput = z.object({ archived: z.boolean() })

export async function POST(req: Request, { params }: { params: Promise<{ seriesId: string }> }) {
  if (!(await getSessionUser())) return NextResponse.json({ error: 'sign in first' }, { status: 401 })
  const { seriesId } = await params
  if (!(await getSeries(db(), seriesId))) return NextResponse.json({ error: `no series ${seriesId}` }, { status: 404 })
  const parsed = archiveInput.safeParse(await req.json().catch(() => null))
  if (!parsed.success) return badInput(parsed.error)
  const s = await archiveSeries(db(), seriesId, parsed.data.archived)
  return NextResponse.json({ id: s.id, archived: s.archivedAt !== null })
}
