import { describe, expect, it } from 'vitest'
import { createDb } from '../db/client'
import { createTestDatabase } from '../db/test-database'
import { checkHealth } from './check-health'

describe('checkHealth', () => {
  it('says the database is reachable when it is', async () => {
    const t = await createTestDatabase()
    try {
      const h = await checkHealth(t.db, t.url)
      expect(h).toEqual({ status: 'ok', database: { kind: t.url.startsWith('file:') ? 'sqlite' : 'postgresql', reachable: true } })
    } finally {
      await t.drop()
    }
  })

  it('says it is not when the server is gone', async () => {
    const url = 'postgresql://nobody@127.0.0.1:1/nothing' // port 1: nothing listens
    const db = createDb(url)
    const h = await checkHealth(db, url)
    expect(h.status).toBe('degraded')
    expect(h.database).toMatchObject({ kind: 'postgresql', reachable: false })
    expect(h.database.error).toBeTruthy()
    await db.$disconnect().catch(() => {})
  })
})
