import type { Db } from '../db/client'

export async function listSeries(db: Db, options: { includeArchived?: boolean } = {}) {
  return db.series.findMany({
    where: options.includeArchived ? {} : { archivedAt: null },
    orderBy: [{ archivedAt: 'asc' }, { name: 'asc' }],
    include: {
      meetings: { orderBy: [{ date: 'desc' }, { createdAt: 'desc' }], take: 1, select: { id: true, date: true } },
      _count: { select: { meetings: true } },
    },
  })
}
