import { describe, expect, it } from 'vitest'
import { createTestDatabase } from './test-database'
import { listMigrations, migrate } from './migrate'

describe('migrate', () => {
  it('applies every migration once and leaves a usable schema', async () => {
    const t = await createTestDatabase()
    try {
      expect(await migrate(t.url)).toEqual([]) // already applied by createTestDatabase
      const user = await t.db.user.create({ data: { login: 'octocat', name: 'Mona' } })
      const meeting = await t.db.meeting.create({ data: { id: 'm1', title: 'Team IaaS', date: '2024-07-24', createdById: user.id } })
      await t.db.docUpdate.create({ data: { meetingId: meeting.id, data: new Uint8Array([1, 2, 3]) } })
      const [row] = await t.db.docUpdate.findMany({ where: { meetingId: 'm1' } })
      expect(Array.from(row!.data)).toEqual([1, 2, 3])
    } finally {
      await t.drop()
    }
  })

  it('has SQL for both providers in every migration', () => {
    const sqlite = listMigrations('sqlite')
    const postgres = listMigrations('postgresql')
    expect(sqlite.map((m) => m.name)).toEqual(postgres.map((m) => m.name))
    for (const m of [...sqlite, ...postgres]) expect(m.sql).toMatch(/CREATE|ALTER|DROP/)
  })
})

describe('migrating a database that holds data', () => {
  it('keeps every row when a later migration rebuilds a parent table', async () => {
    const { cpSync, mkdtempSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { migrationsDir } = await import('./migrate')
    const { createDb } = await import('./client')
    const first = listMigrations('sqlite')[0]!.name
    const partial = mkdtempSync(join(tmpdir(), 'lm-migrations-'))
    cpSync(join(migrationsDir, first), join(partial, first), { recursive: true })
    const url = `file:${join(partial, 'db.sqlite')}`
    try {
      await migrate(url, partial)
      const early = createDb(url)
      // Raw SQL: the generated client knows columns the first migration has not made yet.
      await early.$executeRawUnsafe(`INSERT INTO "User" (id, login, name) VALUES ('u1', 'keep', 'Keep')`)
      await early.$executeRawUnsafe(
        `INSERT INTO "Meeting" (id, title, date, "createdById", "updatedAt") VALUES ('m1', 't', '2024-01-01', 'u1', CURRENT_TIMESTAMP)`,
      )
      await early.$executeRawUnsafe(`INSERT INTO "DocUpdate" ("meetingId", data) VALUES ('m1', x'0102')`)
      await early.$disconnect()

      await migrate(url)
      const later = createDb(url)
      expect(await later.docUpdate.count()).toBe(1)
      expect(await later.meeting.count()).toBe(1)
      await later.$disconnect()
    } finally {
      rmSync(partial, { recursive: true, force: true })
    }
  })
})
