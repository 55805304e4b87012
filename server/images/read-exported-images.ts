import { parseMarkdown } from '../../lib/markdown'
import { pastedImageNameOf } from '../../lib/images/pasted-image-name'
import type { Db } from '../db/client'

export interface ExportedImage {
  name: string
  bytes: Uint8Array
}

/** The stored images the Markdown links relatively, each once, in the order they first appear. */
function linkedImageNames(markdown: string): string[] {
  // Parsed with the editor's own codec, so an image inside a code span or a
  // code block (which is text, not an image) is not committed.
  const names = new Set<string>()
  parseMarkdown(markdown).descendants((node) => {
    if (node.type.name !== 'image') return true
    const name = pastedImageNameOf(String(node.attrs.src ?? ''))
    if (name) names.add(name)
    return false
  })
  return [...names]
}

/**
 * The images of one meeting that its exported Markdown actually shows: an
 * image pasted and later deleted from the minutes is not committed, nor is
 * another meeting's image whose name the text happens to carry.
 */
export async function readExportedImages(db: Db, meetingId: string, markdown: string): Promise<ExportedImage[]> {
  const names = linkedImageNames(markdown)
  if (names.length === 0) return []
  const rows = await db.meetingImage.findMany({
    where: { meetingId, fileName: { in: names } },
    select: { fileName: true, bytes: true },
  })
  const byName = new Map(rows.map((row) => [row.fileName, row.bytes]))
  return names.flatMap((name) => {
    const bytes = byName.get(name)
    return bytes ? [{ name, bytes: new Uint8Array(bytes) }] : []
  })
}
