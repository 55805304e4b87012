// Everything the emulated GitHub knows, in memory; the git objects themselves
// live in real bare repositories under dataDir so tests can read them with git.

export interface EmulatedUser {
  id: number
  login: string
  name: string
  email: string
}

export interface EmulatedToken {
  token: string
  login: string
  scopes: string[]
  revoked: boolean
  /** The primary rate limit, counted per token as GitHub does. */
  remaining: number
  resetAt: number
}

export interface EmulatedRepo {
  id: number
  owner: string
  name: string
  private: boolean
  defaultBranch: string
  /** Lower-cased logins with push rights; the owner always has them. */
  collaborators: Set<string>
  /** The bare repository on disk. */
  path: string
  /** The repository this one was forked from. */
  parent?: EmulatedRepo
  /** Issue and pull request numbers share one sequence per repository, as on GitHub. */
  lastNumber: number
  /** Git reads answered 409 "Git Repository is empty." before a new fork is ready. */
  pendingReads: number
  /** Branch name patterns (`*` matches within a segment, `**` across) refused to ref writes. */
  protectedBranches: string[]
  createdAt: string
}

export interface EmulatedPull {
  id: number
  number: number
  base: EmulatedRepo
  head: EmulatedRepo
  headRef: string
  baseRef: string
  /** Head commit as last seen, kept after the head branch is deleted. */
  headSha: string
  title: string
  body: string | null
  state: 'open' | 'closed'
  merged: boolean
  mergeCommitSha: string | null
  draft: boolean
  author: string
  createdAt: string
  updatedAt: string
  closedAt: string | null
  mergedAt: string | null
}

interface FailureTarget {
  /** Only requests with this method (GET, POST…). */
  method?: string
  /** Only API paths (after /api/v3) containing this string, or matching this pattern. */
  path?: string | RegExp
  /** How many matching requests fail; default 1, Infinity until clearFailures(). */
  times?: number
}

export type InjectedFailure = FailureTarget &
  (
    | { kind: 'bad-credentials' }
    | { kind: 'not-found' }
    | { kind: 'forbidden'; message?: string }
    | { kind: 'branch-protected'; status?: 422 | 403 }
    | { kind: 'rate-limit'; status?: 403 | 429; resetInSeconds?: number; secondary?: boolean }
    /** The socket is destroyed: before the request is handled, or with `afterHandling` once it was (a lost answer). */
    | { kind: 'network'; afterHandling?: boolean }
    | { kind: 'server-error'; status?: 500 | 502 | 503 | 504 }
  )

export interface OAuthCode {
  code: string
  login: string
  clientId: string
  redirectUri: string
  scopes: string[]
  expiresAt: number
}

export interface LoggedRequest {
  method: string
  path: string
  status: number
}

export interface EmulatorState {
  dataDir: string
  webUrl: string
  apiUrl: string
  users: Map<string, EmulatedUser>
  tokens: Map<string, EmulatedToken>
  repos: Map<string, EmulatedRepo>
  pulls: EmulatedPull[]
  failures: (InjectedFailure & { left: number })[]
  oauth: {
    clientId: string
    clientSecret: string
    codes: Map<string, OAuthCode>
    /** Who clicks "Authorize" when the request does not say (`?login=`); 'deny' clicks "Cancel". */
    approver: string | null
  }
  /** Owners that are not users (organisations) still need stable ids. */
  ownerIds: Map<string, number>
  /** pendingReads given to each new fork. */
  forkPendingReads: number
  nextId: number
  requests: LoggedRequest[]
}

export function repoKey(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase()
}
