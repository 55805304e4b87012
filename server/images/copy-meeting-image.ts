import { isPastedImageName, type PastedImageExtension } from '../../lib/images/pasted-image-name'
import type { Db } from '../db/client'
import { ImageRefused } from './image-refused'
import { insertMeetingImage, type StoredImage } from './insert-meeting-image'

/**
 * The meeting's own copy of a stored image whose link was pasted from other
 * minutes: a relative link only works, and is only committed, next to minutes
 * that have the file. An image the meeting already has is answered as it is.
 */
export async function copyMeetingImage(db: Db, input: { meetingId: string; uploadedById: string; fileName: string }): Promise<StoredImage> {
  if (!isPastedImageName(input.fileName)) throw new ImageRefused(`${input.fileName} is not the name of a pasted image`, 400)
  const source = await db.meetingImage.findUnique({ where: { fileName: input.fileName } })
  if (!source) throw new ImageRefused(`no stored image ${input.fileName}`, 404)
  if (source.meetingId === input.meetingId) return { fileName: source.fileName, contentType: source.contentType, size: source.size }
  const type = input.fileName.slice(input.fileName.lastIndexOf('.') + 1) as PastedImageExtension
  return insertMeetingImage(db, { meetingId: input.meetingId, uploadedById: input.uploadedById, type, bytes: source.bytes })
}
