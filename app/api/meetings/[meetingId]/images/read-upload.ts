import { z } from 'zod'
import { formatMegabytes } from '@/lib/images/format-megabytes'
import { zodIssueLines } from '@/lib/zod-issue-lines'

// A multipart body carries its boundaries and part headers around the file.
const multipartOverhead = 64 * 1024

export type Upload = { ok: true; bytes: Uint8Array } | { ok: false; status: 400 | 413; error: string }

const uploadForm = z.object({ file: z.instanceof(File, { message: 'send the image as the form field "file"' }) })

/** The body, read only while it stays within `limit` bytes: an oversized upload is refused unread. */
async function readAtMost(req: Request, limit: number): Promise<Uint8Array | null> {
  if (Number(req.headers.get('content-length') ?? 0) > limit) return null
  if (!req.body) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = req.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.length
    if (total > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  return bytes
}

/**
 * The uploaded image's bytes, from a multipart form (field "file") or a raw
 * body. What type the image is comes later, from the bytes, never from here.
 */
export async function readUpload(req: Request, maxBytes: number): Promise<Upload> {
  const tooLarge: Upload = { ok: false, status: 413, error: `the image is larger than ${formatMegabytes(maxBytes)}, the most that can be pasted` }
  const contentType = req.headers.get('content-type') ?? ''
  const multipart = /^multipart\/form-data/i.test(contentType)
  const body = await readAtMost(req, multipart ? maxBytes + multipartOverhead : maxBytes)
  if (!body) return tooLarge
  if (!multipart) return { ok: true, bytes: body }
  const form = await new Response(Uint8Array.from(body), { headers: { 'content-type': contentType } }).formData().catch(() => null)
  if (!form) return { ok: false, status: 400, error: 'the multipart form could not be read' }
  const parsed = uploadForm.safeParse(Object.fromEntries(form))
  if (!parsed.success) return { ok: false, status: 400, error: zodIssueLines(parsed.error).join('; ') }
  if (parsed.data.file.size > maxBytes) return tooLarge
  return { ok: true, bytes: new Uint8Array(await parsed.data.file.arrayBuffer()) }
}
