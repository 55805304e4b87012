import type { Db } from '../db/client'

export async function getMeeting(db: Db, id: string) {
  return db.meeting.findUnique({ where: { id } })
}
