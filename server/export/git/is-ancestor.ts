import { GitCommandError, runGit } from './run-git'

/** Whether `ancestor` is reachable from `descendant` (equal counts): merged, or a fast-forward. */
export async function isAncestor(gitDir: string, ancestor: string, descendant: string): Promise<boolean> {
  try {
    await runGit(gitDir, ['merge-base', '--is-ancestor', ancestor, descendant])
    return true
  } catch (error) {
    if (error instanceof GitCommandError && error.exitCode === 1) return false
    throw error
  }
}
