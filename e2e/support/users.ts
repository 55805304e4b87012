import { test as base, type BrowserContext, type Page } from '@playwright/test'
import { signIn, type TestUser } from './auth'

export const alice: TestUser = { login: 'alice-e2e', name: 'Alice Example' }
export const bob: TestUser = { login: 'bob-e2e', name: 'Bob Example' }

/** Two people, each in a browser context of their own, already signed in. */
export const test = base.extend<{ aliceContext: BrowserContext; bobContext: BrowserContext; alicePage: Page; bobPage: Page }>({
  aliceContext: async ({ browser, baseURL }, provide) => {
    const ctx = await browser.newContext({ baseURL })
    await signIn(ctx, alice)
    await provide(ctx)
    await ctx.close()
  },
  bobContext: async ({ browser, baseURL }, provide) => {
    const ctx = await browser.newContext({ baseURL })
    await signIn(ctx, bob)
    await provide(ctx)
    await ctx.close()
  },
  alicePage: async ({ aliceContext }, provide) => provide(await aliceContext.newPage()),
  bobPage: async ({ bobContext }, provide) => provide(await bobContext.newPage()),
})

export { expect } from '@playwright/test'
