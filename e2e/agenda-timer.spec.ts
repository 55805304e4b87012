// An agenda item's time box, started by one person, runs for everyone with
// the same time left.
import type { Page } from '@playwright/test'
import { alice, expect, test } from './support/users'
import { docsScreenshots } from './support/screenshots'

const shots = docsScreenshots

async function openMeeting(page: Page, url: string) {
  await page.goto(url)
  await expect(page.getByTestId('editor').locator('.ProseMirror')).toBeVisible()
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
}

const remaining = async (page: Page) => Number(await page.getByTestId('agenda-timer').getAttribute('data-remaining-ms'))

async function meetingFromTemplate(page: Page, name: string, template: string): Promise<{ id: string; url: string }> {
  const series = (await (await page.request.post('/api/series', { data: { name, folder: name.toLowerCase().replace(/\W+/g, '-'), template } })).json()) as { id: string }
  return (await (await page.request.post(`/api/series/${series.id}/meetings`, { data: { date: '2024-07-24' } })).json()) as { id: string; url: string }
}

test('a timer started by one person is seen running by the other with the same time left', async ({ alicePage, bobPage }) => {
  const meeting = await meetingFromTemplate(alicePage, 'Timer check', '# {{date}}\n\n## Participants\n\n## Agenda\n\n### Flavor naming (@alice-e2e, 5min)\n\n### Test feedback (@bob-e2e, 10min)\n')
  await openMeeting(alicePage, meeting.url)
  await openMeeting(bobPage, meeting.url)

  await expect(bobPage.getByTestId('agenda-item')).toHaveCount(2)
  await alicePage.getByRole('button', { name: 'Start Flavor naming' }).click()
  for (const page of [alicePage, bobPage]) {
    await expect(page.getByTestId('agenda-item').first()).toHaveAttribute('data-running', 'true')
    await expect(page.getByTestId('agenda-timer')).toHaveText(/^4:[0-5]\d$|^5:00$/)
  }
  await expect(bobPage.getByTestId('editor').locator('h3.agenda-item-running')).toHaveText(/^Flavor naming/)
  // Sampled at the same moment, both count from the same server instant.
  for (let i = 0; i < 3; i++) {
    const [a, b] = await Promise.all([remaining(alicePage), remaining(bobPage)])
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1000)
    expect(a).toBeGreaterThan(240_000)
  }
  await expect(bobPage.getByTestId('editor').locator('h2:has-text("Participants") + ul li')).toHaveText([`@${alice.login}`, '@bob-e2e'])
  await bobPage.screenshot({ path: `${shots}/meeting-running-timer.png`, fullPage: true })

  // Only one runs: starting the next item moves the clock for everyone.
  await bobPage.getByRole('button', { name: 'Start Test feedback' }).click()
  await expect(alicePage.getByTestId('agenda-item').nth(1)).toHaveAttribute('data-running', 'true')
  await expect(alicePage.getByTestId('agenda-item').first()).toHaveAttribute('data-running', 'false')
  await expect(alicePage.getByTestId('agenda-timer')).toHaveCount(1)
  await expect(alicePage.getByTestId('editor').locator('h3.agenda-item-running')).toHaveText(/^Test feedback/)
  await alicePage.getByRole('button', { name: 'Stop' }).click()
  await expect(bobPage.getByTestId('agenda-timer')).toHaveCount(0)
  await expect(bobPage.getByTestId('editor').locator('h3.agenda-item-running')).toHaveCount(0)
})

test('past its time box the item shows plainly, for both, how far over it is', async ({ alicePage, bobPage }) => {
  const meeting = await meetingFromTemplate(alicePage, 'Overrun check', '# {{date}}\n\n## Participants\n\n## Agenda\n\n### Release planning (@alice-e2e, 5min)\n\n### Retro (@bob-e2e)\n')
  await openMeeting(alicePage, meeting.url)
  await openMeeting(bobPage, meeting.url)
  await expect(bobPage.getByTestId('agenda-item')).toHaveCount(2)

  // The route takes any time box from a second up; three seconds is the 5 min box of this item, run out fast.
  const started = await alicePage.request.post(`/api/meetings/${meeting.id}/agenda-timer`, { data: { itemId: '1:Release planning', durationMs: 3000 } })
  expect(started.status()).toBe(200)
  const { timer } = (await started.json()) as { timer: { startedAt: number; startedBy: string } }
  expect(timer.startedBy).toBe(alice.login)
  for (const page of [alicePage, bobPage]) await expect(page.getByTestId('agenda-timer')).toHaveText(/^0:0[1-3]$/)
  const [a, b] = await Promise.all([remaining(alicePage), remaining(bobPage)])
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1000)

  for (const page of [alicePage, bobPage]) {
    await expect(page.getByTestId('agenda-timer')).toHaveText(/^\+0:0[2-9] over$/)
    await expect(page.getByTestId('agenda-item').first()).toHaveAttribute('data-over', 'true')
    await expect(page.getByRole('timer', { name: 'Over time' })).toBeVisible()
  }
  const [overA, overB] = await Promise.all([remaining(alicePage), remaining(bobPage)])
  expect(overA).toBeLessThan(0)
  expect(Math.abs(overA - overB)).toBeLessThanOrEqual(1000)
  await bobPage.screenshot({ path: `${shots}/meeting-timer-overrun.png`, fullPage: true })

  await bobPage.getByRole('button', { name: 'Stop' }).click()
  await expect(alicePage.getByTestId('agenda-timer')).toHaveCount(0)
})

test('the timer route wants a signed-in user, an existing meeting, an item of its agenda and a sane time box', async ({ alicePage, browser, baseURL }) => {
  const meeting = await meetingFromTemplate(alicePage, 'Timer route check', '# {{date}}\n\n## Agenda\n\n### Only item (@alice-e2e, 5min)\n')
  const url = `/api/meetings/${meeting.id}/agenda-timer`
  const anonymous = await browser.newContext({ baseURL })
  expect((await anonymous.request.post(url, { data: { itemId: '1:Only item', durationMs: 60_000 } })).status()).toBe(401)
  expect((await anonymous.request.delete(url)).status()).toBe(401)
  await anonymous.close()
  expect((await alicePage.request.post('/api/meetings/no-such-meeting/agenda-timer', { data: { itemId: '1:Only item', durationMs: 60_000 } })).status()).toBe(404)
  const bad = await alicePage.request.post(url, { data: { itemId: '1:Only item', durationMs: 5 } })
  expect(bad.status()).toBe(400)
  expect(((await bad.json()) as { error: string }).error).toMatch(/at least a second/)
  expect((await alicePage.request.post(url, { data: { itemId: '1:Not there', durationMs: 60_000 } })).status()).toBe(409)
  expect((await (await alicePage.request.delete(url)).json()) as unknown).toEqual({ stopped: false })
})
