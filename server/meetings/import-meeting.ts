import { markdownToYUpdate } from '../../lib/markdown/ydoc'
import { firstHeadingText, firstIsoDate } from '../../lib/meetings/markdown-import'
import type { DocStore } from '../collab/doc-store'
import type { Db } from '../db/client'
import { importMeetingInput, type ImportMeetingInput } from './import-meeting-input'
import { newMeetingId } from './new-meeting-id'
import { today } from './today'

/** The codec refused the Markdown; the person can fix the file, so it is their error to see. */
export class UnreadableMarkdown extends Error {
  constructor(reason: string) {
    super(`the Markdown could not be read: ${reason}`)
    this.name = 'UnreadableMarkdown'
  }
}

/**
 * A new meeting whose document starts as the given Markdown (an old meeting's
 * file, a pad's download). Dated by the first heading's date when the input
 * names none, since minutes files are headed by the day they record.
 */
export async function importMeeting(db: Db, store: Pick<DocStore, 'append'>, userId: string, input: ImportMeetingInput) {
  const { title, date, markdown } = importMeetingInput.parse(input)
  // Built before the meeting exists, so Markdown the codec cannot read leaves nothing behind.
  let update: Uint8Array
  try {
    update = markdownToYUpdate(markdown)
  } catch (error) {
    throw new UnreadableMarkdown(error instanceof Error ? error.message : String(error))
  }
  const heading = firstHeadingText(markdown)
  const meeting = await db.meeting.create({
    data: { id: newMeetingId(), title, date: date ?? (heading && firstIsoDate(heading)) ?? today(), createdById: userId },
  })
  try {
    // Nobody can have joined a meeting whose id nobody has been told yet: this is its first update.
    await store.append(meeting.id, update)
  } catch (error) {
    await db.meeting.delete({ where: { id: meeting.id } }).catch(() => undefined)
    throw error
  }
  return meeting
}
