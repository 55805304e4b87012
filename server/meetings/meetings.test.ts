import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../db/test-database'
import { createMeeting } from './create-meeting'
import { getMeeting } from './get-meeting'
import { listMeetings } from './list-meetings'
import { newMeetingId } from './new-meeting-id'
import { today } from './today'

let t: TestDatabase
let userId: string
beforeAll(async () => {
  t = await createTestDatabase()
  userId = (await t.db.user.create({ data: { login: 'mona', name: 'Mona' } })).id
})
afterAll(() => t.drop())

describe('meetings', () => {
  it('creates a meeting dated today unless told otherwise', async () => {
    const m = await createMeeting(t.db, userId, { title: '  Team IaaS ' })
    expect(m.title).toBe('Team IaaS')
    expect(m.date).toBe(today())
    expect((await getMeeting(t.db, m.id))?.id).toBe(m.id)
  })

  it('rejects empty titles and impossible dates', async () => {
    await expect(createMeeting(t.db, userId, { title: ' ' })).rejects.toThrow(/title/)
    await expect(createMeeting(t.db, userId, { title: 'x', date: '2024-02-30' })).rejects.toThrow(/calendar date/)
  })

  it('lists the newest date first', async () => {
    await createMeeting(t.db, userId, { title: 'old', date: '2020-01-01' })
    await createMeeting(t.db, userId, { title: 'new', date: '2099-01-01' })
    const titles = (await listMeetings(t.db)).map((m) => m.title)
    expect(titles[0]).toBe('new')
    expect(titles.at(-1)).toBe('old')
  })

  it('makes distinct URL-safe ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, newMeetingId))
    expect(ids.size).toBe(1000)
    for (const id of ids) expect(id).toMatch(/^[a-z2-9]{12}$/)
  })

  it('formats today in a given time zone', () => {
    const instant = new Date('2024-07-24T23:30:00Z')
    expect(today(instant, 'UTC')).toBe('2024-07-24')
    expect(today(instant, 'Europe/Berlin')).toBe('2024-07-25')
  })
})
