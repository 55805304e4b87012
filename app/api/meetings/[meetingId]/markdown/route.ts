import { NextResponse } from 'next/server'
import { z } from 'zod'
import { getSessionUser } from '@/server/auth/session-user'
import { processDocStore } from '@/server/collab/process-doc-store'
import { db } from '@/server/db/client'
import { getMeeting } from '@/server/meetings/get-meeting'
import { readMeetingMarkdown } from '@/server/meetings/read-meeting-markdown'

export const dynamic = 'force-dynamic'

const markdownQuery = z.object({
  download: z.enum(['0', '1']).optional(),
})

/** Meetings outside a series have no file name yet; the repository names minutes by their day. */
function downloadName(meeting: { fileName: string | null; date: string }): string {
  return meeting.fileName ?? `${meeting.date.replaceAll('-', '')}.md`
}

/** An attachment header that survives any file name: ASCII fallback plus the exact name, RFC 6266. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7E]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

export async function GET(req: Request, { params }: { params: Promise<{ meetingId: string }> }) {
  if (!(await getSessionUser())) return NextResponse.json({ error: 'sign in first' }, { status: 401 })
  const query = markdownQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams))
  if (!query.success) return NextResponse.json({ error: 'download: use 1 or 0' }, { status: 400 })
  const { meetingId } = await params
  const meeting = await getMeeting(db(), meetingId)
  if (!meeting) return NextResponse.json({ error: `no meeting ${meetingId}` }, { status: 404 })
  const markdown = await readMeetingMarkdown(processDocStore(), meeting.id)
  const headers: Record<string, string> = {
    'content-type': 'text/markdown; charset=utf-8',
    // Always the stored state of this moment, never a cached earlier one.
    'cache-control': 'no-store',
  }
  if (query.data.download === '1') headers['content-disposition'] = attachment(downloadName(meeting))
  return new Response(markdown, { headers })
}
