import type { Db } from '../db/client'

/** The series with its meetings, newest first. */
export async function getSeries(db: Db, id: string) {
  return db.series.findUnique({
    where: { id },
    include: {
      meetings: {
        orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
        select: { id: true, title: true, date: true, fileName: true, exportedAt: true, prState: true, prUrl: true, prNumber: true },
      },
    },
  })
}
