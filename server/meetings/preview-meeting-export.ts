import { lintMarkdown, type LintFinding } from '../../lib/markdown'
import { meetingImageSrc } from '../../lib/images/meeting-image-src'
import { renderMinutesHtml } from '../../lib/markdown/render-html'
import type { DocStore } from '../collab/doc-store'
import type { Db } from '../db/client'
import { previewExport, type ExportPreview } from '../export/preview-export'
import { readRepoLintConfig } from '../export/read-repo-lint-config'
import { prepareMeetingExport, type MeetingExportSettings } from './prepare-meeting-export'

export interface MeetingExportPreview extends ExportPreview<LintFinding> {
  /** "acme/minutes", or "local repository" for the embedded default. */
  repository: string
  /** True for the local repository: its "pull requests" are records beside the branches, with no page to open. */
  local: boolean
  /** The minutes rendered, safe to put into the page as they are. */
  html: string
  baseBranch: string
  lintConfig: { source: string | null; problem?: string }
}

/** What "Export" would commit for this meeting, linted as the target repository lints. Null: no such meeting. */
export async function previewMeetingExport(
  db: Db,
  store: Pick<DocStore, 'load'>,
  meetingId: string,
  settings: MeetingExportSettings,
): Promise<MeetingExportPreview | null> {
  const prepared = await prepareMeetingExport(db, store, meetingId, settings)
  if (!prepared) return null
  const { transport, repo, series, baseBranch, folder, fileName, markdown } = prepared
  const preview = await previewExport<LintFinding>(transport, { repo, baseBranch, folder, fileName, markdown })
  const { config, ...lintConfig } = await readRepoLintConfig(transport, repo, preview.baseSha, folder)
  return {
    ...preview,
    lintFindings: lintMarkdown(markdown, config),
    repository: series.repoOwner && series.repoName ? `${series.repoOwner}/${series.repoName}` : 'local repository',
    local: !(series.repoOwner && series.repoName),
    html: renderMinutesHtml(markdown, { imageSrc: (src) => meetingImageSrc(meetingId, src) }),
    baseBranch,
    lintConfig,
  }
}
