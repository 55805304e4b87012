import type { ExportPreviewJson, ExportResultJson } from './export-types'

/** What the export did, in one sentence, with the pull request to open. */
export function ExportOutcome({ result, preview }: { result: ExportResultJson; preview: ExportPreviewJson }) {
  const pr = `pull request #${result.pr.number}`
  const what = !result.committed
    ? `Nothing changed since the last export — ${pr} is up to date`
    : result.created
      ? `Opened ${pr}${result.fork ? ` from your fork ${result.headOwner}/${preview.repository.split('/')[1] ?? ''}` : ''}`
      : `Added a commit to ${pr}`
  return (
    <div data-testid="export-outcome" role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
      <p className="font-medium">{what}.</p>
      {preview.local ? (
        <p className="mt-1">
          Branch <code className="font-mono">{result.branch}</code> of the local repository now has commit{' '}
          <code className="font-mono">{result.commitSha.slice(0, 7)}</code>.
        </p>
      ) : (
        <p className="mt-1">
          <a href={result.pr.url} target="_blank" rel="noreferrer" className="font-medium text-emerald-800 underline">
            {result.pr.url}
          </a>
        </p>
      )}
    </div>
  )
}
