import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { commitFiles } from '../../../e2e/support/github-emulator/commit-files'
import { ExportConflictError, RepoNotFoundError } from '../export-errors'
import { exportMinutes } from '../export-minutes'
import type { ExportMinutesInput } from '../export-input'
import { runGit, runGitText } from '../git/run-git'
import { minutesExportInput } from '../testing/export-harness'
import { createLocalGitTransport } from './local-git-transport'

let dir: string
let meeting = 0
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'local-transport-'))
  meeting++
})
afterEach(() => rm(dir, { recursive: true, force: true }))

function input(overrides: Partial<ExportMinutesInput> = {}): ExportMinutesInput {
  return minutesExportInput({ owner: 'acme', name: 'minutes' }, `local-${meeting}`, {
    markdown: '# IaaS\n',
    commitMessage: 'IaaS minutes',
    dco: false,
    pr: { title: 'IaaS minutes', body: 'body' },
    ...overrides,
  })
}

async function cloneWithWorkTree(): Promise<string> {
  await runGit(dir, ['init', '--quiet', '--initial-branch=main'])
  await commitFiles(join(dir, '.git'), { branch: 'main', files: { 'README.md': '# Minutes\n' }, message: 'Initial commit\n' })
  await runGit(dir, ['reset', '--quiet', '--hard', 'main'])
  return dir
}

describe('the local git transport', () => {
  it('commits on a branch without touching the checkout, and records the proposal inside .git', async () => {
    const repo = await cloneWithWorkTree()
    const headBefore = await runGitText(repo, ['rev-parse', 'HEAD'])
    const result = await exportMinutes(createLocalGitTransport({ repoPath: repo }), input())

    expect(await runGitText(repo, ['status', '--porcelain'])).toBe('')
    expect(await runGitText(repo, ['symbolic-ref', '--short', 'HEAD'])).toBe('main')
    expect(await runGitText(repo, ['rev-parse', 'HEAD'])).toBe(headBefore)
    expect(await runGitText(repo, ['show', `${result.branch}:iaas/20240724.md`])).toBe('# IaaS')
    expect(result.pr.url).toBe(`file://${repo}#${encodeURIComponent(result.branch)}`)

    const records = JSON.parse(await readFile(join(repo, '.git', 'live-minutes', 'pull-requests.json'), 'utf8')) as { pulls: unknown[] }
    expect(records.pulls).toEqual([
      expect.objectContaining({ number: 1, branch: 'minutes/iaas-20240724', base: 'main', title: 'IaaS minutes', lastHeadSha: result.commitSha }),
    ])
  })

  it('works on a bare repository', async () => {
    await runGit(dir, ['init', '--quiet', '--bare', '--initial-branch=main'])
    await commitFiles(dir, { branch: 'main', files: { 'README.md': '# Minutes\n' }, message: 'Initial commit\n' })
    const result = await exportMinutes(createLocalGitTransport({ repoPath: dir }), input())
    expect(await runGitText(dir, ['show', `${result.branch}:iaas/20240724.md`])).toBe('# IaaS')
  })

  it('calls a merged branch merged even after it was deleted, and a deleted unmerged one closed', async () => {
    const repo = await cloneWithWorkTree()
    const transport = createLocalGitTransport({ repoPath: repo })
    const first = await exportMinutes(transport, input())
    // Fast-forward main to the branch, as `git merge --ff-only` would, then delete the branch.
    await runGit(repo, ['update-ref', 'refs/heads/main', first.commitSha])
    await runGit(repo, ['update-ref', '-d', `refs/heads/${first.branch}`])
    const [merged] = await transport.listPullRequests(input().repo, { headOwner: 'acme', branch: first.branch })
    expect(merged?.state).toBe('merged')

    const second = await exportMinutes(transport, input({ markdown: '# IaaS\n\nagain\n' }))
    expect(second.branch).toBe('minutes/iaas-20240724-2')
    await runGit(repo, ['update-ref', '-d', `refs/heads/${second.branch}`])
    const [closed] = await transport.listPullRequests(input().repo, { headOwner: 'acme', branch: second.branch })
    expect(closed?.state).toBe('closed')
  })

  it('refuses to move a branch someone else moved meanwhile', async () => {
    const repo = await cloneWithWorkTree()
    const transport = createLocalGitTransport({ repoPath: repo })
    const first = await exportMinutes(transport, input())
    const elsewhere = await commitFiles(join(repo, '.git'), { branch: first.branch, files: { 'x.md': 'x\n' }, message: 'push\n' })
    const stale = await transport.writeCommit(input().repo, {
      parentSha: first.commitSha,
      files: [{ path: 'y.md', bytes: new TextEncoder().encode('y\n') }],
      message: 'stale',
      author: { name: 'M', email: 'm@example.com' },
    })
    await expect(transport.updateBranch(input().repo, first.branch, first.commitSha, stale ?? '')).rejects.toBeInstanceOf(ExportConflictError)
    expect(await runGitText(repo, ['rev-parse', first.branch])).toBe(elsewhere)
  })

  it('keeps every proposal, numbered apart, when several are opened at once', async () => {
    const repo = await cloneWithWorkTree()
    const transport = createLocalGitTransport({ repoPath: repo })
    const branches = ['minutes/a-20240724', 'minutes/b-20240724', 'minutes/c-20240724']
    for (const branch of branches) await commitFiles(join(repo, '.git'), { branch, files: { [`${branch}.md`]: 'x\n' }, message: 'x\n' })
    const opened = await Promise.all(
      branches.map((branch) => transport.createPullRequest(input().repo, { headOwner: 'acme', branch, base: 'main', title: branch, body: '' })),
    )
    expect(opened.map((p) => p.number).sort()).toEqual([1, 2, 3])
    const records = JSON.parse(await readFile(join(repo, '.git', 'live-minutes', 'pull-requests.json'), 'utf8')) as { pulls: unknown[] }
    expect(records.pulls).toHaveLength(3)
  })

  it('reports a path that is no repository', async () => {
    await expect(exportMinutes(createLocalGitTransport({ repoPath: join(dir, 'missing') }), input())).rejects.toBeInstanceOf(RepoNotFoundError)
  })
})
