// An agenda item's time box, started by one person, runs for everyone with
// the same time left.
import type { Page } from '@playwright/test'
import { alice, expect, test } from './support/users'

const shots = 'test-results/screenshots'

async function openMeeting(page: Page, url: string) {
  await page.goto(url)
  await expect(page.getByTestId('editor').locator('.ProseMirror')).toBeVisible()
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
}

const remaining = async (page: Page) => Number(await page.getByTestId('agenda-timer').getAttribute('data-remaining-ms'))

test('a timer started by one person is seen running by the other with the same time left', async ({ alicePage, bobPage }) => {
  const res = await alicePage.request.post('/api/series', {
    data: { name: 'Timer check', folder: 'timer', template: '# {{date}}\n\n## Participants\n\n## Agenda\n\n### Flavor naming (@alice-e2e, 5min)\n\n### Test feedback (@bob-e2e, 10min)\n' },
  })
  const series = (await res.json()) as { id: string }
  const meeting = (await (await alicePage.request.post(`/api/series/${series.id}/meetings`, { data: { date: '2024-07-24' } })).json()) as { url: string }
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
