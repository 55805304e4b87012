import { meetingFileName } from '../../lib/series/file-name'
import type { DocStore } from '../collab/doc-store'
import type { Db } from '../db/client'
import { createExportTransport } from '../export/create-export-transport'
import { defaultLocalRepo, type ExportConfig } from '../export/export-config'
import { hasRepoScope } from '../auth/has-repo-scope'
import { NoSeriesError, PrivateRepoScopeError } from '../export/export-errors'
import { previewExportInput } from '../export/export-input'
import type { ExportTransport, RepositoryRef } from '../export/export-transport'
import { ensureLocalRepository } from '../export/git/ensure-local-repository'
import { readMeetingMarkdown } from './read-meeting-markdown'

export interface MeetingExportSettings {
  config: ExportConfig
  /** The signed-in user's GitHub token; null when they have none (local sign-in, or forgotten). */
  githubToken: string | null
  /** Whose token it is: a private repository needs that token to carry the `repo` scope. */
  userId: string | null
}

/**
 * Everything preview and export share: the meeting and its series, the stored
 * minutes (what Download .md gives), where they go and the transport to get
 * there. Null when there is no such meeting.
 */
export async function prepareMeetingExport(db: Db, store: Pick<DocStore, 'load'>, meetingId: string, settings: MeetingExportSettings) {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, include: { series: true } })
  if (!meeting) return null
  const { series } = meeting
  if (!series) throw new NoSeriesError()
  const fileName = meeting.fileName ?? meetingFileName(series.fileNamePattern, meeting.date, new Set())
  // Checked before anything is created from them: a branch name is also a git argument.
  const where = previewExportInput.pick({ baseBranch: true, folder: true, fileName: true }).parse({ baseBranch: series.baseBranch, folder: series.folder, fileName })
  const onGitHub = Boolean(series.repoOwner && series.repoName)
  // Checked before GitHub is asked: with only public_repo, GitHub answers a
  // private repository with a 404 that reads like a missing repository.
  if (onGitHub && series.privateRepo && settings.githubToken && settings.userId && !(await hasRepoScope(db, settings.userId, true))) {
    throw new PrivateRepoScopeError(`${series.repoOwner}/${series.repoName}`)
  }
  if (!onGitHub) {
    const configured = settings.config.EXPORT_LOCAL_REPO
    await ensureLocalRepository(configured ?? defaultLocalRepo, where.baseBranch, { ownedByApp: configured === undefined })
  }
  const { transport, repo }: { transport: ExportTransport; repo: RepositoryRef } = createExportTransport(settings.config, {
    repoOwner: series.repoOwner,
    repoName: series.repoName,
    githubToken: settings.githubToken,
  })
  const markdown = await readMeetingMarkdown(store, meeting.id)
  return { meeting, series, markdown, transport, repo, ...where }
}
