import type { Db } from '../db/client'
import type { PullRequestState } from '../export/export-transport'
import { prepareMeetingExport, type MeetingExportSettings } from './prepare-meeting-export'
import type { DocStore } from '../collab/doc-store'

export interface PullState {
  prState: PullRequestState | null
  lockedAt: Date | null
}

/**
 * Asks the repository how the meeting's pull request stands now (merged or
 * closed by someone on GitHub) and records it; a merge locks the meeting when
 * its series says so. Null when there is no such meeting. Throws what the
 * transport throws: the caller decides whether a stale state will do.
 */
export async function refreshPullState(db: Db, store: Pick<DocStore, 'load'>, meetingId: string, settings: MeetingExportSettings): Promise<PullState | null> {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, include: { series: true } })
  if (!meeting) return null
  const recorded = { prState: (meeting.prState as PullRequestState | null) ?? null, lockedAt: meeting.lockedAt }
  if (!meeting.exportBranch || !meeting.exportHeadOwner || !meeting.prNumber || !meeting.series) return recorded
  const prepared = await prepareMeetingExport(db, store, meetingId, settings)
  if (!prepared) return null
  const pulls = await prepared.transport.listPullRequests(prepared.repo, { headOwner: meeting.exportHeadOwner, branch: meeting.exportBranch })
  const pull = pulls.find((p) => p.number === meeting.prNumber)
  if (!pull) return recorded
  const lockedAt = meeting.lockedAt ?? (pull.state === 'merged' && meeting.series.lockAfterMerge ? new Date() : null)
  if (pull.state === meeting.prState && lockedAt === meeting.lockedAt) return recorded
  await db.meeting.update({ where: { id: meeting.id }, data: { prState: pull.state, lockedAt } })
  return { prState: pull.state, lockedAt }
}
