// The few operations an export needs from wherever the minutes repository lives.
// The engine (export-minutes.ts) is written against this alone, so GitHub, a
// GitHub Enterprise Server and a plain local git repository run the same steps.
// Implementations throw the typed errors of export-errors.ts, never raw ones.

export interface RepositoryRef {
  owner: string
  name: string
}

export interface RepositoryAccess {
  /** "owner/name" as the host spells it, for messages. */
  fullName: string
  /** False means the export goes through the user's fork. */
  canPush: boolean
  defaultBranch: string
}

export type PullRequestState = 'open' | 'closed' | 'merged'

export interface PullRequestSummary {
  number: number
  /** Where a person opens it (github.com/…/pull/N, or the local record). */
  url: string
  state: PullRequestState
  /** Owner of the repository the branch lives in: the base owner, or a fork's. */
  headOwner: string
  branch: string
  base: string
}

export interface FileToWrite {
  /** Slash-separated path from the repository root. */
  path: string
  bytes: Uint8Array
}

export interface CommitRequest {
  parentSha: string
  files: readonly FileToWrite[]
  message: string
  author: { name: string; email: string }
}

export interface ExportTransport {
  /** Throws RepoNotFoundError when it is missing or invisible to the user. */
  getRepository(repo: RepositoryRef): Promise<RepositoryAccess>
  /** The commit a branch points at, or null when there is no such branch. */
  getBranchHead(repo: RepositoryRef, branch: string): Promise<string | null>
  /** A file's bytes at a commit, or null when the path does not exist there. */
  readFile(repo: RepositoryRef, commitSha: string, path: string): Promise<Uint8Array | null>
  /** Makes or finds the signed-in user's fork and returns once it can take commits. */
  forkRepository(repo: RepositoryRef): Promise<RepositoryRef>
  /**
   * Writes the files on top of the parent's tree as one commit, without moving
   * any branch. Null when the files are already exactly so in the parent.
   */
  writeCommit(repo: RepositoryRef, request: CommitRequest): Promise<string | null>
  /** Throws ExportConflictError when the branch already exists. */
  createBranch(repo: RepositoryRef, branch: string, sha: string): Promise<void>
  /** Fast-forwards a branch from `fromSha`; ExportConflictError when it moved meanwhile. */
  updateBranch(repo: RepositoryRef, branch: string, fromSha: string, toSha: string): Promise<void>
  /**
   * Paths the branch changed since it left `base` (git's three-dot diff): how a
   * branch of this meeting is told from another meeting's of the same day.
   */
  listChangedFiles(repo: RepositoryRef, compare: { base: string; headOwner: string; branch: string }): Promise<string[]>
  /** Every pull request, in any state, whose head is `headOwner:branch`. */
  listPullRequests(repo: RepositoryRef, head: { headOwner: string; branch: string }): Promise<PullRequestSummary[]>
  /** Opens a pull request, or returns the open one that already has this head and base. */
  createPullRequest(
    repo: RepositoryRef,
    request: { headOwner: string; branch: string; base: string; title: string; body: string },
  ): Promise<PullRequestSummary>
}
