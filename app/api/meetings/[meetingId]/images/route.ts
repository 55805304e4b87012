import { NextResponse } from 'next/server'
import { z } from 'zod'
import { badInput, badRequest } from '../../../bad-input'
import { getSessionUser } from '@/server/auth/session-user'
import { config } from '@/server/config'
import { db } from '@/server/db/client'
import { copyMeetingImage } from '@/server/images/copy-meeting-image'
import { ImageRefused } from '@/server/images/image-refused'
import type { StoredImage } from '@/server/images/insert-meeting-image'
import { storeMeetingImage } from '@/server/images/store-meeting-image'
import { ensureUser } from '@/server/users/ensure-user'
import { readUpload } from './read-upload'

export const dynamic = 'force-dynamic'

/** A link to another meeting's image, pasted into this one's minutes. */
const copyInput = z.object({ copyOf: z.string().min(1).max(100) }).strict()

async function store(req: Request, meetingId: string, uploadedById: string): Promise<StoredImage | NextResponse> {
  if (/^application\/json/i.test(req.headers.get('content-type') ?? '')) {
    const parsed = copyInput.safeParse(await req.json().catch(() => null))
    if (!parsed.success) return badInput(parsed.error)
    return copyMeetingImage(db(), { meetingId, uploadedById, fileName: parsed.data.copyOf })
  }
  const maxBytes = config().IMAGE_MAX_BYTES
  const upload = await readUpload(req, maxBytes)
  if (!upload.ok) return upload.status === 400 ? badRequest(upload.error) : NextResponse.json({ error: upload.error }, { status: upload.status })
  return storeMeetingImage(db(), { meetingId, uploadedById, bytes: upload.bytes, maxBytes })
}

/**
 * Stores an image pasted or dropped into the meeting's minutes (the file as a
 * multipart field "file" or as the raw body), or, for JSON `{ "copyOf": name }`,
 * the meeting's own copy of another meeting's image. Answers the image's
 * `<uuid>.<ext>` name and URL.
 */
export async function POST(req: Request, { params }: { params: Promise<{ meetingId: string }> }) {
  const user = await getSessionUser()
  if (!user) return NextResponse.json({ error: 'sign in first' }, { status: 401 })
  const { meetingId } = await params
  const uploader = await ensureUser(db(), user)
  try {
    const stored = await store(req, meetingId, uploader.id)
    if (stored instanceof NextResponse) return stored
    const url = `/api/meetings/${encodeURIComponent(meetingId)}/images/${stored.fileName}`
    return NextResponse.json({ fileName: stored.fileName, url }, { status: 201 })
  } catch (error) {
    if (error instanceof ImageRefused) return NextResponse.json({ error: error.message }, { status: error.status })
    throw error
  }
}
