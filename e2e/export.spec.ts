// Preview and export on the meeting page, to the local repository (the
// embedded default's transport): the diff shown, a real commit on a real
// branch checked with git, byte-equal to Download .md; re-export adds a
// commit; a double click makes one proposal; a base change since the preview
// shows the new diff and asks again.
import type { Page } from '@playwright/test'
import { exportLocalRepo as repo } from './support/e2e-environment'
import { addLine, downloadMd, minutes, newSeriesMeeting, openMeeting, openPreview } from './support/export-page'
import { commitFiles } from './support/github-emulator/commit-files'
import { alice, expect, test } from './support/users'
import { runGit, runGitText } from '../server/export/git/run-git'
import { readLocalPullRecords } from '../server/export/transports/local-pull-records'
import { clickToPlaceCaret } from './support/editor'

const shots = 'test-results/screenshots'
const template = `# {{date}}\n\n## Participants\n\n## Agenda\n\n### Pending action items\n\n### Release plan (@${alice.login}, 10min)\n`
const localMeeting = (page: Page, folder: string, date: string) => newSeriesMeeting(page, { name: `Export ${folder}`, folder, template }, date)

async function showFile(ref: string, path: string) {
  return (await runGit(repo, ['cat-file', 'blob', `${ref}:${path}`])).toString('utf8')
}

test('preview shows the diff, export commits exactly Download .md, re-export adds a commit to the same proposal', async ({ alicePage, bobPage }) => {
  const meeting = await localMeeting(alicePage, 'e2e-export', '2025-03-05')
  await openMeeting(alicePage, meeting.url)
  await openMeeting(bobPage, meeting.url)
  await addLine(bobPage, meeting.id, 'Ship 1.0 on Friday')

  const dialog = await openPreview(alicePage)
  await expect(dialog.getByTestId('export-target')).toContainText('e2e-export/20250305.md in local repository')
  await expect(dialog.getByTestId('export-target')).toContainText('a new file')
  await expect(dialog.locator('[data-diff="add"]', { hasText: 'Ship 1.0 on Friday' })).toBeVisible()
  await expect(dialog.getByTestId('export-lint')).toContainText("checked with the format's default rules")
  await alicePage.screenshot({ path: `${shots}/export-preview.png` })
  await dialog.getByRole('tab', { name: 'Rendered' }).click()
  await expect(dialog.getByTestId('export-rendered').locator('h3')).toContainText(['Pending action items', 'Release plan'])
  await alicePage.screenshot({ path: `${shots}/export-rendered.png` })
  await dialog.getByRole('tab', { name: 'Markdown' }).click()
  const download = await downloadMd(alicePage, meeting.id)
  expect(await dialog.getByTestId('export-markdown').textContent()).toBe(download)

  await dialog.getByTestId('export-run').click()
  // The local repository has no pull requests: the outcome names the branch and commit.
  await expect(dialog.getByTestId('export-outcome')).toContainText('Committed to branch minutes/e2e-export-20250305 of the local repository (commit ')
  const head = (await runGitText(repo, ['rev-parse', 'minutes/e2e-export-20250305'])).trim().slice(0, 7)
  await expect(dialog.getByTestId('export-outcome')).toContainText(`(commit ${head})`)
  await expect(dialog.getByTestId('export-outcome')).not.toContainText('pull request #')
  await alicePage.screenshot({ path: `${shots}/export-done.png` })
  expect(await showFile('minutes/e2e-export-20250305', 'e2e-export/20250305.md')).toBe(download)
  expect(await runGitText(repo, ['log', '-1', '--format=%an|%s', 'minutes/e2e-export-20250305'])).toBe(`${alice.name}|Add minutes of Export e2e-export 2025-03-05`)

  // Edit again, export again: a second commit on the same branch and proposal.
  await addLine(bobPage, meeting.id, 'Release notes by Thursday')
  await dialog.getByRole('button', { name: 'Refresh preview' }).click()
  await dialog.getByRole('tab', { name: 'Changes' }).click()
  await expect(dialog.locator('[data-diff="add"]', { hasText: 'Release notes by Thursday' })).toBeVisible()
  await dialog.getByTestId('export-run').click()
  await expect(dialog.getByTestId('export-outcome')).toContainText('Added a commit to branch minutes/e2e-export-20250305 of the local repository (commit ')
  expect(await runGitText(repo, ['rev-list', '--count', 'main..minutes/e2e-export-20250305'])).toBe('2')
  expect(await showFile('minutes/e2e-export-20250305', 'e2e-export/20250305.md')).toBe(await downloadMd(alicePage, meeting.id))

  // Nothing changed since: no commit, and the page says so.
  await dialog.getByTestId('export-run').click()
  await expect(dialog.getByTestId('export-outcome')).toContainText('Nothing changed since the last export — branch minutes/e2e-export-20250305 of the local repository is up to date')
  expect(await runGitText(repo, ['rev-list', '--count', 'main..minutes/e2e-export-20250305'])).toBe('2')

  // The meeting shows its proposal, here and after a reload.
  await dialog.getByRole('button', { name: 'Close' }).click()
  await alicePage.reload()
  await expect(alicePage.getByTestId('export-record')).toContainText('PR open')
})

test('a double click on Export makes one proposal and one commit', async ({ alicePage }) => {
  const meeting = await localMeeting(alicePage, 'e2e-double', '2025-03-06')
  await openMeeting(alicePage, meeting.url)
  const dialog = await openPreview(alicePage)
  await expect(dialog.getByTestId('export-diff')).toBeVisible()
  await dialog.getByTestId('export-run').dblclick()
  await expect(dialog.getByTestId('export-outcome')).toContainText('Committed to branch minutes/')
  const records = (await readLocalPullRecords(repo)).filter((r) => r.branch === 'minutes/e2e-double-20250306')
  expect(records).toHaveLength(1)
  expect(await runGitText(repo, ['rev-list', '--count', 'main..minutes/e2e-double-20250306'])).toBe('1')
})

test('a change to the file on the base branch since the preview shows the new diff and asks again', async ({ alicePage }) => {
  const meeting = await localMeeting(alicePage, 'e2e-moved', '2025-03-07')
  await openMeeting(alicePage, meeting.url)
  await addLine(alicePage, meeting.id, 'Our own notes')
  const dialog = await openPreview(alicePage)
  await expect(dialog.getByTestId('export-target')).toContainText('a new file')
  await commitFiles(repo, { branch: 'main', files: { 'e2e-moved/20250307.md': '# Written elsewhere\n' }, message: 'Someone else was faster\n' })

  await dialog.getByTestId('export-run').click()
  await expect(dialog.getByTestId('export-base-changed')).toBeVisible()
  await expect(dialog.locator('[data-diff="remove"]', { hasText: '# Written elsewhere' })).toBeVisible()
  await alicePage.screenshot({ path: `${shots}/export-base-changed.png` })
  expect(await runGitText(repo, ['branch', '--list', 'minutes/e2e-moved-*'])).toBe('')
  // Nothing lost: the minutes are as typed.
  await expect(minutes(alicePage)).toContainText('Our own notes')

  await dialog.getByRole('button', { name: 'Export again' }).click()
  await expect(dialog.getByTestId('export-outcome')).toContainText('Committed to branch minutes/')
  expect(await showFile('minutes/e2e-moved-20250307', 'e2e-moved/20250307.md')).toBe(await downloadMd(alicePage, meeting.id))
})

test('a meeting outside a series explains that export needs one', async ({ alicePage }) => {
  const res = await alicePage.request.post('/api/meetings', { data: { title: 'Loose meeting' } })
  const { url } = (await res.json()) as { url: string }
  await openMeeting(alicePage, url)
  await expect(alicePage.getByTestId('export-needs-series')).toContainText('Export needs a series')
  await expect(alicePage.getByRole('button', { name: 'Preview export' })).toHaveCount(0)
})

test('once its pull request is merged, a meeting of a series that locks after merge turns read-only', async ({ alicePage, bobPage }) => {
  const meeting = await newSeriesMeeting(alicePage, { name: 'Export locked', folder: 'e2e-locked', template, lockAfterMerge: true }, '2025-03-10')
  await openMeeting(alicePage, meeting.url)
  await openMeeting(bobPage, meeting.url)
  await addLine(alicePage, meeting.id, 'Decided: ship it')
  const dialog = await openPreview(alicePage)
  await dialog.getByTestId('export-run').click()
  await expect(dialog.getByTestId('export-outcome')).toContainText('Committed to branch minutes/')

  // A maintainer merges the branch into main.
  const branch = 'minutes/e2e-locked-20250310'
  const [main, head] = [await runGitText(repo, ['rev-parse', 'main']), await runGitText(repo, ['rev-parse', branch])]
  const tree = (await runGitText(repo, ['merge-tree', '--write-tree', main, head])).split('\n')[0]!
  const merge = await runGitText(repo, ['commit-tree', tree, '-p', main, '-p', head, '-m', `Merge ${branch}`])
  await runGit(repo, ['update-ref', 'refs/heads/main', merge, main])

  await alicePage.reload()
  await expect(alicePage.getByTestId('meeting-locked')).toContainText('These minutes are locked')
  await expect(alicePage.getByTestId('export-record')).toContainText('PR merged')
  await expect(minutes(alicePage)).toHaveAttribute('contenteditable', 'false')
  // The agenda stays in view, but its timer cannot be started: the route refuses it too.
  await expect(alicePage.getByTestId('agenda-item').first()).toBeVisible()
  await expect(alicePage.getByTestId('agenda-panel').getByRole('button')).toHaveCount(0)
  const timer = await alicePage.request.post(`/api/meetings/${meeting.id}/agenda-timer`, { data: { itemId: '1:Release plan', durationMs: 60_000 } })
  expect(timer.status()).toBe(409)
  expect(((await timer.json()) as { error: string }).error).toMatch(/locked/)
  await alicePage.screenshot({ path: `${shots}/export-locked.png` })
  // Bob's page was open before the lock: the server refuses his change and his page says why.
  await clickToPlaceCaret(minutes(bobPage).locator('h3').last())
  await bobPage.keyboard.press('End')
  await bobPage.keyboard.type(' (too late)')
  await expect(bobPage.getByRole('alert').filter({ hasText: 'These minutes are locked' })).toBeVisible()
  await expect(minutes(bobPage)).toHaveAttribute('contenteditable', 'false')
  expect(await downloadMd(alicePage, meeting.id)).not.toContain('too late')
})
