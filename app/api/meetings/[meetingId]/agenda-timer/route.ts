import { NextResponse } from 'next/server'
import { startAgendaTimerInput } from '@/server/agenda/agenda-timer-input'
import { agendaTimerControl } from '@/server/agenda/process-agenda-timer'
import { refuseAgendaTimer } from '@/server/agenda/refuse-agenda-timer'
import { getSessionUser } from '@/server/auth/session-user'
import { db } from '@/server/db/client'
import { badInput } from '../../../bad-input'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ meetingId: string }> }

/** The signed-in user, the existing unlocked meeting and a running collaboration server, or the answer saying which is missing. */
async function admit(params: Params['params']) {
  const user = await getSessionUser()
  if (!user) return { refused: NextResponse.json({ error: 'sign in first' }, { status: 401 }) }
  const { meetingId } = await params
  const refusal = await refuseAgendaTimer(db(), meetingId)
  if (refusal) return { refused: NextResponse.json({ error: refusal.error }, { status: refusal.status }) }
  const control = agendaTimerControl()
  if (!control) return { refused: NextResponse.json({ error: 'live editing is not running on this server' }, { status: 503 }) }
  return { user, meetingId, control }
}

/** Loading or saving the document failed (database down, server stopping): nothing changed, try again. */
function unavailable(error: unknown) {
  console.error('agenda timer: could not change the live document', error)
  return NextResponse.json({ error: 'the meeting could not be changed just now; try again' }, { status: 503 })
}

/** Starts an agenda item's time box, stamped with the server's clock. */
export async function POST(req: Request, { params }: Params) {
  const admitted = await admit(params)
  if (admitted.refused) return admitted.refused
  const parsed = startAgendaTimerInput.safeParse(await req.json().catch(() => null))
  if (!parsed.success) return badInput(parsed.error)
  const timer = await admitted.control.start(admitted.meetingId, { ...parsed.data, startedBy: admitted.user.login }).catch(unavailable)
  if (timer instanceof NextResponse) return timer
  if (!timer) return NextResponse.json({ error: `the minutes have no agenda item "${parsed.data.itemId}" (renamed or removed?)` }, { status: 409 })
  return NextResponse.json({ timer })
}

/** Stops whatever time box runs. */
export async function DELETE(_req: Request, { params }: Params) {
  const admitted = await admit(params)
  if (admitted.refused) return admitted.refused
  const stopped = await admitted.control.stop(admitted.meetingId).catch(unavailable)
  return stopped instanceof NextResponse ? stopped : NextResponse.json({ stopped })
}
