import { ExportFailedError } from './export-errors'
import type { ExportTransport, PullRequestSummary, RepositoryRef } from './export-transport'
import { nameExportBranch } from './name-export-branch'

export interface ExportBranch {
  branch: string
  /** Where the branch points now; null when it still has to be made. */
  head: string | null
  /** The pull request to add to; null when one has to be opened. */
  openPull: PullRequestSummary | null
}

// A meeting exported, merged and exported again this many times is a bug, not a meeting.
const maxBranchesPerMeeting = 50

/**
 * Picks the branch this export goes to, from the hosts' own records rather than
 * from what the meeting remembers, so that a retry after any failure, or a
 * meeting whose record was lost, lands where the earlier attempt left off:
 * - a branch with an open pull request into the base: add to it;
 * - a branch whose pull requests were all merged or closed: spent, try the next name;
 * - a branch with no pull request (an earlier attempt stopped before opening it): reuse it;
 * - no branch yet: make it.
 * A branch that exists must also change this meeting's file, or it belongs to
 * another meeting of the same folder and day (the series' file names keep those
 * apart, the date-based branch names do not) and is stepped over.
 */
export async function findExportBranch(
  transport: ExportTransport,
  target: {
    repo: RepositoryRef
    headRepo: RepositoryRef
    baseBranch: string
    folder: string
    date: string
    previous: { branch: string; headOwner: string } | undefined
    /** The minutes file this meeting writes, e.g. "iaas/20240724.md". */
    path: string
  },
): Promise<ExportBranch> {
  const { repo, headRepo, baseBranch, previous, path } = target
  const names = new Set<string>()
  if (previous && previous.headOwner.toLowerCase() === headRepo.owner.toLowerCase()) names.add(previous.branch)
  for (let attempt = 1; attempt <= maxBranchesPerMeeting; attempt++) names.add(nameExportBranch(target.folder, target.date, attempt))

  for (const branch of names) {
    const pulls = await transport.listPullRequests(repo, { headOwner: headRepo.owner, branch })
    const openPull = pulls.find((p) => p.state === 'open' && p.base === baseBranch) ?? null
    if (openPull === null && pulls.length > 0) continue
    const head = await transport.getBranchHead(headRepo, branch)
    if (head !== null && branch !== previous?.branch) {
      const changed = await transport.listChangedFiles(repo, { base: baseBranch, headOwner: headRepo.owner, branch })
      if (!changed.includes(path)) continue
    }
    return { branch, head, openPull }
  }
  throw new ExportFailedError(`this meeting already has ${maxBranchesPerMeeting} exported branches`)
}
