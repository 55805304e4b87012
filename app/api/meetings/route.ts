import { NextResponse } from 'next/server'
import { badInput } from '../bad-input'
import { getSessionUser } from '@/server/auth/session-user'
import { db } from '@/server/db/client'
import { createMeeting } from '@/server/meetings/create-meeting'
import { ensureUser } from '@/server/users/ensure-user'
import { listMeetings } from '@/server/meetings/list-meetings'
import { createMeetingInput } from '@/server/meetings/meeting-input'

export const dynamic = 'force-dynamic'

export async function GET() {
  if (!(await getSessionUser())) return NextResponse.json({ error: 'sign in first' }, { status: 401 })
  const meetings = await listMeetings(db())
  return NextResponse.json({ meetings: meetings.map(({ id, title, date }) => ({ id, title, date, url: `/m/${id}` })) })
}

export async function POST(req: Request) {
  const user = await getSessionUser()
  if (!user) return NextResponse.json({ error: 'sign in first' }, { status: 401 })
  const body = await req.json().catch(() => null)
  const parsed = createMeetingInput.safeParse(body)
  if (!parsed.success) {
    return badInput(parsed.error)
  }
  const owner = await ensureUser(db(), user)
  const m = await createMeeting(db(), owner.id, parsed.data)
  return NextResponse.json({ id: m.id, title: m.title, date: m.date, url: `/m/${m.id}` }, { status: 201 })
}
