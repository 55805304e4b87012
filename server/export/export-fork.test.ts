import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportMinutes } from './export-minutes'
import type { ExportMinutesInput } from './export-input'
import { resolveCommit } from './git/resolve-commit'
import { runGitText } from './git/run-git'
import { minutesExportInput, startGitHubHarness, type ExportHarness } from './testing/export-harness'
import { createGitHubTransport } from './transports/github-transport'
import type { ExportTransport } from './export-transport'

const hubot = { login: 'hubot', name: 'Hubot Outside', email: 'hubot@example.com' }
let h: ExportHarness
let asHubot: ExportTransport
let meeting = 0

beforeEach(async () => {
  h = await startGitHubHarness()
  h.emulator?.addUser({ ...hubot, token: 'gho_hubot_for_fork_tests' })
  asHubot = createGitHubTransport({ token: 'gho_hubot_for_fork_tests', apiUrl: h.emulator?.url, forkWait: { attempts: 10, intervalMs: 1 } })
  meeting++
})
afterEach(() => h.close())

function input(overrides: Partial<ExportMinutesInput> = {}): ExportMinutesInput {
  return minutesExportInput(h.repo, `fork-${meeting}`, {
    markdown: '# IaaS 2024-07-24\n\nfrom outside\n',
    author: hubot,
    commitMessage: 'IaaS minutes',
    ...overrides,
  })
}

describe('a user without push rights', () => {
  it('exports through a fork made for them and opens the pull request from user:branch', async () => {
    const result = await exportMinutes(asHubot, input())
    expect(result).toMatchObject({ fork: true, headOwner: 'hubot', branch: 'minutes/iaas-20240724', created: true })

    const forkDir = h.emulator?.repoPath('hubot', 'minutes') ?? ''
    const upstreamMain = await runGitText(h.gitDir, ['rev-parse', 'main'])
    expect(await runGitText(forkDir, ['rev-parse', `${result.branch}^`])).toBe(upstreamMain)
    expect(await runGitText(forkDir, ['show', `${result.branch}:iaas/20240724.md`])).toBe('# IaaS 2024-07-24\n\nfrom outside')
    expect(await runGitText(forkDir, ['log', '-1', '--format=%an|%B', result.branch])).toBe(
      'Hubot Outside|IaaS minutes\n\nSigned-off-by: Hubot Outside <hubot@example.com>',
    )
    expect(await resolveCommit(h.gitDir, `refs/heads/${result.branch}`)).toBeNull()
    const [pull] = h.emulator?.pulls('acme', 'minutes') ?? []
    expect(pull).toMatchObject({ number: result.pr.number, headOwner: 'hubot', headRepo: 'hubot/minutes', headRef: result.branch, state: 'open', author: 'hubot' })
  })

  it('reuses the fork and the pull request on the next export, and waits for a fork GitHub is still copying', async () => {
    h.emulator?.setForkDelay(3)
    const first = await exportMinutes(asHubot, input())
    const second = await exportMinutes(asHubot, input({ markdown: '# IaaS 2024-07-24\n\nfrom outside, edited\n' }))
    expect(second).toMatchObject({ branch: first.branch, created: false, pr: { number: first.pr.number }, fork: true })
    const forkDir = h.emulator?.repoPath('hubot', 'minutes') ?? ''
    expect(await runGitText(forkDir, ['rev-list', '--count', `main..${first.branch}`])).toBe('2')
    expect(h.emulator?.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/forks'))).toHaveLength(2)
    expect(h.emulator?.pulls('acme', 'minutes')).toHaveLength(1)
  })

  it('builds on upstream commits the fork has not seen, and starts over after a merge', async () => {
    const first = await exportMinutes(asHubot, input())
    await h.emulator?.mergePull('acme', 'minutes', first.pr.number)
    const upstreamMain = await h.pushTo('main', { 'README.md': '# Minutes, renamed\n' })
    const second = await exportMinutes(asHubot, input({ markdown: '# IaaS 2024-07-24\n\nafter the merge\n' }))
    expect(second).toMatchObject({ branch: 'minutes/iaas-20240724-2', created: true, fork: true })
    const forkDir = h.emulator?.repoPath('hubot', 'minutes') ?? ''
    expect(await runGitText(forkDir, ['rev-parse', `${second.branch}^`])).toBe(upstreamMain)
    await h.emulator?.mergePull('acme', 'minutes', second.pr.number)
    expect(await runGitText(h.gitDir, ['show', 'main:iaas/20240724.md'])).toBe('# IaaS 2024-07-24\n\nafter the merge')
  })
})
