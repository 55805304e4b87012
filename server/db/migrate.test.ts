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
