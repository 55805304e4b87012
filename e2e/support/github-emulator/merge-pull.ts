import { resolveCommit } from '../../../server/export/git/resolve-commit'
import { runGit, runGitText } from '../../../server/export/git/run-git'
import type { EmulatedPull } from './emulator-state'

/**
 * Merges a pull request the way GitHub's merge button does by default: a merge
 * commit on the base branch. The head is fetched into refs/pull/N/head first,
 * because a fork's commits are not in the base repository until then.
 */
export async function mergePull(pull: EmulatedPull, merger: { name: string; email: string }): Promise<string> {
  const gitDir = pull.base.path
  const pullRef = `refs/pull/${pull.number}/head`
  if (pull.head === pull.base) {
    await runGit(gitDir, ['update-ref', pullRef, pull.headSha])
  } else {
    // Fetch the branch by name: upload-pack need not serve a bare sha.
    await runGit(gitDir, ['fetch', '--quiet', '--no-tags', pull.head.path, `+refs/heads/${pull.headRef}:${pullRef}`])
  }
  const headSha = await resolveCommit(gitDir, pullRef)
  if (headSha === null) throw new Error(`head of #${pull.number} could not be fetched`)
  pull.headSha = headSha
  const baseRef = `refs/heads/${pull.baseRef}`
  const baseSha = await resolveCommit(gitDir, baseRef)
  if (baseSha === null) throw new Error(`base branch ${pull.baseRef} is gone`)
  // merge-tree --write-tree exits 1 on conflicts, which is what GitHub reports as "not mergeable".
  const tree = (await runGitText(gitDir, ['merge-tree', '--write-tree', baseSha, pull.headSha])).split('\n')[0] ?? ''
  const env = { GIT_AUTHOR_NAME: merger.name, GIT_AUTHOR_EMAIL: merger.email, GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com' }
  const message = `Merge pull request #${pull.number} from ${pull.head.owner}/${pull.headRef}\n\n${pull.title}\n`
  const sha = await runGitText(gitDir, ['commit-tree', tree, '-p', baseSha, '-p', pull.headSha, '-F', '-'], { env, input: message })
  await runGit(gitDir, ['update-ref', baseRef, sha, baseSha])
  return sha
}
