import { markdownToYUpdate } from '../../lib/markdown'
import { carriedOverLines, findActionItems } from '../../lib/series/action-items'
import { meetingFileName } from '../../lib/series/file-name'
import { fillTemplate } from '../../lib/series/fill-template'
import { insertPendingItems } from '../../lib/series/insert-pending-items'
import { nextMeetingDate } from '../../lib/series/next-meeting-date'
import type { DocStore } from '../collab/doc-store'
import type { Db } from '../db/client'
import { newMeetingId } from '../meetings/new-meeting-id'
import { today } from '../meetings/today'
import { readMeetingMarkdown } from '../meetings/read-meeting-markdown'
import { seriesMeetingInput, type SeriesMeetingInput } from './series-input'

export class SeriesUnavailable extends Error {}

/**
 * The next meeting of a series: its document starts as the series' template,
 * filled in, with the previous meeting's open action items under "Pending
 * action items".
 */
export async function createSeriesMeeting(db: Db, store: DocStore, seriesId: string, author: { id: string; login: string }, input: SeriesMeetingInput) {
  const parsed = seriesMeetingInput.parse(input)
  const series = await db.series.findUnique({
    where: { id: seriesId },
    include: { meetings: { orderBy: [{ date: 'desc' }, { createdAt: 'desc' }], select: { id: true, date: true, fileName: true } } },
  })
  if (!series) throw new SeriesUnavailable(`no series ${seriesId}`)
  if (series.archivedAt) throw new SeriesUnavailable(`the series ${series.name} is archived`)

  const date = parsed.date ?? nextMeetingDate(today(), series.weekday)
  const title = parsed.title ?? series.name
  const fileName = meetingFileName(series.fileNamePattern, date, new Set(series.meetings.map((m) => m.fileName ?? '')))
  const previous = series.meetings.find((m) => m.date <= date)

  let markdown = fillTemplate(series.template, { date, title, series: series.name, author: author.login })
  if (previous) {
    const open = findActionItems(await readMeetingMarkdown(store, previous.id))
    markdown = insertPendingItems(markdown, carriedOverLines(open, previous.fileName, previous.date, series.actionItemStyle === 'italic' ? 'italic' : 'plain'))
  }

  const id = newMeetingId()
  const update = markdownToYUpdate(markdown)
  const meeting = await db.meeting.create({ data: { id, title, date, seriesId, fileName, createdById: author.id } })
  try {
    // Through the store, whose lock keeps this append out of a compaction's transaction.
    await store.append(id, update)
  } catch (e) {
    await db.meeting.delete({ where: { id } }).catch(() => {})
    throw e
  }
  return meeting
}
