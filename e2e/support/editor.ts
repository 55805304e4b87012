import { expect, test, type Locator, type Page } from '@playwright/test'

/**
 * Lets the page take up a caret the browser just moved. ProseMirror learns of
 * a click's or a navigation key's caret from `selectionchange`, a task Chromium
 * may run after input that comes right behind it, since it serves input
 * first: on a busy machine the next keys or paste then land where the caret
 * was before. Two animation frames are enough for that task to have run.
 */
export async function letCaretSettle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}

/** Clicks into the minutes; the keys that follow go where the click put the caret. */
export async function clickToPlaceCaret(target: Locator): Promise<void> {
  await target.click()
  await letCaretSettle(target.page())
}

/** The minutes' editable area on a meeting page. */
export const minutes = (page: Page) => page.getByTestId('editor').locator('.ProseMirror')

/** Pastes `data` (clipboard types and their contents) into the minutes, as the browser's paste would deliver it. */
export async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await minutes(page).evaluate((editor, entries) => {
    const clipboardData = new DataTransfer()
    for (const [type, value] of Object.entries(entries)) clipboardData.setData(type, value)
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))
  }, data)
}

const pageErrors: string[] = []

/** Makes every test of the calling spec fail on an uncaught error in a page opened with openMeeting. */
export function failOnPageErrors(): void {
  test.afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([])
  })
}

/** Collects the page's uncaught errors for failOnPageErrors. */
export function watchPageErrors(page: Page): void {
  page.on('pageerror', (error) => pageErrors.push(error.message))
}

/** Opens a meeting and waits until its editor is live; the page's uncaught errors are collected for failOnPageErrors. */
export async function openMeeting(page: Page, url: string): Promise<void> {
  watchPageErrors(page)
  await page.goto(url)
  await expect(minutes(page)).toBeVisible()
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
}
