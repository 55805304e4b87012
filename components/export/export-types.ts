// What the export routes answer, as the page reads it. The server's types
// stay on the server; these are the JSON shapes.
import type { ExportErrorResponse } from '@/server/export/export-errors'

export interface PreviewLintFinding {
  line: number
  rule: string
  description: string
  detail?: string
  severity: 'error' | 'warning'
}

export interface ExportPreviewJson {
  path: string
  markdown: string
  html: string
  baseSha: string
  existing: string | null
  diff: string
  unchanged: boolean
  repository: string
  local: boolean
  baseBranch: string
  lintFindings: PreviewLintFinding[]
  lintConfig: { source: string | null; problem?: string }
}

export interface ExportResultJson {
  branch: string
  commitSha: string
  committed: boolean
  pr: { number: number; url: string; state: 'open' | 'closed' | 'merged' }
  headOwner: string
  fork: boolean
  created: boolean
}

/** The routes' failure body: the typed error's code and sentence (server/export/export-errors.ts). */
export type ExportFailureJson = ExportErrorResponse

/** The meeting's export record as the page was rendered with it. */
export interface ExportRecord {
  inSeries: boolean
  prNumber: number | null
  prUrl: string | null
  prState: string | null
}
