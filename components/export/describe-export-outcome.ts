import type { ExportPreviewJson, ExportResultJson } from './export-types'

/**
 * What the export did, in one sentence. The local repository has no pull
 * requests: its "pull request" is only the meeting's record of the branch, so
 * the sentence names the branch and commit instead of a number nobody can open.
 */
export function describeExportOutcome(result: ExportResultJson, preview: Pick<ExportPreviewJson, 'local' | 'repository'>): string {
  if (preview.local) {
    const branch = `branch ${result.branch} of the local repository`
    if (!result.committed) return `Nothing changed since the last export — ${branch} is up to date (commit ${result.commitSha.slice(0, 7)})`
    return `${result.created ? 'Committed to' : 'Added a commit to'} ${branch} (commit ${result.commitSha.slice(0, 7)})`
  }
  const pr = `pull request #${result.pr.number}`
  if (!result.committed) return `Nothing changed since the last export — ${pr} is up to date`
  if (!result.created) return `Added a commit to ${pr}`
  return `Opened ${pr}${result.fork ? ` from your fork ${result.headOwner}/${preview.repository.split('/')[1] ?? ''}` : ''}`
}
