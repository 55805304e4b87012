import { existsSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { resolveCommit } from './resolve-commit'
import { runGit, runGitText } from './run-git'
import { writeTree } from './write-tree'

const readme = '# Minutes\n\nMeeting minutes exported from Live Minutes.\n'
const identity = { GIT_AUTHOR_NAME: 'Live Minutes', GIT_AUTHOR_EMAIL: 'live-minutes@localhost', GIT_COMMITTER_NAME: 'Live Minutes', GIT_COMMITTER_EMAIL: 'live-minutes@localhost' }

/**
 * Makes the local export repository usable for a series: a bare repository at
 * `repoPath` with `baseBranch` holding at least a README, so the first export
 * has a base to branch from. A repository that already exists is the team's
 * own unless the app made it (`ownedByApp`, the embedded default under data/):
 * a missing base branch there is an error the page names, not something to
 * create behind their back.
 */
export async function ensureLocalRepository(repoPath: string, baseBranch: string, options: { ownedByApp: boolean }): Promise<void> {
  const path = resolve(repoPath)
  if (existsSync(path)) {
    if (!options.ownedByApp) return
  } else {
    mkdirSync(dirname(path), { recursive: true })
    await runGit(dirname(path), ['init', '--quiet', '--bare', `--initial-branch=${baseBranch}`, path])
  }
  if ((await resolveCommit(path, `refs/heads/${baseBranch}`)) !== null) return
  const blob = await runGitText(path, ['hash-object', '-w', '--stdin'], { input: readme })
  const tree = await writeTree(path, null, [{ path: 'README.md', mode: '100644', sha: blob }])
  const commit = await runGitText(path, ['commit-tree', tree, '-F', '-'], { env: identity, input: 'Start the minutes repository\n' })
  // The empty old value refuses if a simultaneous first export made the branch meanwhile; theirs is as good.
  await runGit(path, ['update-ref', `refs/heads/${baseBranch}`, commit, '']).catch(async (error: unknown) => {
    if ((await resolveCommit(path, `refs/heads/${baseBranch}`)) === null) throw error
  })
}
