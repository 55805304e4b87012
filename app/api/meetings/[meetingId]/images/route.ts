import { NextResponse } from 'next/server'
import { getSessionUser } from '@/server/auth/session-user'
import { config } from '@/server/config'
import { db } from '@/server/db/client'
import { ImageRefused, storeMeetingImage } from '@/server/images/store-meeting-image'
import { ensureUser } from '@/server/users/ensure-user'
import { readUpload } from './read-upload'

export const dynamic = 'force-dynamic'

/** Stores an image pasted or dropped into the meeting's minutes; answers its `<uuid>.<ext>` name and URL. */
export async function POST(req: Request, { params }: { params: Promise<{ meetingId: string }> }) {
  const user = await getSessionUser()
  if (!user) return NextResponse.json({ error: 'sign in first' }, { status: 401 })
  const { meetingId } = await params
  const maxBytes = config().IMAGE_MAX_BYTES
  const upload = await readUpload(req, maxBytes)
  if (!upload.ok) return NextResponse.json({ error: upload.error }, { status: upload.status })
  const uploader = await ensureUser(db(), user)
  try {
    const stored = await storeMeetingImage(db(), { meetingId, uploadedById: uploader.id, bytes: upload.bytes, maxBytes })
    const url = `/api/meetings/${encodeURIComponent(meetingId)}/images/${stored.fileName}`
    return NextResponse.json({ fileName: stored.fileName, url }, { status: 201 })
  } catch (error) {
    if (error instanceof ImageRefused) return NextResponse.json({ error: error.message }, { status: error.status })
    throw error
  }
}
