import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isPastedImageName } from '../../lib/images/pasted-image-name'
import { readMeetingImage } from './read-meeting-image'
import { ImageRefused } from './image-refused'
import { storeMeetingImage } from './store-meeting-image'
import { setUpImageTestDatabase } from './testing/image-test-database'
import { makePng } from './testing/make-png'

const t = setUpImageTestDatabase()
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'testing', 'fixtures', name)))
const maxBytes = 10 * 1024 * 1024

async function store(meetingId: string, bytes: Uint8Array, limit = maxBytes) {
  return storeMeetingImage(t.db, { meetingId, uploadedById: t.userId, bytes, maxBytes: limit })
}

async function refusal(promise: Promise<unknown>): Promise<ImageRefused> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  if (!(error instanceof ImageRefused)) throw new Error(`expected a refusal, got ${String(error)}`)
  return error
}

describe('storeMeetingImage and readMeetingImage', () => {
  it('stores each accepted type under a fresh <uuid>.<ext> and serves back the same bytes', async () => {
    const meetingId = await t.createMeeting()
    const inputs = [
      { bytes: makePng(5, 4), ext: 'png', type: 'image/png' },
      { bytes: fixture('pixel.jpg'), ext: 'jpg', type: 'image/jpeg' },
      { bytes: fixture('pixel.gif'), ext: 'gif', type: 'image/gif' },
      { bytes: fixture('pixel.webp'), ext: 'webp', type: 'image/webp' },
    ]
    for (const input of inputs) {
      const stored = await store(meetingId, input.bytes)
      expect(isPastedImageName(stored.fileName)).toBe(true)
      expect(stored.fileName.endsWith(`.${input.ext}`)).toBe(true)
      expect(stored).toMatchObject({ contentType: input.type, size: input.bytes.length })
      const read = await readMeetingImage(t.db, meetingId, stored.fileName)
      expect(read?.contentType).toBe(input.type)
      expect(Buffer.from(read!.bytes).equals(Buffer.from(input.bytes))).toBe(true)
    }
  })

  it('gives the same picture pasted twice two names: deleting one link must not lose the other', async () => {
    const meetingId = await t.createMeeting()
    const png = makePng(3, 3)
    const [a, b] = [await store(meetingId, png), await store(meetingId, png)]
    expect(a.fileName).not.toBe(b.fileName)
    expect(await t.db.meetingImage.count({ where: { meetingId } })).toBe(2)
  })

  it('refuses an image over the limit, saying both sizes, and keeps nothing', async () => {
    const meetingId = await t.createMeeting()
    const png = makePng(64, 64)
    const error = await refusal(store(meetingId, png, png.length - 1))
    expect(error.status).toBe(413)
    expect(error.message).toMatch(/images up to .* MB can be pasted/)
    expect(await store(meetingId, png, png.length)).toMatchObject({ size: png.length })
    expect(await t.db.meetingImage.count({ where: { meetingId } })).toBe(1)
  })

  it('refuses SVG for its scripts, and anything that is not an image, by content', async () => {
    const meetingId = await t.createMeeting()
    const svg = await refusal(store(meetingId, fixture('script.svg')))
    expect(svg.status).toBe(415)
    expect(svg.message).toMatch(/SVG images are not accepted/)
    const html = await refusal(store(meetingId, new TextEncoder().encode('<html><script>alert(1)</script></html>')))
    expect(html.message).toBe('this is not a PNG, JPEG, GIF or WebP image')
    expect((await refusal(store(meetingId, new Uint8Array()))).message).toBe('the image is empty')
    expect(await t.db.meetingImage.count({ where: { meetingId } })).toBe(0)
  })

  it('refuses an image for a meeting that does not exist, or whose minutes are locked', async () => {
    const error = await refusal(store('no-such-meeting', makePng(1, 1)))
    expect(error.status).toBe(404)
    const locked = await t.createMeeting()
    await t.db.meeting.update({ where: { id: locked }, data: { lockedAt: new Date() } })
    const refused = await refusal(store(locked, makePng(1, 1)))
    expect(refused.status).toBe(409)
    expect(refused.message).toMatch(/locked/)
    expect(await t.db.meetingImage.count({ where: { meetingId: locked } })).toBe(0)
  })

  it("reads no image through another meeting, nor any name that is not a stored image's", async () => {
    const mine = await t.createMeeting()
    const other = await t.createMeeting()
    const stored = await store(mine, makePng(2, 2))
    expect(await readMeetingImage(t.db, other, stored.fileName)).toBeNull()
    expect(await readMeetingImage(t.db, mine, stored.fileName.replace('.png', '.gif'))).toBeNull()
    expect(await readMeetingImage(t.db, mine, `../${stored.fileName}`)).toBeNull()
    expect(await readMeetingImage(t.db, mine, stored.fileName)).not.toBeNull()
  })
})
