import { expect, test } from '@playwright/test'
import { signIn } from './support/auth'

test('health says the database is reachable', async ({ request }) => {
  const res = await request.get('/api/health')
  expect(res.status()).toBe(200)
  expect(await res.json()).toMatchObject({ status: 'ok', database: { reachable: true } })
})

test('a visitor is sent to sign in, signs in with the form and lands on the meetings list', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/signin/)
  await page.getByLabel('Your name').fill('Carol Form')
  await page.getByLabel('GitHub handle').fill('@carol-form')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByTestId('signed-in-as')).toContainText('Carol Form')
  await expect(page.getByRole('heading', { name: 'Start a meeting' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/meetings-list.png' })
})

test('a handle GitHub would refuse is refused with a clear message', async ({ page }) => {
  await page.goto('/signin')
  await page.getByLabel('Your name').fill('Dan')
  // the browser's own pattern check would stop a real user; submit past it to reach the server
  await page.locator('input[name=login]').evaluate((el) => el.removeAttribute('pattern'))
  await page.getByLabel('GitHub handle').fill('-bad--handle-')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'GitHub handle' })).toContainText('valid GitHub handle')
  await expect(page).toHaveURL(/\/signin/)
})

test('creating a meeting opens it; its URL can be shared and it is listed', async ({ page, browser, baseURL }) => {
  await signIn(page.context(), { login: 'erin-e2e', name: 'Erin' })
  await page.goto('/')
  await page.getByLabel('Title').fill('Team IaaS weekly')
  await expect(page.getByLabel('Date')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/)
  await page.getByLabel('Date').fill('2024-07-24')
  await page.getByRole('button', { name: 'New meeting' }).click()
  await expect(page).toHaveURL(/\/m\/[a-z2-9]{12}$/)
  const url = page.url()

  const other = await browser.newContext({ baseURL })
  await signIn(other, { login: 'frank-e2e', name: 'Frank' })
  const otherPage = await other.newPage()
  await otherPage.goto(url)
  await expect(otherPage).toHaveTitle(/Team IaaS weekly 2024-07-24/)
  await otherPage.goto('/')
  await expect(otherPage.getByTestId('meeting-list')).toContainText('Team IaaS weekly')
  await expect(otherPage.getByTestId('meeting-list')).toContainText('2024-07-24')
  await other.close()
})

test('a meeting that does not exist is a 404 page', async ({ page }) => {
  await signIn(page.context(), { login: 'erin-e2e', name: 'Erin' })
  const res = await page.goto('/m/doesnotexist')
  expect(res?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible()
})

test('the API refuses to create meetings without a session or with bad input', async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL })
  expect((await anonymous.post('/api/meetings', { data: { title: 'x' } })).status()).toBe(401)
  await signIn(anonymous, { login: 'gina-e2e', name: 'Gina' })
  const bad = await anonymous.post('/api/meetings', { data: { title: '', date: '2024-13-01' } })
  expect(bad.status()).toBe(400)
  expect((await bad.json()).error).toMatch(/title/)
  await anonymous.dispose()
})
