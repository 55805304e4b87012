// How the meeting screen holds up when it gets crowded or narrow: several
// carets in one spot, and a phone-sized window.
import type { Page } from '@playwright/test'
import { signIn } from './support/auth'
import { createMeeting } from './support/meetings'
import { expect, test } from './support/users'
import { clickToPlaceCaret } from './support/editor'

const shots = 'test-results/screenshots'
const minutes = (page: Page) => page.getByTestId('editor').locator('.ProseMirror')

async function openMeeting(page: Page, url: string) {
  await page.goto(url)
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
}

test('carets of several people in one line stay readable, and rest when idle', async ({ alicePage, bobPage, browser, baseURL }) => {
  const meeting = await createMeeting(alicePage, { title: 'Crowded line' })
  const carolContext = await browser.newContext({ baseURL })
  await signIn(carolContext, { login: 'carol-e2e', name: 'Carol Long-Surname' })
  const carolPage = await carolContext.newPage()
  for (const page of [alicePage, bobPage, carolPage]) await openMeeting(page, meeting.url)

  await clickToPlaceCaret(minutes(alicePage))
  await alicePage.keyboard.type('Action items are reviewed at the end of every meeting.')
  await expect(minutes(carolPage)).toContainText('every meeting.')
  for (const page of [bobPage, carolPage]) {
    await clickToPlaceCaret(minutes(page))
    await page.keyboard.press('End')
  }
  await bobPage.keyboard.type(' Bob')
  await carolPage.keyboard.type(' Carol')

  const bobCaret = alicePage.locator('.collab-caret[data-login="bob-e2e"] .collab-caret__label')
  const carolCaret = alicePage.locator('.collab-caret[data-login="carol-e2e"] .collab-caret__label')
  await expect(bobCaret).toBeVisible()
  await expect(carolCaret).toBeVisible()
  await alicePage.screenshot({ path: `${shots}/carets-active.png`, clip: { x: 180, y: 150, width: 920, height: 220 } })

  // Idle names fold into small flags so they stop covering the text.
  await expect.poll(() => bobCaret.evaluate((label) => label.getBoundingClientRect().width)).toBeLessThan(10)
  await alicePage.screenshot({ path: `${shots}/carets-idle.png`, clip: { x: 180, y: 150, width: 920, height: 220 } })
  await bobCaret.hover()
  await expect.poll(() => bobCaret.evaluate((label) => label.getBoundingClientRect().width)).toBeGreaterThan(30)

  await expect(alicePage.getByTestId('presence').locator('[data-login]')).toHaveCount(3)
  await carolContext.close()
})

test('on a phone-sized window the toolbar wraps and nothing overlaps', async ({ alicePage, bobPage }) => {
  await alicePage.setViewportSize({ width: 390, height: 780 })
  const meeting = await createMeeting(alicePage, { title: 'Weekly sync of the infrastructure team' })
  await openMeeting(alicePage, meeting.url)
  await openMeeting(bobPage, meeting.url)
  await clickToPlaceCaret(minutes(alicePage))
  await alicePage.keyboard.type('# Notes')
  await alicePage.keyboard.press('Enter')
  await alicePage.keyboard.type('- First point that is long enough to wrap onto a second line on a phone')
  await expect(alicePage.getByTestId('presence').locator('[data-login]')).toHaveCount(2)

  const toolbar = alicePage.getByRole('toolbar', { name: 'Formatting' })
  const status = alicePage.getByTestId('connection-status')
  const toolbarBox = await toolbar.boundingBox()
  const statusBox = await status.boundingBox()
  expect(toolbarBox && statusBox && (statusBox.y >= toolbarBox.y + toolbarBox.height || statusBox.x >= toolbarBox.x + toolbarBox.width)).toBeTruthy()
  expect(await alicePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await alicePage.screenshot({ path: `${shots}/phone.png` })
})
