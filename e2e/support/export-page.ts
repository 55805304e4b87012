// The meeting page as the export specs drive it: a series meeting to export,
// typing a line and waiting until the server stored it, and the export dialog.
import { expect, type Page } from '@playwright/test'
import { minutes } from './editor'

export { minutes }

/** A series (local repository unless `repository` says otherwise) and one meeting in it. */
export async function newSeriesMeeting(page: Page, series: Record<string, unknown> & { name: string; folder: string; template: string }, date: string) {
  const made = await page.request.post('/api/series', { data: series })
  expect(made.status(), await made.text()).toBe(201)
  const { id } = (await made.json()) as { id: string }
  const meeting = await page.request.post(`/api/series/${id}/meetings`, { data: { date } })
  expect(meeting.status(), await meeting.text()).toBe(201)
  return { seriesId: id, ...((await meeting.json()) as { id: string; url: string }) }
}

export async function openMeeting(page: Page, url: string) {
  await page.goto(url)
  await expect(minutes(page)).toBeVisible()
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
}

/** What "Download .md" gives right now: what an export must commit byte for byte. */
export async function downloadMd(page: Page, meetingId: string) {
  const res = await page.request.get(`/api/meetings/${meetingId}/markdown?download=1`)
  expect(res.ok()).toBe(true)
  return res.text()
}

/** Types a line under the last agenda item and waits until the server has stored it. */
export async function addLine(page: Page, meetingId: string, text: string) {
  await minutes(page).locator('h3').last().click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type(text)
  await expect.poll(async () => (await downloadMd(page, meetingId)).includes(text)).toBe(true)
}

/** Opens "Preview export" and waits until the preview is read. */
export async function openPreview(page: Page) {
  await page.getByRole('button', { name: 'Preview export' }).click()
  const dialog = page.getByTestId('export-dialog')
  // Done reading: whatever happens from here on (an injected failure, a push) meets the export, not the preview.
  await expect(dialog).toHaveAttribute('data-step', 'preview')
  return dialog
}
