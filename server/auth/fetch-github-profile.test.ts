// Against the GitHub emulator, laid out like GitHub Enterprise Server
// (API under /api/v3), so the configured URLs are what is exercised.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startGitHubEmulator, type GitHubEmulator } from '../../e2e/support/github-emulator/start-github-emulator'
import { fetchGitHubProfile, noreplyEmail } from './fetch-github-profile'

let gh: GitHubEmulator
let dataDir: string
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'profile-test-'))
  gh = await startGitHubEmulator({ dataDir })
  gh.addUser({ login: 'mona', name: 'Mona Lisa', email: 'mona@example.com', token: 'gho_mona' })
  gh.addUser({ login: 'quiet', name: '', email: '', token: 'gho_quiet', scopes: ['read:user', 'user:email'] })
  gh.addUser({ login: 'hidden', name: 'Hidden', email: '', token: 'gho_hidden', scopes: ['read:user'] })
})
afterAll(async () => {
  await gh.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('fetchGitHubProfile', () => {
  it('reads the user from the configured API', async () => {
    expect(await fetchGitHubProfile(gh.url, gh.webUrl, 'gho_mona')).toEqual({
      id: expect.any(Number),
      login: 'mona',
      name: 'Mona Lisa',
      email: 'mona@example.com',
      avatar_url: `${gh.webUrl}/avatars/mona`,
    })
    expect(gh.requests.map((r) => r.path)).toContain('/user')
  })

  it('asks /user/emails when the profile hides the address, and takes only a verified primary one', async () => {
    const quiet = await fetchGitHubProfile(gh.url, gh.webUrl, 'gho_quiet')
    expect(quiet.name).toBeNull()
    // The emulator gives this user an empty primary address, so the noreply one stands in.
    expect(quiet.email).toBe(noreplyEmail(gh.webUrl, quiet.id, 'quiet'))
  })

  it('falls back to the noreply address when user:email was not granted', async () => {
    const hidden = await fetchGitHubProfile(gh.url, gh.webUrl, 'gho_hidden')
    expect(hidden.email).toBe(`${hidden.id}+hidden@users.noreply.127.0.0.1`)
  })

  it('fails on a token GitHub refuses', async () => {
    await expect(fetchGitHubProfile(gh.url, gh.webUrl, 'gho_nonsense')).rejects.toThrow(/Bad credentials/)
  })
})

describe('noreplyEmail', () => {
  it('uses the GitHub host, as GitHub Enterprise Server does', () => {
    expect(noreplyEmail('https://github.com', 1, 'octocat')).toBe('1+octocat@users.noreply.github.com')
    expect(noreplyEmail('https://ghe.example.com/', 7, 'mona')).toBe('7+mona@users.noreply.ghe.example.com')
  })
})
