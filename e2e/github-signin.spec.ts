// Sign in with GitHub, through the emulated GitHub's real OAuth redirects.
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { decode } from 'next-auth/jwt'
import { signIn } from './support/auth'
import { githubEmulator, signInWithGitHub } from './support/github'
import { readStoredToken } from './support/read-stored-token'

const secret = 'e2e-secret-not-for-production' // playwright.config.ts's AUTH_SECRET
const shots = 'test-results/screenshots'

/** The emulator has no avatar images; a real one is a PNG or SVG from the GitHub host. */
async function serveAvatars(context: BrowserContext): Promise<void> {
  await context.route(`${githubEmulator.webUrl}/avatars/**`, (route) =>
    route.fulfill({
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#6e40c9"/></svg>',
    }),
  )
}

async function session(page: Page): Promise<{ user?: { login?: string; name?: string; image?: string; id?: string } }> {
  return (await (await page.request.get('/api/auth/session')).json()) as { user?: { login?: string; name?: string; image?: string; id?: string } }
}

test('two GitHub users sign in; each sees their own login, name and avatar', async ({ browser, baseURL }) => {
  const monaContext = await browser.newContext({ baseURL })
  const hubotContext = await browser.newContext({ baseURL })
  await serveAvatars(monaContext)
  await serveAvatars(hubotContext)
  const mona = await monaContext.newPage()
  const hubot = await hubotContext.newPage()

  await signInWithGitHub(mona, 'mona')
  await signInWithGitHub(hubot, 'hubot')

  await expect(mona.getByTestId('signed-in-as')).toHaveText(/Mona Lisa Octocat\s*@mona/)
  await expect(hubot.getByTestId('signed-in-as')).toHaveText(/Hubot Robot\s*@hubot/)
  await expect(mona.getByTestId('user-avatar')).toHaveAttribute('src', `${githubEmulator.webUrl}/avatars/mona`)
  await expect(hubot.getByTestId('user-avatar')).toHaveAttribute('src', `${githubEmulator.webUrl}/avatars/hubot`)
  await expect.poll(() => mona.getByTestId('user-avatar').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  await mona.locator('header').screenshot({ path: `${shots}/github-signed-in-topbar.png` })
  expect((await session(mona)).user?.image).toBe(`${githubEmulator.webUrl}/avatars/mona`)

  // The token the app keeps is the one GitHub issued, with the scopes it asked for.
  const stored = await readStoredToken('mona')
  expect(stored?.token).toMatch(/^gho_/)
  expect(stored?.scope?.split(/[\s,]+/).sort()).toEqual(['public_repo', 'read:user', 'user:email'])
  await monaContext.close()
  await hubotContext.close()
})

test('a GitHub user with no display name shows their login', async ({ page }) => {
  await signInWithGitHub(page, 'nameless')
  await expect(page.getByTestId('signed-in-as')).toHaveText(/nameless\s*@nameless/)
})

test('the GitHub token never reaches the browser', async ({ page, context }) => {
  const seen: string[] = []
  page.on('response', async (response) => {
    seen.push(`${response.url()} ${JSON.stringify(await response.allHeaders())}`)
    if (response.request().resourceType() !== 'image' && response.status() < 300) seen.push(await response.text().catch(() => ''))
  })
  await signInWithGitHub(page, 'mona')
  const stored = await readStoredToken('mona')
  const token = stored?.token
  expect(token).toMatch(/^gho_/)

  const sessionBody = await (await page.request.get('/api/auth/session')).text()
  for (const path of ['/', '/series', '/signin']) {
    await page.goto(path)
    seen.push(await page.content())
  }
  const cookies = await context.cookies()
  const parts = cookies.filter((c) => c.name.includes('next-auth.session-token')).sort((a, b) => a.name.localeCompare(b.name))
  expect(parts.length).toBeGreaterThan(0)
  const jwt = await decode({ token: parts.map((c) => c.value).join(''), secret })

  expect(jwt?.login).toBe('mona')
  expect(Object.keys(jwt ?? {})).not.toEqual(expect.arrayContaining(['access_token']))
  for (const where of [sessionBody, JSON.stringify(jwt), JSON.stringify(cookies), ...seen]) expect(where).not.toContain(token)
  expect(seen.length).toBeGreaterThan(5)
})

test('denying on GitHub’s consent page says so and signs nobody in', async ({ page }) => {
  await githubEmulator.setOAuthApprover('deny')
  try {
    await page.goto('/signin')
    await page.getByRole('button', { name: 'Sign in with GitHub' }).click()
    await expect(page.getByTestId('signin-error')).toContainText('GitHub sign-in was cancelled')
  } finally {
    await githubEmulator.setOAuthApprover(null)
  }
  expect(new URL(page.url()).pathname).toBe('/signin')
  expect((await session(page)).user).toBeUndefined()
  // And trying again works.
  await signInWithGitHub(page, 'hubot')
})

test('signing out ends the GitHub session', async ({ page }) => {
  await signInWithGitHub(page, 'hubot')
  await page.goto('/')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/signin/)
  await expect(page.getByRole('button', { name: 'Sign in with GitHub' })).toBeVisible()
  expect((await session(page)).user).toBeUndefined()
  await page.goto('/')
  await expect(page).toHaveURL(/\/signin/)
})

test('a handle used with local sign-in becomes that GitHub user’s, and is GitHub-only from then on', async ({ page, browser, baseURL }) => {
  await githubEmulator.addUser({ login: 'adopted', name: 'Adopted On GitHub', email: 'adopted@example.com' })
  const local = await browser.newContext({ baseURL })
  await signIn(local, { login: 'adopted', name: 'Typed Locally' })
  const localId = ((await (await local.request.get('/api/auth/session')).json()) as { user: { id: string } }).user.id

  await signInWithGitHub(page, 'adopted')
  const user = (await session(page)).user
  expect(user?.id).toBe(localId)
  expect(user?.name).toBe('Adopted On GitHub')
  // The earlier local session still points at that row, but it did not come through GitHub:
  // it is asked to sign in with GitHub before anything may use the token.
  const localPage = await local.newPage()
  await localPage.goto('/signin?callbackUrl=%2F')
  await expect(localPage.getByTestId('signin-github-needed')).toContainText('@adopted')
  await local.close()

  // Typing the handle no longer signs anyone in as that row.
  const again = await browser.newContext({ baseURL })
  const csrf = ((await (await again.request.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken
  const res = await again.request.post('/api/auth/callback/local', { form: { csrfToken: csrf, name: 'Impostor', login: 'adopted', json: 'true' } })
  expect(((await res.json()) as { url: string }).url).toContain(encodeURIComponent('@adopted signs in with GitHub here'))
  expect(((await (await again.request.get('/api/auth/session')).json()) as { user?: unknown }).user).toBeUndefined()
  await again.close()
})

test('the sign-in page offers GitHub first and the local form only because LOCAL_SIGNIN=true', async ({ page }) => {
  await page.goto('/signin')
  await expect(page.getByRole('button', { name: 'Sign in with GitHub' })).toBeVisible()
  await expect(page.getByLabel('GitHub handle')).toBeVisible()
  await page.screenshot({ path: `${shots}/signin-github-and-local.png` })
})

test('a private repository asks GitHub for the repo scope, and the new token replaces the old one', async ({ page }) => {
  await signInWithGitHub(page, 'mona')
  const before = await readStoredToken('mona')
  expect(before?.scope).not.toMatch(/(^|[\s,])repo($|[\s,])/)

  await page.goto('/signin?scope=private&callbackUrl=%2Fseries')
  await expect(page.getByTestId('signin-github-needed')).toContainText('private repositories')
  await page.screenshot({ path: `${shots}/signin-private-repo-scope.png` })
  await githubEmulator.setOAuthApprover('mona')
  try {
    await page.getByRole('button', { name: 'Sign in with GitHub' }).click()
    await page.waitForURL(/\/series$/)
  } finally {
    await githubEmulator.setOAuthApprover(null)
  }
  const after = await readStoredToken('mona')
  expect(after?.scope?.split(/[\s,]+/)).toContain('repo')
  expect(after?.token).not.toBe(before?.token)
  // With the scope granted, the page lets a signed-in user straight through.
  await page.goto('/signin?scope=private&callbackUrl=%2Fseries')
  await expect(page).toHaveURL(/\/series$/)
})

test('someone signed in locally is offered GitHub sign-in, not bounced, when the export sends them here', async ({ page }) => {
  await signIn(page, { login: 'local-writer', name: 'Local Writer' })
  await page.goto('/signin?callbackUrl=%2F')
  await expect(page.getByTestId('signin-github-needed')).toContainText('@local-writer')
  await expect(page.getByRole('button', { name: 'Sign in with GitHub' })).toBeVisible()
  await expect(page.getByLabel('GitHub handle')).toHaveCount(0)
})

test('a token GitHub revoked is forgotten at the next export; signing in with GitHub again makes the export work', async ({ page }) => {
  await signInWithGitHub(page, 'mona')
  const series = await page.request.post('/api/series', {
    data: { name: 'Token lifecycle', folder: 'token-life', repository: 'acme/minutes', template: '# {{date}}\n\n## Participants\n\n## Agenda\n' },
  })
  expect(series.status(), await series.text()).toBe(201)
  const { id: seriesId } = (await series.json()) as { id: string }
  const created = await page.request.post(`/api/series/${seriesId}/meetings`, { data: { date: '2025-04-01' } })
  expect(created.status(), await created.text()).toBe(201)
  const meeting = (await created.json()) as { id: string; url: string }

  await page.goto(meeting.url)
  await page.getByRole('button', { name: 'Preview export' }).click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog.getByTestId('export-target')).toContainText('acme/minutes')
  const revoked = (await readStoredToken('mona'))?.token
  expect(revoked).toMatch(/^gho_/)
  await githubEmulator.revokeToken(revoked!)

  await dialog.getByTestId('export-run').click()
  await expect(dialog.getByTestId('export-failure')).toContainText('sign in again')
  await expect.poll(async () => (await readStoredToken('mona'))?.token).toBeNull()
  const ours = async () => (await githubEmulator.pulls('acme', 'minutes')).filter((p) => p.headRef === 'minutes/token-life-20250401')
  expect(await ours()).toEqual([])

  // Still signed in to the app: the dialog starts GitHub's flow itself and comes back to the meeting.
  await githubEmulator.setOAuthApprover('mona')
  try {
    await dialog.getByRole('button', { name: 'Sign in with GitHub again' }).click()
    // The page starts and ends on the meeting's URL, so the new token is what says the round trip happened.
    await expect.poll(async () => (await readStoredToken('mona'))?.token ?? null).not.toBeNull()
  } finally {
    await githubEmulator.setOAuthApprover(null)
  }
  await page.waitForURL(`**${new URL(meeting.url, 'http://x').pathname}`)
  const fresh = (await readStoredToken('mona'))?.token
  expect(fresh).toMatch(/^gho_/)
  expect(fresh).not.toBe(revoked)

  await page.getByRole('button', { name: 'Preview export' }).click()
  await page.getByTestId('export-dialog').getByTestId('export-run').click()
  await expect(page.getByTestId('export-dialog').getByTestId('export-outcome')).toContainText('Opened pull request #')
  expect((await ours()).map((p) => [p.headRef, p.author, p.state])).toEqual([['minutes/token-life-20250401', 'mona', 'open']])
})
