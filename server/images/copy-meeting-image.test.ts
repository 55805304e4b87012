import { describe, expect, it } from 'vitest'
import { copyMeetingImage } from './copy-meeting-image'
import { ImageRefused } from './image-refused'
import { readMeetingImage } from './read-meeting-image'
import { storeMeetingImage } from './store-meeting-image'
import { setUpImageTestDatabase } from './testing/image-test-database'
import { makePng } from './testing/make-png'

const t = setUpImageTestDatabase()

async function pastedInto(meetingId: string, bytes: Uint8Array) {
  return storeMeetingImage(t.db, { meetingId, uploadedById: t.userId, bytes, maxBytes: 1024 * 1024 })
}

describe('copyMeetingImage', () => {
  it("gives a meeting its own copy of another meeting's image, under a new name, with the same bytes", async () => {
    const [from, to] = [await t.createMeeting(), await t.createMeeting()]
    const png = makePng(7, 5)
    const original = await pastedInto(from, png)
    const copy = await copyMeetingImage(t.db, { meetingId: to, uploadedById: t.userId, fileName: original.fileName })
    expect(copy.fileName).not.toBe(original.fileName)
    expect(copy.fileName.endsWith('.png')).toBe(true)
    expect(copy).toMatchObject({ contentType: 'image/png', size: png.length })
    expect(Buffer.from((await readMeetingImage(t.db, to, copy.fileName))!.bytes).equals(Buffer.from(png))).toBe(true)
    // The original stays where it was.
    expect(await readMeetingImage(t.db, from, original.fileName)).not.toBeNull()
  })

  it('answers an image the meeting already has as it is, without a second copy', async () => {
    const meetingId = await t.createMeeting()
    const original = await pastedInto(meetingId, makePng(2, 2))
    expect(await copyMeetingImage(t.db, { meetingId, uploadedById: t.userId, fileName: original.fileName })).toEqual(original)
    expect(await t.db.meetingImage.count({ where: { meetingId } })).toBe(1)
  })

  it('refuses names that are not stored images, and meetings that do not exist', async () => {
    const meetingId = await t.createMeeting()
    const refusal = (fileName: string, to = meetingId) =>
      copyMeetingImage(t.db, { meetingId: to, uploadedById: t.userId, fileName }).then(
        () => null,
        (e: unknown) => (e instanceof ImageRefused ? e.status : e),
      )
    expect(await refusal('../secret.png')).toBe(400)
    expect(await refusal(`${crypto.randomUUID()}.png`)).toBe(404)
    const stored = await pastedInto(meetingId, makePng(1, 1))
    expect(await refusal(stored.fileName, 'no-such-meeting')).toBe(404)
  })
})
