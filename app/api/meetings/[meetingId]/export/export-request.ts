// What both export routes need from a request: the signed-in user, the body
// checked against its schema, the export settings with the user's token, and
// the answer for a failure. Route files hold only their own steps.
import { NextResponse } from 'next/server'
import type { z } from 'zod'
import { readSessionGitHubToken } from '@/server/auth/read-session-github-token'
import { getSessionUser, type SessionUser } from '@/server/auth/session-user'
import { config } from '@/server/config'
import { db } from '@/server/db/client'
import { forgetGitHubToken } from '@/server/auth/forget-github-token'
import { describeExportFailure } from '@/server/export/describe-export-failure'
import { TokenInvalidError } from '@/server/export/export-errors'
import { exportConfig } from '@/server/export/export-config'
import type { MeetingExportSettings } from '@/server/meetings/prepare-meeting-export'
import { ensureUser } from '@/server/users/ensure-user'
import { badInput, badRequest } from '../../../bad-input'

type Parsed<T> = { ok: true; user: SessionUser; userId: string; input: T; settings: MeetingExportSettings } | { ok: false; response: Response }

export async function readExportRequest<S extends z.ZodType>(req: Request, schema: S): Promise<Parsed<z.output<S>>> {
  const user = await getSessionUser()
  if (!user) return { ok: false, response: NextResponse.json({ error: 'sign in first' }, { status: 401 }) }
  const text = await req.text()
  let body: unknown = {}
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text)
    } catch {
      return { ok: false, response: badRequest('the request body is not JSON') }
    }
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) return { ok: false, response: badInput(parsed.error) }
  const { id: userId } = await ensureUser(db(), user)
  const settings = { config: exportConfig(), githubToken: await readSessionGitHubToken(db(), user), userId }
  return { ok: true, user, userId, input: parsed.data, settings }
}

/**
 * The live meeting's address for links in the pull request: PUBLIC_URL behind
 * a proxy, else the host the browser asked for (the custom server's req.url
 * carries its own listening address, not the one people use).
 */
export function meetingUrl(req: Request, meetingId: string): string {
  const url = new URL(req.url)
  const host = req.headers.get('host')
  const base = config().PUBLIC_URL ?? (host ? `${url.protocol}//${host}` : url.origin)
  return new URL(`/m/${encodeURIComponent(meetingId)}`, base).href
}

export function noMeeting(meetingId: string) {
  return NextResponse.json({ error: `no meeting ${meetingId}` }, { status: 404 })
}

/**
 * A typed export failure as the page shows it; anything unforeseen is logged
 * here, never sent. A token GitHub refused is forgotten, so the page keeps
 * asking for a new GitHub sign-in instead of failing the same way again.
 */
export async function exportFailure(error: unknown, request: { userId: string; settings: MeetingExportSettings }) {
  const token = request.settings.githubToken
  if (error instanceof TokenInvalidError && token) await forgetGitHubToken(db(), request.userId, token)
  const { status, body, headers } = describeExportFailure(error)
  if (body.code === 'export-failed') console.error('export failed:', error)
  return NextResponse.json({ error: body.message, ...body }, { status, headers })
}
