import { formatMegabytes } from '../../lib/images/format-megabytes'
import type { Db } from '../db/client'
import { ImageRefused } from './image-refused'
import { insertMeetingImage, type StoredImage } from './insert-meeting-image'
import { sniffImageType } from './sniff-image-type'

/**
 * Keeps a pasted image of a meeting. Its type is read from its bytes; only
 * PNG, JPEG, GIF and WebP are kept.
 */
export async function storeMeetingImage(
  db: Db,
  input: { meetingId: string; uploadedById: string; bytes: Uint8Array; maxBytes: number },
): Promise<StoredImage> {
  const { bytes, maxBytes } = input
  if (bytes.length === 0) throw new ImageRefused('the image is empty', 400)
  if (bytes.length > maxBytes) {
    throw new ImageRefused(`the image is ${formatMegabytes(bytes.length)}; images up to ${formatMegabytes(maxBytes)} can be pasted`, 413)
  }
  const type = sniffImageType(bytes)
  if (type === 'svg') {
    throw new ImageRefused('SVG images are not accepted: they can carry scripts. Paste it as PNG instead', 415)
  }
  if (type === null) throw new ImageRefused('this is not a PNG, JPEG, GIF or WebP image', 415)
  return insertMeetingImage(db, { meetingId: input.meetingId, uploadedById: input.uploadedById, type, bytes })
}
