import type { Db } from '../db/client'

export interface AgendaTimerRefusal {
  status: 404 | 409
  error: string
}

/**
 * Why the agenda timer may not change this meeting, or null when it may.
 * A locked meeting's minutes are final (its pull request was merged); a
 * timer started there would write into a document nobody may change.
 */
export async function refuseAgendaTimer(db: Db, meetingId: string): Promise<AgendaTimerRefusal | null> {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { lockedAt: true } })
  if (!meeting) return { status: 404, error: `no meeting ${meetingId}` }
  if (meeting.lockedAt) return { status: 409, error: 'these minutes are locked (their pull request was merged), so the agenda timer can no longer be started or stopped' }
  return null
}
