// Export to GitHub through the emulator: two people signed in with GitHub
// co-edit a meeting made from a template, preview it, and export it as a
// branch, one commit and a pull request in a real bare repository; a second
// export adds a commit to the same PR; a user without push rights goes
// through a fork; each failure GitHub can give shows its sentence in the page,
// loses nothing, and a retry succeeds.
import { expect, test, type Browser, type Page } from '@playwright/test'
import { githubEmulator, signInWithGitHub, type EmulatorFailure } from './support/github'
import { addLine, downloadMd, minutes, newSeriesMeeting, openMeeting, openPreview } from './support/export-page'
import { readStoredToken } from './support/read-stored-token'
import { runGit, runGitText } from '../server/export/git/run-git'
import { makePng } from '../server/images/testing/make-png'
import { transfer } from './support/transfer-files'

const shots = 'test-results/screenshots'
const template = '# {{date}}\n\n## Participants\n\n## Agenda\n\n### Pending action items\n\n### Status (@{{author}}, 10min)\n'

async function gitHubPage(browser: Browser, baseURL: string | undefined, login: string, path = '/') {
  const context = await browser.newContext({ baseURL })
  // The emulator serves no avatar images.
  await context.route(`${githubEmulator.webUrl}/avatars/**`, (route) => route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>' }))
  const page = await context.newPage()
  await signInWithGitHub(page, login, path)
  return page
}

function gitHubMeeting(page: Page, series: { name: string; folder: string; baseBranch?: string }, date: string) {
  return newSeriesMeeting(page, { ...series, repository: 'acme/minutes', template, prBodyPattern: 'Participants: {{participants}}\n\n{{agenda}}\n\nLive: {{link}}' }, date)
}

/** One user signed in with GitHub on a new meeting of a new series, a line typed, the preview open. */
async function previewNewMeeting(browser: Browser, baseURL: string | undefined, login: string, series: { name: string; folder: string }, date: string, line: string) {
  const page = await gitHubPage(browser, baseURL, login)
  const meeting = await gitHubMeeting(page, series, date)
  await openMeeting(page, meeting.url)
  await addLine(page, meeting.id, line)
  return { page, meeting, dialog: await openPreview(page) }
}

async function blobAt(gitDir: string, ref: string) {
  return (await runGit(gitDir, ['cat-file', 'blob', ref])).toString('utf8')
}

test('two GitHub users co-edit, preview and export: branch, one commit byte-equal to Download .md, a PR; re-export adds a commit to it', async ({ browser, baseURL }) => {
  const mona = await gitHubPage(browser, baseURL, 'mona')
  const hubot = await gitHubPage(browser, baseURL, 'hubot')
  const meeting = await gitHubMeeting(mona, { name: 'Team IaaS', folder: 'iaas' }, '2024-07-24')
  await openMeeting(mona, meeting.url)
  await openMeeting(hubot, meeting.url)
  await addLine(hubot, meeting.id, 'Hubot: the new flavors are live')
  await addLine(mona, meeting.id, 'Mona: docs follow next week')

  const dialog = await openPreview(mona)
  await expect(dialog.getByTestId('export-target')).toContainText('iaas/20240724.md in acme/minutes')
  await expect(dialog.locator('[data-diff="add"]', { hasText: 'the new flavors are live' })).toBeVisible()
  await mona.screenshot({ path: `${shots}/export-github-preview.png` })
  await dialog.getByTestId('export-run').click()
  const outcome = dialog.getByTestId('export-outcome')
  await expect(outcome).toContainText('Opened pull request #')
  await mona.screenshot({ path: `${shots}/export-github-done.png` })

  const bare = await githubEmulator.repoPath('acme', 'minutes')
  const branch = 'minutes/iaas-20240724'
  expect(await runGitText(bare, ['rev-list', '--count', `main..${branch}`])).toBe('1')
  expect(await blobAt(bare, `${branch}:iaas/20240724.md`)).toBe(await downloadMd(mona, meeting.id))
  expect(await runGitText(bare, ['log', '-1', '--format=%an <%ae>', branch])).toBe('Mona Lisa Octocat <mona@example.com>')
  const pulls = (await githubEmulator.pulls('acme', 'minutes')).filter((p) => p.headRef === branch)
  expect(pulls).toHaveLength(1)
  expect(pulls[0]).toMatchObject({ title: 'Minutes of Team IaaS 2024-07-24', state: 'open' })
  expect(pulls[0]!.body).toContain('Participants: @mona, @hubot')
  expect(pulls[0]!.body).toContain(`Live: ${baseURL}/m/${meeting.id}`)
  await expect(outcome.getByRole('link')).toHaveAttribute('href', new RegExp(`/acme/minutes/pull/${pulls[0]!.number}$`))

  // Edit again, export again: a second commit, the same pull request.
  await addLine(hubot, meeting.id, 'Hubot: one more thing')
  await dialog.getByRole('button', { name: 'Refresh preview' }).click()
  await expect(dialog).toHaveAttribute('data-step', 'preview')
  await expect(dialog.locator('[data-diff="add"]', { hasText: 'one more thing' })).toBeVisible()
  await dialog.getByTestId('export-run').click()
  await expect(outcome).toContainText(`Added a commit to pull request #${pulls[0]!.number}`)
  expect(await runGitText(bare, ['rev-list', '--count', `main..${branch}`])).toBe('2')
  expect(await blobAt(bare, `${branch}:iaas/20240724.md`)).toBe(await downloadMd(mona, meeting.id))
  expect((await githubEmulator.pulls('acme', 'minutes')).filter((p) => p.headRef === branch)).toHaveLength(1)
  await mona.context().close()
  await hubot.context().close()
})

test('a user without push rights exports through a fork', async ({ browser, baseURL }) => {
  const { page: hubot, meeting, dialog } = await previewNewMeeting(browser, baseURL, 'hubot', { name: 'Team Fork', folder: 'fork' }, '2024-07-25', 'From a fork')
  await dialog.getByTestId('export-run').click()
  await expect(dialog.getByTestId('export-outcome')).toContainText('from your fork hubot/minutes')
  const fork = await githubEmulator.repoPath('hubot', 'minutes')
  expect(await blobAt(fork, 'minutes/fork-20240725:fork/20240725.md')).toBe(await downloadMd(hubot, meeting.id))
  const pull = (await githubEmulator.pulls('acme', 'minutes')).find((p) => p.headRef === 'minutes/fork-20240725')
  expect(pull).toMatchObject({ headOwner: 'hubot', baseRef: 'main', state: 'open' })
  await hubot.context().close()
})

test('a pasted image is exported in the same commit, byte-equal, beside the minutes that link it relatively', async ({ browser, baseURL }) => {
  const mona = await gitHubPage(browser, baseURL, 'mona')
  const meeting = await gitHubMeeting(mona, { name: 'Pictures', folder: 'pictures' }, '2024-07-30')
  await openMeeting(mona, meeting.url)
  await addLine(mona, meeting.id, 'Load chart:')
  await mona.keyboard.type(' ')
  const png = makePng(120, 60, [22, 163, 74])
  await transfer(mona, 'paste', [{ name: 'image.png', type: 'image/png', bytes: Array.from(png) }])
  await expect(minutes(mona).locator('img:not(.ProseMirror-separator)')).toHaveCount(1)
  await expect.poll(async () => /!\[\]\([0-9a-f-]{36}\.png\)/.exec(await downloadMd(mona, meeting.id))?.[0]).toBeTruthy()
  const markdown = await downloadMd(mona, meeting.id)
  const fileName = /!\[\]\(([0-9a-f-]{36}\.png)\)/.exec(markdown)![1]!
  expect(markdown).toContain(`Load chart: ![](${fileName})`)

  const dialog = await openPreview(mona)
  await dialog.getByTestId('export-run').click()
  await expect(dialog.getByTestId('export-outcome')).toContainText('Opened pull request #')
  await mona.screenshot({ path: `${shots}/export-github-image.png` })

  const bare = await githubEmulator.repoPath('acme', 'minutes')
  const branch = 'minutes/pictures-20240730'
  expect(await runGitText(bare, ['rev-list', '--count', `main..${branch}`])).toBe('1')
  const changed = (await runGitText(bare, ['diff-tree', '--no-commit-id', '--name-only', '-r', branch])).split('\n').sort()
  expect(changed).toEqual([`pictures/${fileName}`, 'pictures/20240730.md'].sort())
  expect(await blobAt(bare, `${branch}:pictures/20240730.md`)).toBe(markdown)
  const committed = await runGit(bare, ['cat-file', 'blob', `${branch}:pictures/${fileName}`])
  expect(committed.equals(Buffer.from(png))).toBe(true)
  await mona.context().close()
})

test('no write access (403 on the repository) is named, loses nothing, and the retry succeeds once access is granted', async ({ browser, baseURL }) => {
  const { page: mona, meeting, dialog } = await previewNewMeeting(browser, baseURL, 'mona', { name: 'Forbidden', folder: 'forbidden' }, '2024-07-31', 'Written before access was lost')
  // Until cleared: a retry meets the same refusal, as it would on GitHub.
  await githubEmulator.injectFailure({ kind: 'forbidden', path: '/repos/acme/minutes', method: 'GET', times: 100 })
  try {
    await dialog.getByTestId('export-run').click()
    const alert = dialog.getByTestId('export-failure')
    await expect(alert).toContainText('Your GitHub account may not write to acme/minutes — ask its owners for access')
    await expect(alert).toContainText('The minutes are unchanged')
    await mona.screenshot({ path: `${shots}/export-failure-forbidden.png` })
    const refusals = async () => (await githubEmulator.requests()).filter((r) => r.path === '/repos/acme/minutes' && r.status === 403).length
    await alert.getByRole('button', { name: 'Try the export again' }).click()
    await expect.poll(refusals).toBe(2)
    await expect(alert).toContainText('may not write to acme/minutes')
    await expect(minutes(mona)).toContainText('Written before access was lost')
  } finally {
    await githubEmulator.clearFailures()
  }
  await dialog.getByTestId('export-failure').getByRole('button', { name: 'Try the export again' }).click()
  await expect(dialog.getByTestId('export-outcome')).toContainText('Opened pull request')
  const bare = await githubEmulator.repoPath('acme', 'minutes')
  expect(await blobAt(bare, 'minutes/forbidden-20240731:forbidden/20240731.md')).toBe(await downloadMd(mona, meeting.id))
  await mona.context().close()
})

const failures: { name: string; failure: EmulatorFailure; message: RegExp }[] = [
  { name: 'no access (404)', failure: { kind: 'not-found', path: '/repos/acme/minutes', method: 'GET' }, message: /acme\/minutes does not exist, or your GitHub account cannot see it/ },
  { name: 'branch protection', failure: { kind: 'branch-protected' }, message: /is protected and refused the commit/ },
  { name: 'rate limit', failure: { kind: 'rate-limit', resetInSeconds: 3600 }, message: /rate limit is used up — try again after \d\d:\d\d UTC/ },
  { name: 'network error', failure: { kind: 'network' }, message: /Could not reach GitHub/ },
  { name: '5xx', failure: { kind: 'server-error', status: 503 }, message: /GitHub is having trouble \(HTTP 503\)/ },
]

test('each failure shows its message, loses nothing, and a retry succeeds', async ({ browser, baseURL }) => {
  const mona = await gitHubPage(browser, baseURL, 'mona')
  const meeting = await gitHubMeeting(mona, { name: 'Failing', folder: 'failing' }, '2024-07-26')
  await openMeeting(mona, meeting.url)
  const bare = await githubEmulator.repoPath('acme', 'minutes')
  const branch = 'minutes/failing-20240726'
  let commits = 0
  for (const { name, failure, message } of failures) {
    const line = `Before ${name}`
    await addLine(mona, meeting.id, line)
    const dialog = await openPreview(mona)
    await githubEmulator.injectFailure(failure)
    await dialog.getByTestId('export-run').click()
    const alert = dialog.getByTestId('export-failure')
    await expect(alert, name).toContainText(message)
    await expect(alert).toContainText('The minutes are unchanged')
    if (failure.kind === 'rate-limit') await expect(alert).toContainText('The limit resets at')
    await mona.screenshot({ path: `${shots}/export-failure-${failure.kind}.png` })
    await expect(minutes(mona)).toContainText(line)
    await alert.getByRole('button', { name: 'Try the export again' }).click()
    await expect(dialog.getByTestId('export-outcome'), name).toContainText(commits === 0 ? 'Opened pull request' : 'Added a commit to pull request')
    commits++
    expect(await runGitText(bare, ['rev-list', '--count', `main..${branch}`])).toBe(String(commits))
    expect(await blobAt(bare, `${branch}:failing/20240726.md`)).toBe(await downloadMd(mona, meeting.id))
    await dialog.getByRole('button', { name: 'Close' }).click()
  }
  expect((await githubEmulator.pulls('acme', 'minutes')).filter((p) => p.headRef === branch)).toHaveLength(1)
  await mona.context().close()
})

test('a missing base branch is named; after fixing the series the export goes through', async ({ browser, baseURL }) => {
  const mona = await gitHubPage(browser, baseURL, 'mona')
  const meeting = await gitHubMeeting(mona, { name: 'Wrong base', folder: 'wrong-base', baseBranch: 'trunk' }, '2024-07-27')
  await openMeeting(mona, meeting.url)
  await mona.getByRole('button', { name: 'Preview export' }).click()
  const dialog = mona.getByTestId('export-dialog')
  await expect(dialog.getByTestId('export-failure')).toContainText('The branch trunk does not exist in acme/minutes')
  const fixed = await mona.request.patch(`/api/series/${meeting.seriesId}`, { data: { baseBranch: 'main' } })
  expect(fixed.ok(), await fixed.text()).toBe(true)
  await dialog.getByRole('button', { name: 'Preview again' }).click()
  await expect(dialog.getByTestId('export-target')).toContainText('wrong-base/20240727.md')
  await dialog.getByTestId('export-run').click()
  await expect(dialog.getByTestId('export-outcome')).toContainText('Opened pull request')
  await mona.context().close()
})

test('the file changed on GitHub since the preview: the new diff is shown and the export asks again', async ({ browser, baseURL }) => {
  const mona = await gitHubPage(browser, baseURL, 'mona')
  const meeting = await gitHubMeeting(mona, { name: 'Moved', folder: 'moved', baseBranch: 'main' }, '2024-07-28')
  await openMeeting(mona, meeting.url)
  const dialog = await openPreview(mona)
  await githubEmulator.commitToBranch('acme', 'minutes', 'main', { 'moved/20240728.md': '# Somebody else\n' })
  await dialog.getByTestId('export-run').click()
  await expect(dialog.getByTestId('export-base-changed')).toBeVisible()
  await expect(dialog.locator('[data-diff="remove"]', { hasText: '# Somebody else' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Export again' }).click()
  await expect(dialog.getByTestId('export-outcome')).toContainText('Opened pull request')
  await mona.context().close()
})

test('a revoked token says to sign in with GitHub again; after signing in the export succeeds', async ({ browser, baseURL }) => {
  const { page: mona, meeting, dialog } = await previewNewMeeting(browser, baseURL, 'mona', { name: 'Revoked', folder: 'revoked' }, '2024-07-29', 'Written before the token was revoked')
  const stored = await readStoredToken('mona')
  await githubEmulator.revokeToken(stored!.token!)
  await dialog.getByTestId('export-run').click()
  const alert = dialog.getByTestId('export-failure')
  await expect(alert).toContainText('Your GitHub sign-in has expired or was revoked — sign in again')
  await mona.screenshot({ path: `${shots}/export-failure-revoked.png` })
  await expect(minutes(mona)).toContainText('Written before the token was revoked')
  // The refused token was forgotten: trying again asks for a sign-in again instead of calling GitHub with it.
  await alert.getByRole('button', { name: 'Try the export again' }).click()
  await expect(alert).toContainText('Your GitHub sign-in has expired or was revoked')

  await githubEmulator.setOAuthApprover('mona')
  const callback = mona.waitForRequest((request) => request.url().includes('/api/auth/callback/github'))
  await alert.getByRole('button', { name: 'Sign in with GitHub again' }).click()
  await callback
  await mona.waitForURL((url) => url.pathname === meeting.url)
  await githubEmulator.setOAuthApprover(null)
  expect((await readStoredToken('mona'))?.token).not.toBe(stored!.token)
  await expect(mona.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect(minutes(mona)).toContainText('Written before the token was revoked')
  const again = await openPreview(mona)
  await again.getByTestId('export-run').click()
  await expect(again.getByTestId('export-outcome')).toContainText('Opened pull request')
  await mona.context().close()
})

test("a private series' repository asks for a sign-in that allows private repositories; after it the export succeeds", async ({ browser, baseURL }) => {
  const mona = await gitHubPage(browser, baseURL, 'mona')
  // Signed in as usual: public_repo only.
  expect((await readStoredToken('mona'))?.scope?.split(/[\s,]+/)).not.toContain('repo')
  const meeting = await newSeriesMeeting(mona, { name: 'Private', folder: 'private', repository: 'acme/private-minutes', privateRepo: true, template }, '2024-08-01')
  await openMeeting(mona, meeting.url)
  await addLine(mona, meeting.id, 'Written for a private repository')
  await mona.getByRole('button', { name: 'Preview export' }).click()
  const dialog = mona.getByTestId('export-dialog')
  const alert = dialog.getByTestId('export-failure')
  await expect(alert).toContainText('acme/private-minutes is a private repository')
  await expect(alert.getByRole('button', { name: 'Sign in with GitHub to allow private repositories' })).toBeVisible()
  await mona.screenshot({ path: `${shots}/export-private-repo-scope.png` })
  expect(await githubEmulator.pulls('acme', 'private-minutes')).toEqual([])

  await githubEmulator.setOAuthApprover('mona')
  try {
    const callback = mona.waitForRequest((request) => request.url().includes('/api/auth/callback/github'))
    await alert.getByRole('button', { name: 'Sign in with GitHub to allow private repositories' }).click()
    await callback
    // The page starts and ends on the meeting's URL, so the stored scope is what says the round trip happened.
    await expect.poll(async () => (await readStoredToken('mona'))?.scope?.split(/[\s,]+/) ?? []).toContain('repo')
    await mona.waitForURL((url) => url.pathname === meeting.url)
  } finally {
    await githubEmulator.setOAuthApprover(null)
  }
  await expect(minutes(mona)).toContainText('Written for a private repository')
  const again = await openPreview(mona)
  await again.getByTestId('export-run').click()
  await expect(again.getByTestId('export-outcome')).toContainText('Opened pull request')
  const pulls = await githubEmulator.pulls('acme', 'private-minutes')
  expect(pulls.map((p) => p.headRef)).toEqual(['minutes/private-20240801'])
  expect(await blobAt(await githubEmulator.repoPath('acme', 'private-minutes'), 'minutes/private-20240801:private/20240801.md')).toBe(await downloadMd(mona, meeting.id))
  await mona.context().close()
})
