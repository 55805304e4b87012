import { isPastedImageName } from '../../lib/images/pasted-image-name'
import type { Db } from '../db/client'

export interface MeetingImageFile {
  contentType: string
  bytes: Uint8Array
}

/** A stored image of the meeting, or null when that meeting has no image of that name. */
export async function readMeetingImage(db: Db, meetingId: string, fileName: string): Promise<MeetingImageFile | null> {
  if (!isPastedImageName(fileName)) return null
  const row = await db.meetingImage.findUnique({ where: { fileName }, select: { meetingId: true, contentType: true, bytes: true } })
  if (!row || row.meetingId !== meetingId) return null
  return { contentType: row.contentType, bytes: new Uint8Array(row.bytes) }
}
