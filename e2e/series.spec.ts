// Meeting series: a series made in the UI from a built-in template, its next
// meeting started from that template, people listed as they join, and open
// action items carried into the following meeting.
import type { Page } from '@playwright/test'
import { alice, bob, expect, test } from './support/users'
import { clickToPlaceCaret } from './support/editor'

const shots = 'test-results/screenshots'
const minutes = (page: Page) => page.getByTestId('editor').locator('.ProseMirror')

async function openMeeting(page: Page, url: string) {
  await page.goto(url)
  await expect(minutes(page)).toBeVisible()
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
}

async function createSeriesThroughApi(page: Page, name: string) {
  const res = await page.request.post('/api/series', { data: { name, folder: 'e2e', template: '# {{date}}\n\n## Participants\n\n## Agenda\n\n### Pending action items\n\n### Topic (@alice-e2e, 5min)\n' } })
  expect(res.status(), await res.text()).toBe(201)
  return (await res.json()) as { id: string; url: string }
}

test('a series is created with a built-in template; its new meeting starts from it and lists both people who join', async ({ alicePage, bobPage }) => {
  await alicePage.goto('/series')
  const form = alicePage.getByRole('form', { name: 'New series' })
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Team Container')
  await form.getByRole('textbox', { name: 'Folder' }).fill('container')
  await form.getByRole('textbox', { name: 'Repository' }).fill('SovereignCloudStack/minutes')
  await form.getByText('Emoji sections').click()
  await expect(form.getByRole('textbox', { name: 'Template', exact: true }).locator('h2').first()).toHaveText(':family: Participants (GitHub handles preferred)')
  await form.getByRole('combobox', { name: 'Meets on' }).selectOption('Friday')
  await alicePage.screenshot({ path: `${shots}/series-new.png`, fullPage: true })
  await form.getByRole('button', { name: 'Create series' }).click()
  await expect(alicePage).toHaveURL(/\/series\/[a-z2-9]{12}$/)
  await expect(alicePage.getByRole('heading', { name: 'Team Container' })).toBeVisible()

  const date = alicePage.getByRole('form', { name: 'New meeting in this series' }).getByLabel('Date')
  const defaultDate = await date.inputValue()
  expect(new Date(`${defaultDate}T00:00:00Z`).getUTCDay()).toBe(5)
  await date.fill('2025-11-28')
  await alicePage.getByRole('button', { name: 'New meeting' }).click()
  await expect(alicePage).toHaveURL(/\/m\/[a-z2-9]{12}$/)
  const url = new URL(alicePage.url()).pathname

  await openMeeting(alicePage, url)
  await openMeeting(bobPage, url)
  for (const page of [alicePage, bobPage]) {
    await expect(minutes(page).locator('h1')).toHaveText('2025-11-28')
    const participants = minutes(page).locator('h2:has-text("Participants") + ul')
    await expect(participants.locator('li')).toHaveText([`@${alice.login}`, `@${bob.login}`])
  }
  // @ offers the series' participants and writes the plain handle.
  await clickToPlaceCaret(minutes(bobPage).locator('h1'))
  await bobPage.keyboard.press('End')
  await bobPage.keyboard.press('Enter')
  await bobPage.keyboard.type('Thanks @ali')
  const suggestions = bobPage.getByTestId('handle-suggestions')
  await expect(suggestions.getByRole('option')).toHaveText([`@${alice.login}`])
  await bobPage.screenshot({ path: `${shots}/handle-suggestions.png` })
  await bobPage.keyboard.press('Enter')
  await expect(minutes(alicePage).locator('p', { hasText: 'Thanks' })).toContainText(`Thanks @${alice.login}`)

  // Joining again adds nobody twice.
  await alicePage.reload()
  await expect(alicePage.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect(minutes(alicePage).locator('h2:has-text("Participants") + ul li')).toHaveCount(2)

  await alicePage.goto('/series')
  await expect(alicePage.getByTestId('series-list')).toContainText('Team Container')
  await alicePage.getByTestId('series-list').getByText('Team Container').click()
  await expect(alicePage.getByTestId('series-meetings')).toContainText('20251128.md')
  await expect(alicePage.getByTestId('meeting-state')).toHaveText('draft')
  await alicePage.screenshot({ path: `${shots}/series-page.png`, fullPage: true })
})

test('an action item left open appears under the next meeting\'s pending items, linked back', async ({ alicePage }) => {
  const series = await createSeriesThroughApi(alicePage, 'Carry-over check')
  const first = await alicePage.request.post(`/api/series/${series.id}/meetings`, { data: { date: '2025-01-08' } })
  const { url } = (await first.json()) as { url: string }
  await openMeeting(alicePage, url)
  await clickToPlaceCaret(minutes(alicePage).locator('h3', { hasText: 'Topic' }))
  await alicePage.keyboard.press('End')
  await alicePage.keyboard.press('Enter')
  await alicePage.keyboard.type('- AI @bob-e2e: send the slides')
  await alicePage.keyboard.press('Enter')
  await alicePage.keyboard.type('~~AI @alice-e2e: already done~~ ')
  await expect(alicePage.getByTestId('unsaved-count')).toHaveAttribute('data-count', '0')

  const second = await alicePage.request.post(`/api/series/${series.id}/meetings`, { data: { date: '2025-01-15' } })
  await openMeeting(alicePage, ((await second.json()) as { url: string }).url)
  const pending = minutes(alicePage).locator('h3:has-text("Pending action items") + ul li')
  await expect(pending).toHaveCount(1)
  await expect(pending).toHaveText('AI @bob-e2e: send the slides (from 2025-01-08)')
  await expect(pending.getByRole('link', { name: '2025-01-08' })).toHaveAttribute('href', '20250108.md')

  // Ticking it off in this meeting is what closes it: the one after does not list it again.
  await pending.getByRole('checkbox', { name: /Mark done: AI @bob-e2e/ }).click()
  await expect(pending.getByRole('checkbox')).toHaveAttribute('aria-checked', 'true')
  await expect(pending.locator('s').first()).toHaveText(/AI @bob-e2e: send the slides/)
  await expect(alicePage.getByTestId('unsaved-count')).toHaveAttribute('data-count', '0')
  await alicePage.screenshot({ path: `${shots}/action-item-done.png` })
  const third = await alicePage.request.post(`/api/series/${series.id}/meetings`, { data: { date: '2025-01-22' } })
  await openMeeting(alicePage, ((await third.json()) as { url: string }).url)
  await expect(minutes(alicePage).locator('h3:has-text("Pending action items") + h3')).toBeVisible()

  await alicePage.goto(series.url)
  await expect(alicePage.getByTestId('series-meetings').locator('li')).toHaveCount(3)
  await expect(alicePage.getByTestId('series-meetings').locator('li').first()).toContainText('2025-01-22')
})

test('the series API refuses bad input and archived series take no new meetings', async ({ alicePage }) => {
  const bad = await alicePage.request.post('/api/series', { data: { name: '', folder: 'x', template: '' } })
  expect(bad.status()).toBe(400)
  const series = await createSeriesThroughApi(alicePage, 'Archive check')
  expect((await alicePage.request.post(`/api/series/${series.id}/archive`, { data: { archived: true } })).status()).toBe(200)
  expect((await alicePage.request.post(`/api/series/${series.id}/meetings`, { data: {} })).status()).toBe(409)
  const time = (await (await alicePage.request.get('/api/time')).json()) as { now: number }
  expect(Math.abs(time.now - Date.now())).toBeLessThan(60_000)
})
