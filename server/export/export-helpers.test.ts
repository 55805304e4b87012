import { describe, expect, it } from 'vitest'
import { addSignOff } from './add-sign-off'
import { createExportTransport, localRepository } from './create-export-transport'
import { describeExportFailure } from './describe-export-failure'
import { loadExportConfig } from './export-config'
import { BaseChangedError, GitHubUnavailableError, RateLimitedError, TokenInvalidError } from './export-errors'
import { exportMinutesInput } from './export-input'
import { nameExportBranch } from './name-export-branch'
import { retryAfterRateLimit } from './retry-after-rate-limit'
import { runExclusive } from './run-exclusive'

describe('addSignOff', () => {
  const mona = { name: 'Mona Lisa', email: 'mona@example.com' }
  it('adds the trailer as its own paragraph', () => {
    expect(addSignOff('Minutes\n\nBody text.', mona)).toBe('Minutes\n\nBody text.\n\nSigned-off-by: Mona Lisa <mona@example.com>\n')
  })
  it('joins an existing trailer block and never signs twice', () => {
    const withTrailer = 'Minutes\n\nCo-authored-by: Hubot <hubot@example.com>'
    const signed = addSignOff(withTrailer, mona)
    expect(signed).toBe(`${withTrailer}\nSigned-off-by: Mona Lisa <mona@example.com>\n`)
    expect(addSignOff(signed, mona)).toBe(signed)
  })
  it('does not take a one-line subject that looks like a trailer for one', () => {
    expect(addSignOff('Fix: typo', mona)).toBe('Fix: typo\n\nSigned-off-by: Mona Lisa <mona@example.com>\n')
  })
})

describe('nameExportBranch', () => {
  it('follows minutes/<folder>-<yyyymmdd> and numbers later branches', () => {
    expect(nameExportBranch('iaas', '2024-07-24')).toBe('minutes/iaas-20240724')
    expect(nameExportBranch('iaas', '2024-07-24', 3)).toBe('minutes/iaas-20240724-3')
    expect(nameExportBranch('teams/iaas', '2024-07-24')).toBe('minutes/teams-iaas-20240724')
    expect(nameExportBranch('', '2024-07-24')).toBe('minutes/20240724')
    expect(nameExportBranch('weird name~^', '2024-07-24')).toBe('minutes/weird-name-20240724')
  })
})

describe('exportMinutesInput', () => {
  const valid = {
    meetingId: 'm1',
    repo: { owner: 'acme', name: 'minutes' },
    baseBranch: 'main',
    folder: 'iaas',
    fileName: '20240724.md',
    date: '2024-07-24',
    markdown: '#',
    author: { name: 'Mona', email: 'mona@example.com', login: 'mona' },
    commitMessage: 'm',
    dco: false,
    pr: { title: 't', body: '' },
  }
  it('accepts a well-formed export', () => {
    expect(exportMinutesInput.parse(valid).images).toEqual([])
  })
  it.each([
    ['a folder that climbs out', { folder: '../etc' }],
    ['a folder inside .git', { folder: '.git/hooks' }],
    ['a file name with a folder', { fileName: 'x/20240724.md' }],
    ['a file that is not Markdown', { fileName: '20240724.txt' }],
    ['an image name with a path', { images: [{ name: '../a.png', bytes: new Uint8Array() }] }],
    ['two images with one name', { images: [{ name: 'a.png', bytes: new Uint8Array() }, { name: 'a.png', bytes: new Uint8Array() }] }],
    ['a base branch git would refuse', { baseBranch: 'main..x' }],
    ['an owner name GitHub would refuse', { repo: { owner: '-acme', name: 'minutes' } }],
  ])('refuses %s', (_label, change) => {
    expect(exportMinutesInput.safeParse({ ...valid, ...change }).success).toBe(false)
  })
})

describe('runExclusive', () => {
  it('runs tasks with one key one after another, and other keys alongside', async () => {
    const order: string[] = []
    let releaseFirst: () => void = () => {}
    const first = runExclusive('k', async () => {
      order.push('first:start')
      await new Promise<void>((resolve) => (releaseFirst = resolve))
      order.push('first:end')
    })
    const second = runExclusive('k', async () => void order.push('second'))
    const other = runExclusive('other', async () => void order.push('other'))
    await other
    expect(order).toEqual(['first:start', 'other'])
    releaseFirst()
    await Promise.all([first, second])
    expect(order).toEqual(['first:start', 'other', 'first:end', 'second'])
  })
  it('goes on after a task that failed', async () => {
    await expect(runExclusive('f', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    await expect(runExclusive('f', async () => 'ok')).resolves.toBe('ok')
  })
})

describe('retryAfterRateLimit', () => {
  const now = () => 1_000_000
  it('retries once after a short wait and passes other errors through', async () => {
    let calls = 0
    const waits: number[] = []
    const task = async () => {
      calls++
      if (calls === 1) throw new RateLimitedError(new Date(1_003_000))
      return 'done'
    }
    expect(await retryAfterRateLimit(task, { maxWaitMs: 5000, sleep: async (ms) => void waits.push(ms), now })).toBe('done')
    expect(waits).toEqual([3000])
    await expect(
      retryAfterRateLimit(() => Promise.reject(new GitHubUnavailableError(502)), { maxWaitMs: 5000, sleep: async () => {}, now }),
    ).rejects.toBeInstanceOf(GitHubUnavailableError)
  })
})

describe('createExportTransport', () => {
  const onGitHub = { repoOwner: 'acme', repoName: 'minutes' }
  const local = { repoOwner: null, repoName: null }
  it('sends a series with a repository to GitHub as the user, and one without to the local repository', () => {
    const github = loadExportConfig({ GITHUB_CLIENT_ID: 'id', GITHUB_API_URL: 'https://ghe.example.com/api/v3', EXPORT_LOCAL_REPO: '/srv/minutes' })
    expect(createExportTransport(github, { ...onGitHub, githubToken: 't' }).repo).toEqual({ owner: 'acme', name: 'minutes' })
    expect(() => createExportTransport(github, onGitHub)).toThrow(TokenInvalidError)
    expect(createExportTransport(github, local).repo).toEqual(localRepository)
  })
  it('says what is missing from the configuration', () => {
    expect(() => createExportTransport(loadExportConfig({}), { ...onGitHub, githubToken: 't' })).toThrow(/GITHUB_CLIENT_ID/)
    // Without EXPORT_LOCAL_REPO the embedded default's repository under data/ is used, never a path from the request.
    expect(createExportTransport(loadExportConfig({}), local).repo).toEqual(localRepository)
    expect(() => loadExportConfig({ GITHUB_API_URL: 'not a url' })).toThrow(/GITHUB_API_URL/)
  })
})

describe('describeExportFailure', () => {
  it('answers each typed error with its status, sentence and details, and hides anything else', () => {
    const limited = describeExportFailure(new RateLimitedError(new Date(1_000_090_000)), 1_000_000_000)
    expect(limited).toMatchObject({ status: 429, headers: { 'retry-after': '90' }, body: { code: 'rate-limited', retryable: true } })
    const changed = describeExportFailure(new BaseChangedError('a'.repeat(40), 'new text', '--- diff'))
    expect(changed).toMatchObject({ status: 409, body: { code: 'base-changed', existing: 'new text', diff: '--- diff' } })
    expect(describeExportFailure(new TokenInvalidError()).status).toBe(401)
    const invalid = describeExportFailure(exportMinutesInput.safeParse({}).error)
    expect(invalid).toMatchObject({ status: 400, body: { code: 'invalid-input' } })
    const bug = describeExportFailure(new Error('secret internals'))
    expect(bug.status).toBe(500)
    expect(bug.body.message).not.toContain('secret')
  })
})
