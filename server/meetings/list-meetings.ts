import type { Db } from '../db/client'

export async function listMeetings(db: Db) {
  return db.meeting.findMany({
    orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
    include: { createdBy: { select: { login: true, name: true } } },
  })
}
