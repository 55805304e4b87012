import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startGitHubHarness, type ExportHarness } from '../testing/export-harness'
import { GitHubUnavailableError, NetworkError, RateLimitedError } from '../export-errors'
import { mapOctokitError } from './map-octokit-error'

let h: ExportHarness
beforeAll(async () => {
  h = await startGitHubHarness()
})
afterAll(() => h.close())

describe('the GitHub transport', () => {
  it('reads a file over 1 MB, which the contents API sends without content, through the blob endpoint', async () => {
    const big = 'x'.repeat(1024 * 1024 + 10)
    const sha = await h.pushTo('main', { 'big.md': big })
    const bytes = await h.transport.readFile(h.repo, sha, 'big.md')
    expect(bytes && new TextDecoder().decode(bytes)).toBe(big)
    expect(h.emulator?.requests.some((r) => r.path.includes('/git/blobs/'))).toBe(true)
  })

  it('returns null for a missing file and a missing branch rather than failing', async () => {
    const main = await h.transport.getBranchHead(h.repo, 'main')
    expect(main).toMatch(/^[0-9a-f]{40}$/)
    expect(await h.transport.readFile(h.repo, main ?? '', 'nope.md')).toBeNull()
    expect(await h.transport.getBranchHead(h.repo, 'minutes/none')).toBeNull()
  })
})

describe('mapOctokitError', () => {
  const httpError = (status: number, headers: Record<string, string>, data: unknown) =>
    Object.assign(new Error('x'), { name: 'HttpError', status, response: { headers, data } })

  it('reads the reset time from x-ratelimit-reset, from retry-after, or assumes a minute', () => {
    const now = () => 1_000_000_000_000
    const primary = mapOctokitError(httpError(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1000000600' }, {}), { fullName: 'a/b', now })
    expect((primary as RateLimitedError).resetAt.getTime()).toBe(1_000_000_600_000)
    const secondary = mapOctokitError(httpError(403, { 'retry-after': '30' }, { message: 'secondary rate limit' }), { fullName: 'a/b', now })
    expect((secondary as RateLimitedError).resetAt.getTime()).toBe(now() + 30_000)
    const bare = mapOctokitError(httpError(429, {}, {}), { fullName: 'a/b', now })
    expect((bare as RateLimitedError).resetAt.getTime()).toBe(now() + 60_000)
  })

  it('tells an unanswered request from a 5xx', () => {
    const unanswered = Object.assign(new Error('fetch failed'), { name: 'HttpError', status: 500 })
    expect(mapOctokitError(unanswered, { fullName: 'a/b' })).toBeInstanceOf(NetworkError)
    expect(mapOctokitError(httpError(500, {}, 'oops'), { fullName: 'a/b' })).toBeInstanceOf(GitHubUnavailableError)
  })
})
