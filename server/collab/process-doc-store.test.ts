import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../db/test-database'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
  process.env.DATABASE_URL = t.url
})
afterAll(async () => {
  await (await import('../db/client')).db().$disconnect()
  await t.drop()
})

describe('processDocStore', () => {
  it('is one instance even across separately loaded copies of the module, as Next bundles them', async () => {
    const first = (await import('./process-doc-store')).processDocStore()
    vi.resetModules()
    const second = (await import('./process-doc-store')).processDocStore()
    expect(second).toBe(first)
  })
})
