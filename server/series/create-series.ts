import type { Db } from '../db/client'
import { newMeetingId } from '../meetings/new-meeting-id'
import { repositoryColumns, seriesFields, type SeriesFields } from './series-input'

export async function createSeries(db: Db, userId: string, input: SeriesFields) {
  const { repository, ...fields } = seriesFields.parse(input)
  return db.series.create({ data: { id: newMeetingId(), ...fields, ...repositoryColumns(repository), createdById: userId } })
}
