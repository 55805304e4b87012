// The adapter, the sign-in refresh and the token helpers against a real,
// migrated database (SQLite, or PostgreSQL with TEST_DATABASE_URL).
import type { AdapterUser } from 'next-auth/adapters'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../db/client'
import { createTestDatabase, type TestDatabase } from '../db/test-database'
import { formerLogin } from './claim-github-user'
import { forgetGitHubToken } from './forget-github-token'
import { githubAdapter } from './github-adapter'
import { hasRepoScope } from './has-repo-scope'
import { readGitHubToken } from './read-github-token'
import { readSessionGitHubToken } from './read-session-github-token'
import { refreshGitHubSignIn } from './refresh-github-sign-in'

let t: TestDatabase
let db: Db
beforeAll(async () => {
  t = await createTestDatabase()
  db = t.db
})
afterAll(() => t.drop())
beforeEach(async () => {
  await db.account.deleteMany()
  await db.user.deleteMany()
})

const monaProfile = { login: 'mona', name: 'Mona Lisa', email: 'mona@example.com', avatarUrl: 'https://github.com/avatars/mona', emailVerified: null }

/** What next-auth does on a first GitHub sign-in: createUser, then linkAccount. */
async function firstSignIn(profile: typeof monaProfile, githubId: string, tokens: Record<string, unknown>) {
  const adapter = githubAdapter(db)
  const user = await adapter.createUser!(profile as unknown as Omit<AdapterUser, 'id'>)
  await adapter.linkAccount!({ userId: user.id, type: 'oauth', provider: 'github', providerAccountId: githubId, ...tokens } as never)
  return user
}

describe('githubAdapter', () => {
  it('makes a user from the GitHub profile and finds it again by account', async () => {
    const user = await firstSignIn(monaProfile, '101', { access_token: 'gho_one', token_type: 'bearer', scope: 'public_repo,read:user' })
    expect(user).toMatchObject({ login: 'mona', name: 'Mona Lisa', image: 'https://github.com/avatars/mona' })
    const found = await githubAdapter(db).getUserByAccount!({ provider: 'github', providerAccountId: '101' })
    expect(found?.id).toBe(user.id)
    expect(await readGitHubToken(db, user.id)).toBe('gho_one')
  })

  it('stores only the token columns it has, whatever else GitHub sends', async () => {
    const user = await firstSignIn(monaProfile, '101', {
      access_token: 'ghu_x',
      token_type: 'bearer',
      scope: 'repo',
      refresh_token: 'ghr_y',
      expires_at: 1_900_000_000,
      refresh_token_expires_in: '15811200',
      something_new: 'from a future GitHub',
    })
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id } })
    expect(account).toMatchObject({ access_token: 'ghu_x', refresh_token: 'ghr_y', expires_at: 1_900_000_000, refresh_token_expires_in: 15_811_200, scope: 'repo' })
  })

  it('adopts the row of an earlier local sign-in with the same login instead of duplicating it', async () => {
    const local = await db.user.create({ data: { login: 'mona', name: 'typed by hand' } })
    const user = await firstSignIn(monaProfile, '101', { access_token: 'gho_one' })
    expect(user.id).toBe(local.id)
    expect(await db.user.count()).toBe(1)
    expect(await db.user.findUniqueOrThrow({ where: { id: local.id } })).toMatchObject({ name: 'Mona Lisa', email: 'mona@example.com' })
  })

  it('moves aside a row whose login now belongs to another GitHub account', async () => {
    const former = await firstSignIn(monaProfile, '101', { access_token: 'gho_old' })
    const newcomer = await firstSignIn({ ...monaProfile, name: 'New Mona' }, '202', { access_token: 'gho_new' })
    expect(newcomer.id).not.toBe(former.id)
    expect((await db.user.findUniqueOrThrow({ where: { id: former.id } })).login).toBe(formerLogin('mona', former.id))
    expect(await readGitHubToken(db, former.id)).toBe('gho_old')
    expect(await readGitHubToken(db, newcomer.id)).toBe('gho_new')
  })

  it('never matches a user by email nor links to whoever is signed in', async () => {
    await firstSignIn(monaProfile, '101', {})
    const adapter = githubAdapter(db)
    expect(await adapter.getUserByEmail!('mona@example.com')).toBeNull()
    const row = await db.user.findFirstOrThrow()
    expect(await adapter.getUser!(row.id)).toBeNull()
  })
})

describe('refreshGitHubSignIn', () => {
  it('replaces the stored token and scopes and updates the profile on every sign-in', async () => {
    const user = await firstSignIn(monaProfile, '101', { access_token: 'gho_first', scope: 'public_repo' })
    await refreshGitHubSignIn(db, {
      providerAccountId: '101',
      tokens: { access_token: 'gho_second', scope: 'repo,read:user', token_type: 'bearer' },
      login: 'mona',
      name: 'Mona L. Octocat',
      email: 'new@example.com',
      avatarUrl: 'https://github.com/avatars/mona2',
    })
    expect(await readGitHubToken(db, user.id)).toBe('gho_second')
    expect(await hasRepoScope(db, user.id, true)).toBe(true)
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: 'Mona L. Octocat', email: 'new@example.com', avatarUrl: 'https://github.com/avatars/mona2' })
  })

  it('follows a GitHub rename when the new login is free, and keeps the old one when it is not', async () => {
    const user = await firstSignIn(monaProfile, '101', { access_token: 'a' })
    const base = { providerAccountId: '101', tokens: { access_token: 'b' }, name: 'Mona', email: null, avatarUrl: null }
    await refreshGitHubSignIn(db, { ...base, login: 'mona-renamed' })
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).login).toBe('mona-renamed')
    await db.user.create({ data: { login: 'taken', name: 'Someone' } })
    await refreshGitHubSignIn(db, { ...base, login: 'taken' })
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).login).toBe('mona-renamed')
  })

  it('does nothing for an account not linked yet', async () => {
    await refreshGitHubSignIn(db, { providerAccountId: '999', tokens: { access_token: 'x' }, login: 'x', name: 'x', email: null, avatarUrl: null })
    expect(await db.account.count()).toBe(0)
  })
})

describe('forgetGitHubToken', () => {
  it('forgets a token GitHub refused, keeping the account link for the next sign-in', async () => {
    const user = await firstSignIn(monaProfile, '101', { access_token: 'gho_revoked', refresh_token: 'ghr_r', scope: 'public_repo' })
    await forgetGitHubToken(db, user.id)
    expect(await readGitHubToken(db, user.id)).toBeNull()
    expect(await hasRepoScope(db, user.id, false)).toBe(false)
    expect(await db.account.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ providerAccountId: '101', refresh_token: null })
  })

  it('leaves a newer token alone when told which one failed', async () => {
    const user = await firstSignIn(monaProfile, '101', { access_token: 'gho_fresh' })
    await forgetGitHubToken(db, user.id, 'gho_stale')
    expect(await readGitHubToken(db, user.id)).toBe('gho_fresh')
  })
})

describe('hasRepoScope', () => {
  it('needs public_repo for public repositories and repo for private ones', async () => {
    const pub = await firstSignIn(monaProfile, '101', { access_token: 'a', scope: 'read:user,user:email,public_repo' })
    expect(await hasRepoScope(db, pub.id, false)).toBe(true)
    expect(await hasRepoScope(db, pub.id, true)).toBe(false)
    const full = await firstSignIn({ ...monaProfile, login: 'hubot' }, '102', { access_token: 'b', scope: 'repo user:email' })
    expect(await hasRepoScope(db, full.id, true)).toBe(true)
    const none = await db.user.create({ data: { login: 'local-only', name: 'L' } })
    expect(await hasRepoScope(db, none.id, false)).toBe(false)
  })
})

describe('readSessionGitHubToken', () => {
  it('gives the token only to a session that signed in through GitHub, for the row it signed into', async () => {
    const mona = await firstSignIn(monaProfile, '101', { access_token: 'gho_mona' })
    const session = { id: mona.id, login: 'mona', name: 'Mona', color: '#000', avatarUrl: null }
    expect(await readSessionGitHubToken(db, { ...session, viaGitHub: true })).toBe('gho_mona')
    // The same row and login, from a local sign-in made before the row was linked to GitHub.
    expect(await readSessionGitHubToken(db, { ...session, viaGitHub: false })).toBeNull()
    // A GitHub session whose row was moved aside keeps reading its own row, not the new holder of the login.
    const newcomer = await firstSignIn(monaProfile, '202', { access_token: 'gho_newcomer' })
    expect(newcomer.id).not.toBe(mona.id)
    expect(await readSessionGitHubToken(db, { ...session, viaGitHub: true })).toBe('gho_mona')
  })
})
