import type { Locator } from '@playwright/test'

/**
 * Clicks into the minutes and lets the page take the caret up before any key
 * is pressed. ProseMirror learns of a click's caret from the browser's
 * `selectionchange`, a task Chromium may run after keys pressed right away,
 * since it serves input first: on a busy machine those keys then land where
 * the caret was before.
 */
export async function clickToPlaceCaret(target: Locator): Promise<void> {
  await target.click()
  await target.page().evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}
