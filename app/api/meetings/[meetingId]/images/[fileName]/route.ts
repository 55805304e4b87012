import { NextResponse } from 'next/server'
import { z } from 'zod'
import { isPastedImageName } from '@/lib/images/pasted-image-name'
import { getSessionUser } from '@/server/auth/session-user'
import { db } from '@/server/db/client'
import { readMeetingImage } from '@/server/images/read-meeting-image'

export const dynamic = 'force-dynamic'

const imageParams = z.object({
  meetingId: z.string().min(1),
  fileName: z.string().refine(isPastedImageName),
})

/** A pasted image, for the people who may read the minutes it is in. */
export async function GET(_req: Request, { params }: { params: Promise<{ meetingId: string; fileName: string }> }) {
  if (!(await getSessionUser())) return NextResponse.json({ error: 'sign in first' }, { status: 401 })
  const parsed = imageParams.safeParse(await params)
  const image = parsed.success ? await readMeetingImage(db(), parsed.data.meetingId, parsed.data.fileName) : null
  if (!parsed.success || !image) return NextResponse.json({ error: 'no such image in this meeting' }, { status: 404 })
  return new Response(Uint8Array.from(image.bytes), {
    headers: {
      'content-type': image.contentType,
      'content-length': String(image.bytes.length),
      'x-content-type-options': 'nosniff',
      // A name is a fresh uuid for every upload, so its bytes never change; private because only signed-in people may see it.
      'cache-control': 'private, max-age=31536000, immutable',
      // Opened on its own, the image still runs nothing.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      'content-disposition': `inline; filename="${parsed.data.fileName}"`,
    },
  })
}
