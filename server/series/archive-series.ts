import type { Db } from '../db/client'

/** Archived, not deleted: its meetings and their exported minutes keep their series. */
export async function archiveSeries(db: Db, id: string, archived = true) {
  return db.series.update({ where: { id }, data: { archivedAt: archived ? new Date() : null } })
}
