// A fresh, migrated database for one test file, on the engine the suite runs
// against: SQLite by default, PostgreSQL when TEST_DATABASE_URL names a server
// (the suite runs once each way; see scripts/test-all.sh). Test support only.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { createDb, databaseKind, type Db } from './client'
import { migrate } from './migrate'

export interface TestDatabase {
  url: string
  db: Db
  drop(): Promise<void>
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL
  if (server && databaseKind(server) === 'postgresql') {
    const name = `lm_test_${Date.now()}_${randomBytes(4).toString('hex')}`
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    await admin.end()
    const url = new URL(server)
    url.pathname = `/${name}`
    await migrate(url.toString())
    const db = createDb(url.toString())
    return {
      url: url.toString(),
      db,
      async drop() {
        await db.$disconnect()
        const c = new pg.Client({ connectionString: server })
        await c.connect()
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await c.end()
      },
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'live-minutes-test-'))
  const url = `file:${join(dir, 'test.db')}`
  await migrate(url)
  const db = createDb(url)
  return {
    url,
    db,
    async drop() {
      await db.$disconnect()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
