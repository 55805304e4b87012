import {
  BranchProtectedError,
  ExportConflictError,
  ExportError,
  ExportFailedError,
  GitHubUnavailableError,
  NetworkError,
  NoAccessError,
  RateLimitedError,
  TokenInvalidError,
} from '../export-errors'

/** The parts of Octokit's RequestError this reads, checked by shape so no second copy of the class matters. */
interface HttpFailure {
  name: 'HttpError'
  status: number
  message: string
  response?: { headers: Record<string, string | number | undefined>; data: unknown }
}

export interface OctokitErrorContext {
  /** "owner/name", for messages. */
  fullName: string
  /** The branch being written, when there is one: protection and conflicts name it. */
  branch?: string
  /** What a 404 means here; by default the user lost access between the first read and this call. */
  notFound?: () => ExportError
  now?: () => number
}

function isHttpFailure(error: unknown): error is HttpFailure {
  return error instanceof Error && error.name === 'HttpError' && typeof (error as { status?: unknown }).status === 'number'
}

function messageOf(data: unknown): string {
  if (typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string') {
    const errors = 'errors' in data && Array.isArray(data.errors) ? data.errors : []
    const details = errors.map((e: unknown) => (typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : '')).filter(Boolean)
    return [data.message, ...details].join(': ')
  }
  return typeof data === 'string' ? data : ''
}

function header(headers: Record<string, string | number | undefined>, name: string): string | undefined {
  const value = headers[name]
  return value === undefined ? undefined : String(value)
}

/**
 * GitHub signals both rate limits with 403 or 429: the primary one with
 * x-ratelimit-remaining 0 and an epoch reset time, the secondary one with
 * retry-after in seconds (or only its message).
 */
function rateLimitReset(status: number, headers: Record<string, string | number | undefined>, message: string, now: number): Date | null {
  if (status !== 403 && status !== 429) return null
  const retryAfter = header(headers, 'retry-after')
  const remaining = header(headers, 'x-ratelimit-remaining')
  const reset = header(headers, 'x-ratelimit-reset')
  if (retryAfter !== undefined && Number.isFinite(Number(retryAfter))) return new Date(now + Number(retryAfter) * 1000)
  if (remaining === '0' && reset !== undefined && Number.isFinite(Number(reset))) return new Date(Number(reset) * 1000)
  if (status === 429 || /rate limit/i.test(message)) return new Date(now + 60_000)
  return null
}

/** Turns whatever Octokit threw into the export error the page explains. */
export function mapOctokitError(error: unknown, context: OctokitErrorContext): ExportError {
  if (error instanceof ExportError) return error
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) return new NetworkError({ cause: error })
  if (!isHttpFailure(error)) {
    return new ExportFailedError(error instanceof Error ? error.message : String(error), { cause: error })
  }
  // Octokit reports a request that never got an answer as status 500 without a response.
  if (error.response === undefined) return new NetworkError({ cause: error })

  const { status } = error
  const { headers, data } = error.response
  const message = messageOf(data)
  const resetAt = rateLimitReset(status, headers, message, (context.now ?? Date.now)())
  if (resetAt) return new RateLimitedError(resetAt, { cause: error })
  if (status === 401) return new TokenInvalidError({ cause: error })
  if (status >= 500) return new GitHubUnavailableError(status, { cause: error })
  if (context.branch !== undefined) {
    if (/protected branch|rule violations?|protected ref/i.test(message)) {
      return new BranchProtectedError(context.branch, message, { cause: error })
    }
    if (status === 422 && /already exists|not a fast.forward/i.test(message)) return new ExportConflictError(context.branch, { cause: error })
  }
  if (status === 404) return context.notFound?.() ?? new NoAccessError(context.fullName, { cause: error })
  if (status === 403) return new NoAccessError(context.fullName, { cause: error })
  return new ExportFailedError(`GitHub answered ${status}${message ? `: ${message}` : ''}`, { cause: error })
}
