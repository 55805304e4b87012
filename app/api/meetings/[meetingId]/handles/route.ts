import { processDocStore } from '@/server/collab/process-doc-store'
import { NextResponse } from 'next/server'
import { getSessionUser } from '@/server/auth/session-user'
import { db } from '@/server/db/client'
import { listPastParticipants } from '@/server/series/list-past-participants'

export const dynamic = 'force-dynamic'

/** Handles to suggest after `@` in this meeting's editor. */
export async function GET(_req: Request, { params }: { params: Promise<{ meetingId: string }> }) {
  if (!(await getSessionUser())) return NextResponse.json({ error: 'sign in first' }, { status: 401 })
  return NextResponse.json({ handles: await listPastParticipants(db(), processDocStore(), (await params).meetingId) })
}
