import type { Db } from '../db/client'
import { repositoryColumns, seriesUpdate, type SeriesUpdate } from './series-input'

export async function updateSeries(db: Db, id: string, input: SeriesUpdate) {
  const { repository, ...fields } = seriesUpdate.parse(input)
  return db.series.update({ where: { id }, data: { ...fields, ...repositoryColumns(repository) } })
}
