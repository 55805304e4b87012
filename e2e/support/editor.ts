import type { Locator, Page } from '@playwright/test'

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
