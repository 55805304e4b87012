// Signs a browser context in through next-auth's own endpoints, as the sign-in
// form does, so specs start on the page they test.
import type { APIRequestContext, BrowserContext, Page } from '@playwright/test'
import { expect } from '@playwright/test'

export interface TestUser {
  login: string
  name: string
}

export async function signIn(target: Page | BrowserContext | APIRequestContext, user: TestUser): Promise<void> {
  const request: APIRequestContext = 'request' in target ? target.request : (target as APIRequestContext)
  const csrf = await request.get('/api/auth/csrf')
  expect(csrf.ok()).toBe(true)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const res = await request.post('/api/auth/callback/local', {
    form: { csrfToken, name: user.name, login: user.login, json: 'true' },
  })
  expect(res.ok(), `sign-in answered ${res.status()}`).toBe(true)
  const session = (await (await request.get('/api/auth/session')).json()) as { user?: { login?: string } }
  expect(session.user?.login).toBe(user.login)
}
