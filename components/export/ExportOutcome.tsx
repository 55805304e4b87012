import { describeExportOutcome } from './describe-export-outcome'
import type { ExportPreviewJson, ExportResultJson } from './export-types'

/** What the export did, in one sentence, with the pull request to open. */
export function ExportOutcome({ result, preview }: { result: ExportResultJson; preview: ExportPreviewJson }) {
  return (
    <div data-testid="export-outcome" role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
      <p className="font-medium">{describeExportOutcome(result, preview)}.</p>
      {preview.local ? (
        <p className="mt-1">A local repository has no pull requests: the meeting keeps a record of this branch instead, and a reviewer merges it with git.</p>
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
