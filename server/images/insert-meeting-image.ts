import { randomUUID } from 'node:crypto'
import { pastedImageTypes, type PastedImageExtension } from '../../lib/images/pasted-image-name'
import type { Db } from '../db/client'
import { ImageRefused } from './image-refused'

export interface StoredImage {
  fileName: string
  contentType: string
  size: number
}

/**
 * Adds an image of a known type to a meeting under a fresh `<uuid>.<ext>`: the
 * name the minutes link it by and the file it is committed as.
 */
export async function insertMeetingImage(
  db: Db,
  input: { meetingId: string; uploadedById: string; type: PastedImageExtension; bytes: Uint8Array },
): Promise<StoredImage> {
  const meeting = await db.meeting.findUnique({ where: { id: input.meetingId }, select: { id: true, lockedAt: true } })
  if (!meeting) throw new ImageRefused(`no meeting ${input.meetingId}`, 404)
  // Its pull request was merged and its series locks merged minutes: they take no change, images included.
  if (meeting.lockedAt) throw new ImageRefused('these minutes are locked: their pull request was merged', 409)
  const stored: StoredImage = { fileName: `${randomUUID()}.${input.type}`, contentType: pastedImageTypes[input.type], size: input.bytes.length }
  await db.meetingImage.create({
    data: { ...stored, meetingId: meeting.id, bytes: Uint8Array.from(input.bytes), uploadedById: input.uploadedById },
  })
  return stored
}
