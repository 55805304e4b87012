import { test as base, type BrowserContext, type Page } from '@playwright/test'
import { signIn, type TestUser } from './auth'

export const alice: TestUser = { login: 'alice-e2e', name: 'Alice Example' }
export const bob: TestUser = { login: 'bob-e2e', name: 'Bob Example' }

/** Two people, each in a browser context of their own, already signed in. */
export const test = base.extend<{ aliceContext: BrowserContext; bobContext: BrowserContext; alicePage: Page; bobPage: Page }>({
  aliceContext: async ({ browser, baseURL }, use) => {
    const ctx = await browser.newContext({ baseURL })
    await signIn(ctx, alice)
    await use(ctx)
    await ctx.close()
  },
  bobContext: async ({ browser, baseURL }, use) => {
    const ctx = await browser.newContext({ baseURL })
    await signIn(ctx, bob)
    await use(ctx)
    await ctx.close()
  },
  alicePage: async ({ aliceContext }, use) => use(await aliceContext.newPage()),
  bobPage: async ({ bobContext }, use) => use(await bobContext.newPage()),
})

export { expect } from '@playwright/test'
