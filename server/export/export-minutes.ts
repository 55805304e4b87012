import { addSignOff } from './add-sign-off'
import { checkBaseUnchanged } from './check-base-unchanged'
import { BaseBranchNotFoundError, NothingToExportError } from './export-errors'
import { exportMinutesInput, type ExportMinutesInput, type ParsedExportMinutesInput } from './export-input'
import type { ExportTransport, FileToWrite, PullRequestState } from './export-transport'
import { findExportBranch } from './find-export-branch'
import { minutesPath } from './minutes-path'
import { retryAfterRateLimit } from './retry-after-rate-limit'
import { runExclusive } from './run-exclusive'

export interface ExportMinutesResult {
  branch: string
  /** The branch's head after the export: the new commit, or the unchanged head. */
  commitSha: string
  /** False when the minutes were already exactly so on the branch: no commit was made. */
  committed: boolean
  pr: { number: number; url: string; state: PullRequestState }
  /** Owner of the repository holding the branch; store it as `previous.headOwner`. */
  headOwner: string
  /** True when the branch is in the user's fork because they may not push to the repository. */
  fork: boolean
  /** True when this export opened the pull request, false when it added to an open one. */
  created: boolean
}

export interface ExportMinutesOptions {
  /** Rate-limit resets at most this far away are waited for once (default 10 s). */
  maxRateLimitWaitMs?: number
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

/**
 * Publishes a meeting's minutes as one commit on the meeting's branch and a pull
 * request into the base branch. Exports of one meeting run one after another,
 * so a double click opens one pull request and the second click finds nothing to
 * commit.
 */
export async function exportMinutes(
  transport: ExportTransport,
  input: ExportMinutesInput,
  options: ExportMinutesOptions = {},
): Promise<ExportMinutesResult> {
  const parsed = exportMinutesInput.parse(input)
  const retry = {
    maxWaitMs: options.maxRateLimitWaitMs ?? 10_000,
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    now: options.now ?? Date.now,
  }
  return runExclusive(parsed.meetingId, () => retryAfterRateLimit(() => exportOnce(transport, parsed), retry))
}

async function exportOnce(transport: ExportTransport, input: ParsedExportMinutesInput): Promise<ExportMinutesResult> {
  const { repo, baseBranch, folder } = input
  const access = await transport.getRepository(repo)
  const baseSha = await transport.getBranchHead(repo, baseBranch)
  if (baseSha === null) throw new BaseBranchNotFoundError(access.fullName, baseBranch)

  const path = minutesPath(folder, input.fileName)
  await checkBaseUnchanged(transport, repo, { expectedBaseSha: input.expectedBaseSha, baseSha, path, markdown: input.markdown })

  const headRepo = access.canPush ? repo : await transport.forkRepository(repo)
  const target = await findExportBranch(transport, { repo, headRepo, baseBranch, folder, date: input.date, previous: input.previous, path })

  const files: FileToWrite[] = [
    { path, bytes: new TextEncoder().encode(input.markdown) },
    ...input.images.map((image) => ({ path: minutesPath(folder, image.name), bytes: image.bytes })),
  ]
  const message = input.dco ? addSignOff(input.commitMessage, input.author) : input.commitMessage
  const author = { name: input.author.name, email: input.author.email }
  const newSha = await transport.writeCommit(headRepo, { parentSha: target.head ?? baseSha, files, message, author })

  if (target.head === null) {
    if (newSha === null) throw new NothingToExportError(path)
    await transport.createBranch(headRepo, target.branch, newSha)
  } else if (newSha !== null) {
    await transport.updateBranch(headRepo, target.branch, target.head, newSha)
  }

  const pull =
    target.openPull ??
    (await transport.createPullRequest(repo, {
      headOwner: headRepo.owner,
      branch: target.branch,
      base: baseBranch,
      title: input.pr.title,
      body: input.pr.body,
    }))

  return {
    branch: target.branch,
    commitSha: newSha ?? target.head ?? baseSha,
    committed: newSha !== null,
    pr: { number: pull.number, url: pull.url, state: pull.state },
    headOwner: headRepo.owner,
    fork: !access.canPush,
    created: target.openPull === null,
  }
}
