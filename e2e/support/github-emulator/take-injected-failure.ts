import type { EmulatorState, InjectedFailure } from './emulator-state'
import { GitHubApiError, protectedBranchError } from './github-api-error'

function matches(failure: InjectedFailure, method: string, path: string): boolean {
  if (failure.method && failure.method.toUpperCase() !== method) return false
  if (failure.path instanceof RegExp ? !failure.path.test(path) : failure.path && !path.includes(failure.path)) return false
  // Protection only ever refuses ref writes, so by default it waits for one.
  if (failure.kind === 'branch-protected' && !failure.path) return method !== 'GET' && path.includes('/git/refs')
  return true
}

/** The first armed failure for this request, used up by one; null lets the request through. */
export function takeInjectedFailure(state: EmulatorState, method: string, path: string): InjectedFailure | null {
  const index = state.failures.findIndex((f) => f.left > 0 && matches(f, method, path))
  const failure = state.failures[index]
  if (!failure) return null
  failure.left--
  if (failure.left <= 0) state.failures.splice(index, 1)
  return failure
}

/**
 * The answer GitHub gives for each failure. 'network' has none: the caller
 * destroys the socket instead.
 */
export function injectedFailureError(failure: InjectedFailure, path: string, body: Record<string, unknown>): GitHubApiError {
  switch (failure.kind) {
    case 'bad-credentials':
      return new GitHubApiError(401, 'Bad credentials')
    case 'not-found':
      return new GitHubApiError(404, 'Not Found')
    case 'forbidden':
      return new GitHubApiError(403, failure.message ?? 'Resource not accessible by integration')
    case 'branch-protected': {
      const fromBody = typeof body.ref === 'string' ? body.ref : null
      const fromPath = /\/git\/refs\/(.+)$/.exec(path)?.[1]
      return protectedBranchError(fromBody ?? `refs/${fromPath ?? 'heads/unknown'}`, failure.status ?? 422)
    }
    case 'rate-limit': {
      const wait = failure.resetInSeconds ?? 60
      const reset = String(Math.floor(Date.now() / 1000) + wait)
      if (failure.secondary) {
        return new GitHubApiError(
          failure.status ?? 403,
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          { headers: { 'retry-after': String(wait) } },
        )
      }
      return new GitHubApiError(failure.status ?? 403, 'API rate limit exceeded for user.', {
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset, 'retry-after': String(wait) },
        documentationUrl: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      })
    }
    case 'server-error':
      return new GitHubApiError(failure.status ?? 502, 'Server Error')
    case 'network':
      return new GitHubApiError(0, 'network')
  }
}
