import { resolveCommit } from '../../../server/export/git/resolve-commit'
import { runGitText } from '../../../server/export/git/run-git'
import { writeTree } from '../../../server/export/git/write-tree'

export interface FilesCommit {
  branch: string
  /** Path → new content; null deletes the path. */
  files: Record<string, string | Uint8Array | null>
  message: string
  author?: { name: string; email: string }
}

/**
 * Commits straight to a branch of a bare repository, as a person pushing from
 * their own clone would: used to seed repositories and to change the base
 * branch behind the app's back.
 */
export async function commitFiles(gitDir: string, commit: FilesCommit): Promise<string> {
  const ref = `refs/heads/${commit.branch}`
  const parent = await resolveCommit(gitDir, ref)
  const changes = []
  for (const [path, content] of Object.entries(commit.files)) {
    const sha = content === null ? null : await runGitText(gitDir, ['hash-object', '-w', '--stdin'], { input: content })
    changes.push({ path, mode: '100644', sha })
  }
  const tree = await writeTree(gitDir, parent ? `${parent}^{tree}` : null, changes)
  const who = commit.author ?? { name: 'Octo Cat', email: 'octocat@example.com' }
  const env = { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email }
  const sha = await runGitText(gitDir, ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-F', '-'], { env, input: commit.message })
  await runGitText(gitDir, ['update-ref', ref, sha, parent ?? ''])
  return sha
}
