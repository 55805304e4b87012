// Test support only: sets up the two places an export can go (the GitHub
// emulator, a plain local repository) behind one shape, so the same scenarios
// run against both transports and are checked with git itself.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commitFiles } from '../../../e2e/support/github-emulator/commit-files'
import { startGitHubEmulator, type GitHubEmulator } from '../../../e2e/support/github-emulator/start-github-emulator'
import type { ExportMinutesInput } from '../export-input'
import type { ExportTransport, RepositoryRef } from '../export-transport'
import { resolveCommit } from '../git/resolve-commit'
import { runGit, runGitText } from '../git/run-git'
import { createGitHubTransport } from '../transports/github-transport'
import { createLocalGitTransport } from '../transports/local-git-transport'
import { readLocalPullRecords } from '../transports/local-pull-records'

export interface ExportHarness {
  name: 'github' | 'local-git'
  transport: ExportTransport
  repo: RepositoryRef
  /** The repository the branches end up in, for `git show` and `git log`. */
  gitDir: string
  /** A person pushing to a branch behind the app's back. */
  pushTo(branch: string, files: Record<string, string | null>): Promise<string>
  mergePull(number: number): Promise<void>
  closePull(number: number): Promise<void>
  pullCount(): Promise<number>
  close(): Promise<void>
  emulator?: GitHubEmulator
}

export const seedFiles = { 'README.md': '# Minutes\n', 'iaas/20240717.md': '# IaaS 2024-07-17\n' }
export const mona = { login: 'mona', name: 'Mona Lisa', email: 'mona@example.com' }
export const monaToken = 'gho_mona_token_for_export_tests'

export async function startGitHubHarness(): Promise<ExportHarness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'export-github-'))
  const gh = await startGitHubEmulator({ dataDir })
  gh.addUser({ ...mona, token: monaToken })
  await gh.addRepo({ owner: 'acme', name: 'minutes', collaborators: ['mona'], files: seedFiles })
  return {
    name: 'github',
    transport: createGitHubTransport({ token: monaToken, apiUrl: gh.url, forkWait: { attempts: 10, intervalMs: 1 } }),
    repo: { owner: 'acme', name: 'minutes' },
    gitDir: gh.repoPath('acme', 'minutes'),
    pushTo: (branch, files) => gh.commitToBranch('acme', 'minutes', branch, files),
    mergePull: async (number) => void (await gh.mergePull('acme', 'minutes', number)),
    closePull: async (number) => gh.closePull('acme', 'minutes', number),
    pullCount: async () => gh.pulls('acme', 'minutes').length,
    close: async () => {
      await gh.close()
      await rm(dataDir, { recursive: true, force: true })
    },
    emulator: gh,
  }
}

/** A local repository with a work tree, as a team's clone would be; exports must leave the checkout alone. */
export async function startLocalGitHarness(): Promise<ExportHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'export-local-'))
  await runGit(dir, ['init', '--quiet', '--initial-branch=main'])
  const gitDir = join(dir, '.git')
  await commitFiles(gitDir, { branch: 'main', files: seedFiles, message: 'Initial commit\n' })
  await runGit(dir, ['reset', '--quiet', '--hard', 'main'])
  const transport = createLocalGitTransport({ repoPath: dir })
  return {
    name: 'local-git',
    transport,
    repo: { owner: 'acme', name: 'minutes' },
    gitDir,
    pushTo: (branch, files) => commitFiles(gitDir, { branch, files, message: 'Edit elsewhere\n' }),
    async mergePull(number) {
      const pull = (await transport.listPullRequests({ owner: 'acme', name: 'minutes' }, await branchOfRecord(gitDir, number))).at(0)
      if (!pull) throw new Error(`no local pull request #${number}`)
      const base = await resolveCommit(gitDir, `refs/heads/${pull.base}`)
      const head = await resolveCommit(gitDir, `refs/heads/${pull.branch}`)
      if (!base || !head) throw new Error('branch missing')
      const tree = (await runGitText(gitDir, ['merge-tree', '--write-tree', base, head])).split('\n')[0] ?? ''
      const merge = await runGitText(gitDir, ['commit-tree', tree, '-p', base, '-p', head, '-m', `Merge ${pull.branch}`])
      await runGit(gitDir, ['update-ref', `refs/heads/${pull.base}`, merge, base])
    },
    async closePull(number) {
      const { branch } = await branchOfRecord(gitDir, number)
      await runGit(gitDir, ['update-ref', '-d', `refs/heads/${branch}`])
    },
    pullCount: async () => (await readRecords(gitDir)).length,
    close: () => rm(dir, { recursive: true, force: true }),
  }
}

const readRecords = readLocalPullRecords

async function branchOfRecord(gitDir: string, number: number): Promise<{ headOwner: string; branch: string }> {
  const record = (await readRecords(gitDir)).find((r) => r.number === number)
  if (!record) throw new Error(`no local pull request #${number}`)
  return { headOwner: record.headOwner, branch: record.branch }
}

/** A complete export of the IaaS minutes of 2024-07-24; tests override what they are about. */
export function minutesExportInput(repo: RepositoryRef, meetingId: string, overrides: Partial<ExportMinutesInput> = {}): ExportMinutesInput {
  return {
    meetingId,
    repo,
    baseBranch: 'main',
    folder: 'iaas',
    fileName: '20240724.md',
    date: '2024-07-24',
    markdown: '# IaaS 2024-07-24\n',
    images: [],
    author: mona,
    commitMessage: 'IaaS minutes 2024-07-24',
    dco: true,
    pr: { title: 'IaaS minutes 2024-07-24', body: 'Written live in Live Minutes.' },
    ...overrides,
  }
}
