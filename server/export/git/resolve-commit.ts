import { GitCommandError, runGitText } from './run-git'

/**
 * The commit a name (branch, ref, sha) points at, or null when it names none.
 * `--verify --quiet` exits 1 silently for an unknown name, which is an answer;
 * anything else (no repository, a broken one) still throws.
 */
export async function resolveCommit(gitDir: string, name: string): Promise<string | null> {
  try {
    return await runGitText(gitDir, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`])
  } catch (error) {
    if (error instanceof GitCommandError && error.exitCode === 1) return null
    throw error
  }
}
