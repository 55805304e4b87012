import { participantHandles } from '../../lib/series/participant-handles'
import type { DocStore } from '../collab/doc-store'
import type { Db } from '../db/client'
import { readMeetingMarkdown } from '../meetings/read-meeting-markdown'

/** Enough meetings to know the regulars without reading a series' whole history on every editor load. */
const recentMeetings = 12

/**
 * Who to suggest after `@` in a meeting: the people listed in its series'
 * recent meetings, most recent first; outside a series, everyone who has
 * signed in.
 */
export async function listPastParticipants(db: Db, store: DocStore, meetingId: string): Promise<string[]> {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { seriesId: true } })
  if (!meeting) return []
  if (!meeting.seriesId) return (await db.user.findMany({ select: { login: true }, orderBy: { login: 'asc' } })).map((u) => u.login)
  const meetings = await db.meeting.findMany({
    where: { seriesId: meeting.seriesId },
    orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
    take: recentMeetings,
    select: { id: true },
  })
  const handles = new Map<string, string>()
  for (const m of meetings) {
    for (const handle of participantHandles(await readMeetingMarkdown(store, m.id))) {
      if (!handles.has(handle.toLowerCase())) handles.set(handle.toLowerCase(), handle)
    }
  }
  return [...handles.values()]
}
