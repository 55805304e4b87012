import { agendaTitles } from '../../lib/agenda/agenda-titles'
import { participantHandles } from '../../lib/series/participant-handles'
import type { DocStore } from '../collab/doc-store'
import type { Db } from '../db/client'
import { commitAuthor } from '../export/commit-author'
import { exportMinutes, type ExportMinutesResult } from '../export/export-minutes'
import { fillExportPattern } from '../export/fill-export-pattern'
import { readExportedImages } from '../images/read-exported-images'
import { prepareMeetingExport, type MeetingExportSettings } from './prepare-meeting-export'

export interface ExportMeetingRequest {
  userId: string
  /** From the preview the user approved; a change to the file on the base branch since then stops the export. */
  expectedBaseSha?: string
  /** The live meeting's page, for {{link}} in the patterns. */
  meetingUrl: string
}

/**
 * Exports a meeting's stored minutes, with the pasted images they show, to
 * its series' repository as the signed-in user and records the branch and pull request on the meeting.
 * Null when there is no such meeting.
 */
export async function exportMeeting(
  db: Db,
  store: Pick<DocStore, 'load'>,
  meetingId: string,
  settings: MeetingExportSettings,
  request: ExportMeetingRequest,
): Promise<ExportMinutesResult | null> {
  const prepared = await prepareMeetingExport(db, store, meetingId, settings)
  if (!prepared) return null
  const { meeting, series, markdown, transport, repo, baseBranch, folder, fileName } = prepared
  const user = await db.user.findUniqueOrThrow({ where: { id: request.userId } })
  const values = {
    date: meeting.date,
    series: series.name,
    title: meeting.title,
    participants: participantHandles(markdown),
    agenda: agendaTitles(markdown),
    link: request.meetingUrl,
  }
  const previous =
    meeting.exportBranch && meeting.prNumber && meeting.exportHeadOwner
      ? { branch: meeting.exportBranch, prNumber: meeting.prNumber, headOwner: meeting.exportHeadOwner }
      : undefined
  const result = await exportMinutes(
    transport,
    {
      meetingId: meeting.id,
      repo,
      baseBranch,
      folder,
      fileName,
      markdown,
      date: meeting.date,
      images: await readExportedImages(db, meeting.id, markdown),
      author: commitAuthor(user, settings.config.GITHUB_WEB_URL),
      commitMessage: fillExportPattern(series.commitMessagePattern, values),
      dco: series.requireDco,
      pr: { title: fillExportPattern(series.prTitlePattern, values), body: fillExportPattern(series.prBodyPattern, values) },
      previous,
      expectedBaseSha: request.expectedBaseSha,
    },
    { maxRateLimitWaitMs: settings.config.EXPORT_RATE_LIMIT_MAX_WAIT_MS },
  )
  await db.meeting.update({
    where: { id: meeting.id },
    data: {
      exportBranch: result.branch,
      exportHeadOwner: result.headOwner,
      exportCommitSha: result.commitSha,
      prNumber: result.pr.number,
      prUrl: result.pr.url,
      prState: result.pr.state,
      exportedAt: new Date(),
    },
  })
  return result
}
