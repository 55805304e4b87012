import { randomUUID } from 'node:crypto'
import { formatMegabytes } from '../../lib/images/format-megabytes'
import { pastedImageTypes } from '../../lib/images/pasted-image-name'
import type { Db } from '../db/client'
import { sniffImageType } from './sniff-image-type'

/** Why an upload was not stored, in words for the person who pasted it; `status` is the HTTP answer. */
export class ImageRefused extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 413 | 415,
  ) {
    super(message)
    this.name = 'ImageRefused'
  }
}

export interface StoredImage {
  fileName: string
  contentType: string
  size: number
}

/**
 * Keeps a pasted image of a meeting under a new `<uuid>.<ext>` name: the name
 * the minutes link it by and the file it is committed as. Its type is read
 * from its bytes; only PNG, JPEG, GIF and WebP are kept.
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
  const meeting = await db.meeting.findUnique({ where: { id: input.meetingId }, select: { id: true } })
  if (!meeting) throw new ImageRefused(`no meeting ${input.meetingId}`, 404)
  const stored: StoredImage = { fileName: `${randomUUID()}.${type}`, contentType: pastedImageTypes[type], size: bytes.length }
  await db.meetingImage.create({
    data: { ...stored, meetingId: meeting.id, bytes: Uint8Array.from(bytes), uploadedById: input.uploadedById },
  })
  return stored
}
