import { NextResponse } from 'next/server'
import { badInput, badRequest } from '../../bad-input'
import { maxImportBytes } from '@/lib/meetings/markdown-import'
import { getSessionUser } from '@/server/auth/session-user'
import { processDocStore } from '@/server/collab/process-doc-store'
import { db } from '@/server/db/client'
import { importMeeting, UnreadableMarkdown } from '@/server/meetings/import-meeting'
import { importMeetingInput } from '@/server/meetings/import-meeting-input'
import { ensureUser } from '@/server/users/ensure-user'

export const dynamic = 'force-dynamic'

// JSON escaping can make the body several times the Markdown's size; the exact
// limit is checked on the decoded text, this only stops absurd bodies unread.
const maxBodyBytes = 8 * maxImportBytes

export async function POST(req: Request) {
  const user = await getSessionUser()
  if (!user) return NextResponse.json({ error: 'sign in first' }, { status: 401 })
  if (Number(req.headers.get('content-length') ?? 0) > maxBodyBytes) return badRequest(`markdown: the Markdown is larger than ${maxImportBytes / 1024 / 1024} MB`)
  const body: unknown = await req.json().catch(() => null)
  if (body === null) return badRequest('send JSON: { "title": …, "date"?: "YYYY-MM-DD", "markdown": … }')
  const parsed = importMeetingInput.safeParse(body)
  if (!parsed.success) return badInput(parsed.error)
  const owner = await ensureUser(db(), user)
  try {
    const m = await importMeeting(db(), processDocStore(), owner.id, parsed.data)
    return NextResponse.json({ id: m.id, title: m.title, date: m.date, url: `/m/${m.id}` }, { status: 201 })
  } catch (error) {
    if (error instanceof UnreadableMarkdown) return badRequest(`markdown: ${error.message}`)
    throw error
  }
}
