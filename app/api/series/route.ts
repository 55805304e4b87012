import { NextResponse } from 'next/server'
import { getSessionUser } from '@/server/auth/session-user'
import { db } from '@/server/db/client'
import { createSeries } from '@/server/series/create-series'
import { listSeries } from '@/server/series/list-series'
import { seriesFields } from '@/server/series/series-input'
import { ensureUser } from '@/server/users/ensure-user'
import { badInput } from '../bad-input'

export const dynamic = 'force-dynamic'

export async function GET() {
  if (!(await getSessionUser())) return NextResponse.json({ error: 'sign in first' }, { status: 401 })
  const series = await listSeries(db())
  return NextResponse.json({ series: series.map(({ id, name, folder }) => ({ id, name, folder, url: `/series/${id}` })) })
}

export async function POST(req: Request) {
  const user = await getSessionUser()
  if (!user) return NextResponse.json({ error: 'sign in first' }, { status: 401 })
  const parsed = seriesFields.safeParse(await req.json().catch(() => null))
  if (!parsed.success) return badInput(parsed.error)
  const owner = await ensureUser(db(), user)
  const s = await createSeries(db(), owner.id, parsed.data)
  return NextResponse.json({ id: s.id, name: s.name, url: `/series/${s.id}` }, { status: 201 })
}
