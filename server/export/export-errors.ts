// Every way an export can fail, as a type the page can switch on and a sentence
// it can show. An export that throws one of these has left nothing that a retry
// of the same export cannot finish: objects may be written, but refs only move
// as the last step of each stage and every stage is found again on retry.

export interface ExportErrorResponse {
  code: string
  message: string
  retryable: boolean
  resetAt?: string
  baseSha?: string
  existing?: string | null
  diff?: string
}

export abstract class ExportError extends Error {
  abstract readonly code: string
  /** False where trying again unchanged cannot help (the user must act first). */
  abstract readonly retryable: boolean

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
  }

  /** What an API route sends to the page: no stack, no token, no raw GitHub body. */
  toResponse(): ExportErrorResponse {
    return { code: this.code, message: this.message, retryable: this.retryable }
  }
}

export class TokenInvalidError extends ExportError {
  readonly code = 'token-invalid'
  readonly retryable = false
  constructor(options?: { cause?: unknown }) {
    super('Your GitHub sign-in has expired or was revoked — sign in again', options)
  }
}

export class NoAccessError extends ExportError {
  readonly code = 'no-access'
  readonly retryable = false
  constructor(fullName: string, options?: { cause?: unknown }) {
    super(`Your GitHub account may not write to ${fullName} — ask its owners for access`, options)
  }
}

/** The series' repository is private and the user's GitHub sign-in only allowed public ones. */
export class PrivateRepoScopeError extends ExportError {
  readonly code = 'private-repo-scope'
  readonly retryable = false
  constructor(fullName: string) {
    super(`${fullName} is a private repository, and your GitHub sign-in only lets Live Minutes write to public ones — sign in with GitHub again to allow private repositories`)
  }
}

export class RepoNotFoundError extends ExportError {
  readonly code = 'repo-not-found'
  readonly retryable = false
  constructor(fullName: string, options?: { cause?: unknown }) {
    // GitHub answers 404 both for a missing repository and for a private one the
    // user cannot see, so the sentence has to cover both.
    super(`The repository ${fullName} does not exist, or your GitHub account cannot see it`, options)
  }
}

export class BaseBranchNotFoundError extends ExportError {
  readonly code = 'base-branch-not-found'
  readonly retryable = false
  constructor(fullName: string, branch: string, options?: { cause?: unknown }) {
    super(`The branch ${branch} does not exist in ${fullName} — check the series' base branch`, options)
  }
}

export class BranchProtectedError extends ExportError {
  readonly code = 'branch-protected'
  readonly retryable = false
  constructor(branch: string, detail: string | undefined, options?: { cause?: unknown }) {
    super(`The branch ${branch} is protected and refused the commit${detail ? `: ${detail}` : ''}`, options)
  }
}

export class RateLimitedError extends ExportError {
  readonly code = 'rate-limited'
  readonly retryable = true
  constructor(
    readonly resetAt: Date,
    options?: { cause?: unknown },
  ) {
    super(`GitHub's rate limit is used up — try again after ${resetAt.toISOString().slice(11, 16)} UTC`, options)
  }

  override toResponse(): ExportErrorResponse {
    return { ...super.toResponse(), resetAt: this.resetAt.toISOString() }
  }
}

/** The minutes file changed on the base branch since the preview the user approved. */
export class BaseChangedError extends ExportError {
  readonly code = 'base-changed'
  readonly retryable = false
  constructor(
    readonly baseSha: string,
    readonly existing: string | null,
    readonly diff: string,
  ) {
    super('The minutes file changed on GitHub since your preview — check the new changes and export again')
  }

  override toResponse(): ExportErrorResponse {
    return { ...super.toResponse(), baseSha: this.baseSha, existing: this.existing, diff: this.diff }
  }
}

export class NetworkError extends ExportError {
  readonly code = 'network'
  readonly retryable = true
  constructor(options?: { cause?: unknown }) {
    super('Could not reach GitHub — check the connection and try again', options)
  }
}

export class GitHubUnavailableError extends ExportError {
  readonly code = 'github-unavailable'
  readonly retryable = true
  constructor(
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(`GitHub is having trouble (HTTP ${status}) — try again in a moment`, options)
  }
}

/** A new branch would hold exactly what the base branch already has: there is nothing to propose. */
export class NothingToExportError extends ExportError {
  readonly code = 'nothing-to-export'
  readonly retryable = false
  constructor(path: string) {
    super(`${path} on the base branch already matches these minutes — there is nothing to export`)
  }
}

/** The branch moved between reading and writing it: another export or a person pushed to it. */
export class ExportConflictError extends ExportError {
  readonly code = 'export-conflict'
  readonly retryable = true
  constructor(branch: string, options?: { cause?: unknown }) {
    super(`The branch ${branch} changed while exporting — try again`, options)
  }
}

/** A meeting outside a series has no repository, folder or file name to export to. */
export class NoSeriesError extends ExportError {
  readonly code = 'no-series'
  readonly retryable = false
  constructor() {
    super('This meeting is not part of a series, so it has no repository to go to — start it from a series to export it')
  }
}

/** Anything not foreseen; the cause keeps the detail for the server log. */
export class ExportFailedError extends ExportError {
  readonly code = 'export-failed'
  readonly retryable = true
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`The export failed: ${detail}`, options)
  }
}
