import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { MeetingEditor } from '@/components/editor/MeetingEditor'
import { TopBar } from '@/components/layout/TopBar'
import { getSessionUser } from '@/server/auth/session-user'
import { db } from '@/server/db/client'
import { readGitHubToken } from '@/server/auth/read-github-token'
import { processDocStore } from '@/server/collab/process-doc-store'
import { exportConfig } from '@/server/export/export-config'
import { getMeeting } from '@/server/meetings/get-meeting'
import { refreshPullStateQuietly } from '@/server/meetings/refresh-pull-state-quietly'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ meetingId: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await getMeeting(db(), (await params).meetingId)
  return { title: meeting ? `${meeting.title} ${meeting.date}` : 'Meeting not found' }
}

export default async function MeetingPage({ params }: Props) {
  const { meetingId } = await params
  const user = await getSessionUser()
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/m/${meetingId}`)}`)
  const meeting = await getMeeting(db(), meetingId)
  if (!meeting) notFound()
  // A merge on GitHub since the last look shows here, and locks the meeting when its series says so.
  const pull = await refreshPullStateQuietly(db(), processDocStore(), meeting, { config: exportConfig(), githubToken: await readGitHubToken(db(), user.id), userId: user.id })
  return (
    <>
      <TopBar user={user} />
      <MeetingEditor
        meeting={{ id: meeting.id, title: meeting.title, date: meeting.date }}
        user={{ login: user.login, name: user.name, color: user.color }}
        exportRecord={{ inSeries: meeting.seriesId !== null, prNumber: meeting.prNumber, prUrl: meeting.prUrl, prState: pull.prState }}
        locked={pull.lockedAt !== null}
      />
    </>
  )
}
