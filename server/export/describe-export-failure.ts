import { ZodError } from 'zod'
import { ExportError, type ExportErrorResponse } from './export-errors'
import { zodIssueLines } from '../../lib/zod-issue-lines'

const statusByCode: Record<string, number> = {
  'token-invalid': 401,
  'no-access': 403,
  'private-repo-scope': 403,
  'repo-not-found': 404,
  'base-branch-not-found': 404,
  'branch-protected': 409,
  'base-changed': 409,
  'nothing-to-export': 409,
  'export-conflict': 409,
  'no-series': 409,
  'rate-limited': 429,
  network: 502,
  'github-unavailable': 502,
  'export-failed': 500,
}

/**
 * What an API route answers when preview or export throws: the typed error's
 * code and sentence for the page, an HTTP status that matches, and Retry-After
 * for a rate limit. Anything else is a bug, reported without its details.
 */
export function describeExportFailure(error: unknown, now = Date.now()): { status: number; body: ExportErrorResponse; headers: Record<string, string> } {
  if (error instanceof ZodError) {
    const message = zodIssueLines(error).join('; ')
    return { status: 400, body: { code: 'invalid-input', message, retryable: false }, headers: {} }
  }
  if (error instanceof ExportError) {
    const body = error.toResponse()
    const headers: Record<string, string> = {}
    if (body.resetAt) headers['retry-after'] = String(Math.max(0, Math.ceil((Date.parse(body.resetAt) - now) / 1000)))
    return { status: statusByCode[error.code] ?? 500, body, headers }
  }
  return { status: 500, body: { code: 'export-failed', message: 'The export failed unexpectedly — try again', retryable: true }, headers: {} }
}
