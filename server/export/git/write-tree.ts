import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runGit, runGitText } from './run-git'

export interface TreeChange {
  /** Slash-separated path from the repository root; folders are made as needed. */
  path: string
  /** Git file mode: 100644 file, 100755 executable, 120000 symlink, 160000 submodule. */
  mode: string
  /** Object the path points at, or null to remove the path. */
  sha: string | null
}

const noObject = '0'.repeat(40)

/**
 * Writes the tree that is `baseTree` with `changes` applied, and returns its sha.
 * Goes through a throwaway index rather than nested `git mktree` calls because
 * the index already knows how to splice a deep path into existing sub-trees.
 */
export async function writeTree(gitDir: string, baseTree: string | null, changes: readonly TreeChange[]): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), 'live-minutes-index-'))
  const env = { GIT_INDEX_FILE: join(scratch, 'index') }
  try {
    await runGit(gitDir, baseTree ? ['read-tree', baseTree] : ['read-tree', '--empty'], { env })
    if (changes.length > 0) {
      // --index-info reads "mode sha<TAB>path"; mode 0 with the null sha deletes.
      const lines = changes.map((c) => (c.sha === null ? `0 ${noObject}\t${c.path}` : `${c.mode} ${c.sha}\t${c.path}`))
      await runGit(gitDir, ['update-index', '--index-info'], { env, input: `${lines.join('\n')}\n` })
    }
    return await runGitText(gitDir, ['write-tree'], { env })
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
