import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { readExportedImages } from './read-exported-images'
import { makePng } from './testing/make-png'
import { setUpImageTestDatabase } from './testing/image-test-database'

const t = setUpImageTestDatabase()

async function meetingWithImages(count: number): Promise<{ meetingId: string; names: string[]; bytes: Uint8Array[] }> {
  const meetingId = await t.createMeeting()
  const names: string[] = []
  const bytes: Uint8Array[] = []
  for (let i = 0; i < count; i++) {
    const png = makePng(2 + i, 2, [i * 40, 10, 200])
    const fileName = `${randomUUID()}.png`
    await t.db.meetingImage.create({
      data: { fileName, meetingId, contentType: 'image/png', size: png.length, bytes: png, uploadedById: t.userId },
    })
    names.push(fileName)
    bytes.push(png)
  }
  return { meetingId, names, bytes }
}

describe('readExportedImages', () => {
  it('returns the linked images with their stored bytes, once each, in order of appearance', async () => {
    const { meetingId, names, bytes } = await meetingWithImages(2)
    const markdown = `# 2024-07-24\n\n- ![chart](${names[1]}) and ![](./${names[0]})\n- again ![x](${names[1]} "title")\n`
    const images = await readExportedImages(t.db, meetingId, markdown)
    expect(images.map((i) => i.name)).toEqual([names[1], names[0]])
    expect(images[0]!.bytes).toBeInstanceOf(Uint8Array)
    expect(Buffer.from(images[0]!.bytes).equals(Buffer.from(bytes[1]!))).toBe(true)
    expect(Buffer.from(images[1]!.bytes).equals(Buffer.from(bytes[0]!))).toBe(true)
  })

  it('leaves out an image that was deleted from the minutes', async () => {
    const { meetingId, names } = await meetingWithImages(2)
    const images = await readExportedImages(t.db, meetingId, `Only ![one](${names[0]}) is left.\n`)
    expect(images.map((i) => i.name)).toEqual([names[0]])
  })

  it('leaves out names that are text, not images: code, plain links and words', async () => {
    const { meetingId, names } = await meetingWithImages(3)
    const markdown = [
      `\`![code](${names[0]})\``,
      '',
      '```',
      `![fenced](${names[1]})`,
      '```',
      '',
      `[a link, not an image](${names[2]}) and ${names[2]}`,
      '',
    ].join('\n')
    expect(await readExportedImages(t.db, meetingId, markdown)).toEqual([])
  })

  it("does not take another meeting's image, a remote image, or a path outside the folder", async () => {
    const mine = await meetingWithImages(1)
    const theirs = await meetingWithImages(1)
    const markdown = [
      `![theirs](${theirs.names[0]})`,
      `![remote](https://example.org/${mine.names[0]})`,
      `![up](../${mine.names[0]})`,
      `![abs](/${mine.names[0]})`,
      `![unknown](${randomUUID()}.png)`,
      '',
    ].join('\n\n')
    expect(await readExportedImages(t.db, mine.meetingId, markdown)).toEqual([])
  })

  it('is empty for minutes without images', async () => {
    const { meetingId } = await meetingWithImages(1)
    expect(await readExportedImages(t.db, meetingId, '# 2024-07-24\n\nNo pictures today.\n')).toEqual([])
  })
})
