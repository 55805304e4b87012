import type { Db } from '../db/client'
import { repositoryColumns, seriesUpdate, type SeriesUpdate } from './series-input'

export async function updateSeries(db: Db, id: string, input: SeriesUpdate) {
  const parsed = seriesUpdate.parse(input)
  // zod 4 fills a partial schema's defaults in for absent keys; an update
  // changes only what it was sent, so everything else is dropped again.
  const sent = Object.fromEntries(Object.entries(parsed).filter(([key]) => key in input)) as typeof parsed
  const { repository, ...fields } = sent
  return db.series.update({ where: { id }, data: { ...fields, ...repositoryColumns(repository) } })
}
