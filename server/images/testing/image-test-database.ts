// One migrated test database with a signed-in user and a way to make
// meetings, shared by the image tests. Test support only.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll } from 'vitest'
import type { Db } from '../../db/client'
import { createTestDatabase, type TestDatabase } from '../../db/test-database'

export interface ImageTestDatabase {
  db: Db
  userId: string
  createMeeting(): Promise<string>
}

/** Registers the database's set-up and tear-down with the calling test file. */
export function setUpImageTestDatabase(): ImageTestDatabase {
  let t: TestDatabase | undefined
  let userId = ''
  beforeAll(async () => {
    t = await createTestDatabase()
    userId = (await t.db.user.create({ data: { login: 'mona', name: 'Mona' } })).id
  })
  afterAll(() => t?.drop())
  const db = (): Db => {
    if (!t) throw new Error('the image test database is made in beforeAll')
    return t.db
  }
  return {
    get db() {
      return db()
    },
    get userId() {
      return userId
    },
    async createMeeting() {
      const meeting = await db().meeting.create({ data: { id: randomUUID(), title: 'Images', date: '2024-07-24', createdById: userId } })
      return meeting.id
    },
  }
}
