// Every failure the issue lists, injected into the emulated GitHub: each must
// surface as its typed error, leave the minutes repository as a retry can
// finish, and a plain retry must then succeed with exactly one commit and one
// pull request.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  BranchProtectedError,
  ExportError,
  GitHubUnavailableError,
  NetworkError,
  NoAccessError,
  RateLimitedError,
  RepoNotFoundError,
  TokenInvalidError,
} from './export-errors'
import { exportMinutes } from './export-minutes'
import type { ExportMinutesInput } from './export-input'
import { runGitText } from './git/run-git'
import { previewExport } from './preview-export'
import { minutesExportInput, startGitHubHarness, type ExportHarness } from './testing/export-harness'
import { createGitHubTransport } from './transports/github-transport'
import type { InjectedFailure } from '../../e2e/support/github-emulator/emulator-state'

let h: ExportHarness
let meeting = 0
beforeEach(async () => {
  h = await startGitHubHarness()
  meeting++
})
afterEach(() => h.close())

function input(overrides: Partial<ExportMinutesInput> = {}): ExportMinutesInput {
  return minutesExportInput(h.repo, `failures-${meeting}`, {
    images: [{ name: 'a1b2c3d4-0000-4000-8000-000000000000.png', bytes: Uint8Array.from([1, 2, 3]) }],
    commitMessage: 'IaaS minutes',
    ...overrides,
  })
}

/** Long waits go back to the user: the test must never sleep on a rate limit it did not ask to wait for. */
const noWaiting = { maxRateLimitWaitMs: 0, sleep: () => Promise.reject(new Error('should not wait')) }

async function expectOneExport(branch = 'minutes/iaas-20240724') {
  expect(await runGitText(h.gitDir, ['rev-list', '--count', `main..${branch}`])).toBe('1')
  expect(h.emulator?.pulls('acme', 'minutes')).toHaveLength(1)
}

const cases: [string, InjectedFailure, new (...args: never[]) => ExportError][] = [
  ['an expired or revoked token (401)', { kind: 'bad-credentials', path: '/repos/acme/minutes' }, TokenInvalidError],
  ['no push rights on a write (403)', { kind: 'forbidden', method: 'POST', path: '/git/blobs' }, NoAccessError],
  ['a repository GitHub hides (404)', { kind: 'not-found', method: 'GET', path: /^\/repos\/acme\/minutes$/ }, RepoNotFoundError],
  ['branch protection refusing the new branch (422)', { kind: 'branch-protected' }, BranchProtectedError],
  ['branch protection answered with 403', { kind: 'branch-protected', status: 403 }, BranchProtectedError],
  ['the primary rate limit (403, remaining 0)', { kind: 'rate-limit', resetInSeconds: 3600 }, RateLimitedError],
  ['a secondary rate limit (429, retry-after)', { kind: 'rate-limit', status: 429, secondary: true, resetInSeconds: 120 }, RateLimitedError],
  ['a network failure before the commit', { kind: 'network', method: 'POST', path: '/git/commits' }, NetworkError],
  ['a 502 while creating the tree', { kind: 'server-error', method: 'POST', path: '/git/trees' }, GitHubUnavailableError],
  ['a 502 while opening the pull request', { kind: 'server-error', method: 'POST', path: /\/pulls$/ }, GitHubUnavailableError],
  ['a network failure while opening the pull request', { kind: 'network', method: 'POST', path: /\/pulls$/ }, NetworkError],
]

describe('an injected failure gives its typed error, and a retry finishes the export', () => {
  it.each(cases)('%s', async (_label, failure, errorType) => {
    h.emulator?.injectFailure(failure)
    const error = await exportMinutes(h.transport, input(), noWaiting).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(errorType)
    expect((error as ExportError).toResponse().message).not.toMatch(/gho_|token [a-z0-9]/i)

    const retried = await exportMinutes(h.transport, input(), noWaiting)
    expect(retried).toMatchObject({ branch: 'minutes/iaas-20240724', created: true })
    await expectOneExport()
  })

  it('keeps one pull request when GitHub opened it but the answer was lost', async () => {
    h.emulator?.injectFailure({ kind: 'network', method: 'POST', path: /\/pulls$/, afterHandling: true })
    await expect(exportMinutes(h.transport, input(), noWaiting)).rejects.toBeInstanceOf(NetworkError)
    expect(h.emulator?.pulls('acme', 'minutes')).toHaveLength(1)
    const retried = await exportMinutes(h.transport, input(), noWaiting)
    expect(retried.pr.number).toBe(h.emulator?.pulls('acme', 'minutes')[0]?.number)
    await expectOneExport()
  })

  it('adds exactly one commit when a re-export fails while moving the branch', async () => {
    const first = await exportMinutes(h.transport, input(), noWaiting)
    h.emulator?.injectFailure({ kind: 'server-error', method: 'PATCH', path: '/git/refs/' })
    await expect(exportMinutes(h.transport, input({ markdown: '# IaaS 2024-07-24\n\nmore\n' }), noWaiting)).rejects.toBeInstanceOf(
      GitHubUnavailableError,
    )
    expect(await runGitText(h.gitDir, ['rev-parse', first.branch])).toBe(first.commitSha)
    await exportMinutes(h.transport, input({ markdown: '# IaaS 2024-07-24\n\nmore\n' }), noWaiting)
    expect(await runGitText(h.gitDir, ['rev-list', '--count', `main..${first.branch}`])).toBe('2')
  })
})

describe('rate limits', () => {
  it('carries the reset time GitHub sent, for the page to show', async () => {
    h.emulator?.injectFailure({ kind: 'rate-limit', resetInSeconds: 1800 })
    const error = (await exportMinutes(h.transport, input(), noWaiting).catch((e: unknown) => e)) as RateLimitedError
    expect(error).toBeInstanceOf(RateLimitedError)
    const secondsAway = (error.resetAt.getTime() - Date.now()) / 1000
    expect(secondsAway).toBeGreaterThan(1700)
    expect(secondsAway).toBeLessThanOrEqual(1800)
    expect(error.toResponse()).toMatchObject({ code: 'rate-limited', retryable: true, resetAt: error.resetAt.toISOString() })
  })

  it('waits once for a short reset and then finishes by itself', async () => {
    h.emulator?.injectFailure({ kind: 'rate-limit', resetInSeconds: 5, method: 'POST', path: /\/pulls$/ })
    const waits: number[] = []
    const result = await exportMinutes(h.transport, input(), {
      maxRateLimitWaitMs: 10_000,
      sleep: async (ms) => void waits.push(ms),
    })
    expect(waits).toHaveLength(1)
    expect(waits[0]).toBeLessThanOrEqual(10_000)
    expect(result.created).toBe(true)
    await expectOneExport()
  })

  it('gives up after the one automatic retry', async () => {
    h.emulator?.injectFailure({ kind: 'rate-limit', resetInSeconds: 1, times: 2 })
    const waits: number[] = []
    await expect(exportMinutes(h.transport, input(), { sleep: async (ms) => void waits.push(ms) })).rejects.toBeInstanceOf(RateLimitedError)
    expect(waits).toHaveLength(1)
  })
})

describe('sign-in and access', () => {
  it('reports a revoked token, and exports once the user has signed in again', async () => {
    const token = h.emulator?.issueToken('mona') ?? ''
    const transport = createGitHubTransport({ token, apiUrl: h.emulator?.url })
    h.emulator?.revokeToken(token)
    const error = await exportMinutes(transport, input()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TokenInvalidError)
    expect((error as Error).message).toBe('Your GitHub sign-in has expired or was revoked — sign in again')

    const fresh = createGitHubTransport({ token: h.emulator?.issueToken('mona') ?? '', apiUrl: h.emulator?.url })
    await exportMinutes(fresh, input())
    await expectOneExport()
  })

  it('cannot tell a missing repository from a private one it may not see, and says so', async () => {
    await h.emulator?.addRepo({ owner: 'acme', name: 'private-minutes', private: true })
    const hidden = await previewExport(h.transport, { ...input(), repo: { owner: 'acme', name: 'private-minutes' } }).catch((e: unknown) => e)
    const missing = await previewExport(h.transport, { ...input(), repo: { owner: 'acme', name: 'nothing-here' } }).catch((e: unknown) => e)
    expect(hidden).toBeInstanceOf(RepoNotFoundError)
    expect(missing).toBeInstanceOf(RepoNotFoundError)
    expect((hidden as Error).message).toBe((missing as Error).message.replace('nothing-here', 'private-minutes'))
  })

  it('refuses a protected minutes branch and leaves no branch behind', async () => {
    h.emulator?.protectBranch('acme', 'minutes', 'minutes/*')
    const error = await exportMinutes(h.transport, input()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BranchProtectedError)
    expect((error as Error).message).toContain('minutes/iaas-20240724')
    expect(await runGitText(h.gitDir, ['for-each-ref', '--format=%(refname)', 'refs/heads/minutes'])).toBe('')
  })
})

describe('a request that hangs', () => {
  it('is abandoned after the timeout and reported as a network error', async () => {
    const { createServer } = await import('node:http')
    const sockets: import('node:net').Socket[] = []
    const silent = createServer(() => {})
    silent.on('connection', (s) => sockets.push(s))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as import('node:net').AddressInfo
    const transport = createGitHubTransport({ token: 'x', apiUrl: `http://127.0.0.1:${port}`, requestTimeoutMs: 50 })
    await expect(transport.getRepository(h.repo)).rejects.toBeInstanceOf(NetworkError)
    for (const s of sockets) s.destroy()
    await new Promise((resolve) => silent.close(resolve))
  })
})
