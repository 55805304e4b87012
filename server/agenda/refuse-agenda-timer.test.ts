import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../db/test-database'
import { refuseAgendaTimer } from './refuse-agenda-timer'

describe('refuseAgendaTimer', () => {
  let t: TestDatabase
  let userId: string
  beforeAll(async () => {
    t = await createTestDatabase()
    userId = (await t.db.user.create({ data: { login: 'mona', name: 'Mona' } })).id
  })
  afterAll(() => t?.drop())

  it('lets the timer change an open meeting', async () => {
    const open = await t.db.meeting.create({ data: { id: 'open', title: 'Open', date: '2024-07-24', createdById: userId } })
    expect(await refuseAgendaTimer(t.db, open.id)).toBeNull()
  })

  it('answers 409 with a clear message once the meeting is locked', async () => {
    const meeting = await t.db.meeting.create({ data: { id: 'merged', title: 'Merged', date: '2024-07-24', createdById: userId } })
    await t.db.meeting.update({ where: { id: meeting.id }, data: { lockedAt: new Date() } })
    const refusal = await refuseAgendaTimer(t.db, meeting.id)
    expect(refusal?.status).toBe(409)
    expect(refusal?.error).toMatch(/locked/)
    expect(refusal?.error).toMatch(/agenda timer/)
  })

  it('answers 404 for a meeting that does not exist', async () => {
    expect(await refuseAgendaTimer(t.db, 'no-such-meeting')).toEqual({ status: 404, error: 'no meeting no-such-meeting' })
  })
})
