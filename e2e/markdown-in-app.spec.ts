// Markdown in and out of the app: import a meeting from a file, copy and
// download exactly what the exporter would publish, paste Markdown as structure.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext } from '@playwright/test'
import * as Y from 'yjs'
import { markdownToYUpdate, normalizeMarkdown, yDocToMarkdown } from '../lib/markdown'
import { addParticipant } from '../lib/series/add-participant'
import { createMeeting } from './support/meetings'
import { alice, expect, test } from './support/users'
import { clickToPlaceCaret, failOnPageErrors, letCaretSettle, minutes, openMeeting, paste, watchPageErrors } from './support/editor'

/** Beside the run's other output, so that `--output` keeps parallel runs apart. */
const shot = (name: string) => join(test.info().project.outputDir, 'screenshots', name)
const corpusFile = join(process.cwd(), '..', 'shared', 'corpus', 'iaas', '20240724.md')

failOnPageErrors()



async function allowClipboard(context: BrowserContext, baseURL: string | undefined) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
}

/** What a joined meeting holds: the server lists whoever opens it under Participants. */
function withParticipant(markdown: string, login: string): string {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, markdownToYUpdate(markdown))
  addParticipant(doc, login)
  return yDocToMarkdown(doc)
}

/** A paste as the browser delivers it, with only the given clipboard types. */
test('a corpus file imported through the form arrives as structure, and Download and Copy give what the exporter would', async ({
  alicePage,
  aliceContext,
  baseURL,
}) => {
  const file = readFileSync(corpusFile, 'utf8')
  await allowClipboard(aliceContext, baseURL)
  watchPageErrors(alicePage)
  await alicePage.goto('/')
  await alicePage.getByRole('button', { name: /import Markdown/ }).click()
  const form = alicePage.getByRole('form', { name: 'Import Markdown' })
  await form.locator('input[type=file]').setInputFiles(corpusFile)
  await expect(form.getByTestId('import-file-name')).toHaveText('20240724.md')
  await expect(form.getByLabel('Markdown')).toHaveValue(file.replace(/\r\n?/g, '\n'))
  await expect(form.getByLabel('Title')).toHaveValue('20240724')
  await expect(form.getByLabel('Date')).toHaveValue('2024-07-24')
  await form.getByLabel('Title').fill('Team IaaS')
  await alicePage.screenshot({ path: shot('import-form.png') })
  await form.getByRole('button', { name: 'Import' }).click()

  await alicePage.waitForURL(/\/m\/[a-z2-9]{12}$/)
  await expect(minutes(alicePage)).toBeVisible()
  await expect(alicePage.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect(alicePage.getByRole('heading', { level: 1, name: 'Team IaaS' })).toBeVisible()
  const doc = minutes(alicePage)
  await expect(doc.locator('h1')).toHaveText('2024-07-24')
  await expect(doc.locator('h2')).toContainText(['Participants', 'Housekeeping', 'Agenda'])
  await expect(doc.locator('h3').first()).toHaveText('Need for Manila (@gtema)')
  // The participants list, with nested lists further down kept as lists, not as "- " text.
  await expect(doc.locator('h2:text-is("Participants") + ul > li').first()).toHaveText('@gtema')
  await expect(doc.locator('ul ul ul li').first()).toBeVisible()
  await expect(doc).not.toContainText('## ')
  // Opening the meeting lists Alice; that is in the stored document too.
  await expect(doc.locator('h2:text-is("Participants") + ul > li').last()).toHaveText(`@${alice.login}`)
  await expect(alicePage.getByTestId('unsaved-count')).toHaveAttribute('data-count', '0')
  const expected = withParticipant(file, alice.login)
  expect(expected).toBe(normalizeMarkdown(file).replace('- @matfechner\n', `- @matfechner\n- @${alice.login}\n`))

  const [download] = await Promise.all([alicePage.waitForEvent('download'), alicePage.getByRole('link', { name: 'Download .md' }).click()])
  expect(download.suggestedFilename()).toBe('20240724.md')
  const downloaded = readFileSync(await download.path())
  expect(downloaded.equals(Buffer.from(expected, 'utf8'))).toBe(true)

  await alicePage.getByRole('button', { name: 'Copy as Markdown' }).click()
  await expect(alicePage.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible()
  await alicePage.screenshot({ path: shot('meeting-actions-copied.png') })
  expect(await alicePage.evaluate(() => navigator.clipboard.readText())).toBe(expected)
})

test('the Markdown route answers byte for byte what was imported, normalised, for signed-in people only', async ({ aliceContext, playwright, baseURL }) => {
  const file = readFileSync(corpusFile, 'utf8')
  const res = await aliceContext.request.post('/api/meetings/import', { data: { title: 'IaaS by API', markdown: file } })
  expect(res.status(), await res.text()).toBe(201)
  const meeting = (await res.json()) as { id: string; date: string }
  expect(meeting.date).toBe('2024-07-24')

  const plain = await aliceContext.request.get(`/api/meetings/${meeting.id}/markdown`)
  expect(plain.headers()['content-type']).toBe('text/markdown; charset=utf-8')
  expect(plain.headers()['content-disposition']).toBeUndefined()
  expect((await plain.body()).equals(Buffer.from(normalizeMarkdown(file), 'utf8'))).toBe(true)
  const download = await aliceContext.request.get(`/api/meetings/${meeting.id}/markdown?download=1`)
  expect(download.headers()['content-disposition']).toContain('attachment; filename="20240724.md"')

  expect((await aliceContext.request.get('/api/meetings/nosuchmeeting/markdown')).status()).toBe(404)
  const anonymous = await playwright.request.newContext({ baseURL })
  expect((await anonymous.get(`/api/meetings/${meeting.id}/markdown`)).status()).toBe(401)
  expect((await anonymous.post('/api/meetings/import', { data: { title: 'x', markdown: '# x' } })).status()).toBe(401)
  await anonymous.dispose()

  const refused = async (data: unknown) => {
    const answer = await aliceContext.request.post('/api/meetings/import', { data })
    expect(answer.status()).toBe(400)
    return ((await answer.json()) as { error: string }).error
  }
  expect(await refused({ title: 'bin', markdown: 'PK\u0003\u0004\u0000' })).toMatch(/not a text file/)
  expect(await refused({ title: 'big', markdown: 'a'.repeat(5 * 1024 * 1024 + 1) })).toMatch(/larger than 5 MB/)
  expect(await refused({ title: 'none' })).toMatch(/markdown/)
  expect(await refused({ title: 'x', date: '2024-13-01', markdown: '# x' })).toMatch(/calendar date/)
})

test('the form refuses a binary file with a clear message', async ({ alicePage }) => {
  watchPageErrors(alicePage)
  await alicePage.goto('/')
  await alicePage.getByRole('button', { name: /import Markdown/ }).click()
  const form = alicePage.getByRole('form', { name: 'Import Markdown' })
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])
  await form.locator('input[type=file]').setInputFiles({ name: 'photo.md', mimeType: 'text/markdown', buffer: png })
  await expect(form.getByRole('alert')).toHaveText(/photo\.md: this is not (a UTF-8 text file|a text file).*Choose a Markdown \(\.md\) file\./)
  await expect(form.getByLabel('Markdown')).toHaveValue('')
  await alicePage.screenshot({ path: shot('import-refused.png') })
})

test('Markdown pasted as plain text becomes a heading and a list, for everyone', async ({ alicePage, bobPage, aliceContext }) => {
  const meeting = await createMeeting(alicePage, { title: 'Paste check', date: '2024-07-31' })
  await openMeeting(alicePage, meeting.url)
  await openMeeting(bobPage, meeting.url)

  await clickToPlaceCaret(minutes(alicePage))
  await paste(alicePage, { 'text/plain': '## Decisions\n\n- ship on Friday\n- freeze on **Monday**\n' })
  await expect(minutes(alicePage).locator('h2')).toHaveText('Decisions')
  // Anchored at the start only: the other person's caret label may sit at the end of an item.
  await expect(minutes(alicePage).locator('ul > li')).toHaveText([/^ship on Friday/, /^freeze on Monday/])
  await expect(minutes(alicePage).locator('ul > li strong')).toHaveText('Monday')
  await expect(minutes(bobPage).locator('h2')).toHaveText('Decisions')
  await expect(minutes(bobPage).locator('ul > li')).toHaveText([/^ship on Friday/, /^freeze on Monday/])

  // A code editor's coloured HTML copy carries no structure of its own: the Markdown wins.
  // The editor keeps an empty paragraph after a trailing list; Ctrl+End is in it.
  await alicePage.keyboard.press('Control+End')
  await letCaretSettle(alicePage)
  await paste(alicePage, {
    'text/plain': '### Next steps\n\n1. write it up',
    'text/html': '<meta charset="utf-8"><div style="white-space: pre;"><div><span>### Next steps</span></div><br><div><span>1. write it up</span></div></div>',
  })
  await expect(minutes(bobPage).locator('h3')).toHaveText('Next steps')
  await expect(minutes(bobPage).locator('ol > li')).toHaveText([/^write it up/])

  // Prose without Markdown stays prose.
  await alicePage.keyboard.press('Control+End')
  await letCaretSettle(alicePage)
  await paste(alicePage, { 'text/plain': 'Costs are 2 * 3 = 6 per seat, see snake_case_name.' })
  await expect(minutes(bobPage).locator('p').last()).toHaveText(/^Costs are 2 \* 3 = 6 per seat, see snake_case_name\./)
  await expect(alicePage.getByTestId('unsaved-count')).toHaveAttribute('data-count', '0')
  await alicePage.screenshot({ path: shot('paste-alice.png') })
  await bobPage.screenshot({ path: shot('paste-bob.png') })

  const answer = await alicePage.request.get(`/api/meetings/${meeting.id}/markdown`)
  expect(answer.status()).toBe(200)
  const stored = await answer.text()
  expect(stored).toBe(
    '## Decisions\n\n- ship on Friday\n- freeze on **Monday**\n\n### Next steps\n\n1. write it up\n\nCosts are 2 * 3 = 6 per seat, see snake_case_name.\n',
  )

  // Offline, what is typed is not on the server yet, and the actions say so.
  await aliceContext.setOffline(true)
  await alicePage.keyboard.type(' More.')
  await expect(alicePage.getByTestId('actions-unsaved-note')).toHaveText(/changes? not yet saved (is|are) not included/)
  await alicePage.screenshot({ path: shot('meeting-actions-unsaved.png') })
  await aliceContext.setOffline(false)
  await expect(alicePage.getByTestId('actions-unsaved-note')).toHaveCount(0)
})

test('a pasted table stays when someone clicks it and types: the text goes after it, for everyone', async ({ alicePage, bobPage }) => {
  const meeting = await createMeeting(alicePage, { title: 'Table check', date: '2024-08-07' })
  await openMeeting(alicePage, meeting.url)
  await openMeeting(bobPage, meeting.url)
  await clickToPlaceCaret(minutes(alicePage))
  const table = '| a | b |\n| --- | --- |\n| 1 | 2 |'
  await paste(alicePage, { 'text/plain': `Before\n\n${table}\n` })
  const kept = minutes(bobPage).locator('pre.raw-markdown')
  await expect(kept).toHaveText(table)

  // A click on read-only source selects it; a keystroke must not replace it.
  await kept.click()
  await expect(kept).toHaveClass(/ProseMirror-selectednode/)
  await bobPage.keyboard.type('After the table')
  await expect(minutes(alicePage).locator('pre.raw-markdown')).toHaveText(table)
  await expect(minutes(alicePage).locator('pre.raw-markdown + p')).toHaveText(/^After the table/)
  await bobPage.screenshot({ path: shot('typing-after-table.png') })
  await expect
    .poll(async () => (await alicePage.request.get(`/api/meetings/${meeting.id}/markdown`)).text())
    .toBe(`Before\n\n${table}\n\nAfter the table\n`)
})
