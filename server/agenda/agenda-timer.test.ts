import { describe, expect, it } from 'vitest'
import { readAgendaTimer } from '../../lib/agenda/agenda-timer'
import { markdownToYUpdate } from '../../lib/markdown'
import { storedDoc, waitUntil, whenSynced } from '../collab/test-support/collab-harness'
import { harnessPerTest } from '../collab/test-support/harness-per-test'
import { startAgendaTimerInput } from './agenda-timer-input'
import { startAgendaTimerOnServer } from './start-agenda-timer'
import { stopAgendaTimerOnServer } from './stop-agenda-timer'

const minutes = '# 2024-07-24\n\n## Agenda\n\n### Flavor naming (@alice, 5min)\n\n### Test feedback (@bob, 10min)\n'

describe('agenda timer stamped by the server', () => {
  const setup = harnessPerTest(['m1'])

  async function meetingWithAgenda() {
    const h = setup.harness
    await h.database.db.docUpdate.create({ data: { meetingId: 'm1', data: new Uint8Array(markdownToYUpdate(minutes)) } })
    return h
  }

  it("starts an item at the server's clock; every client gets the same start and it is saved", async () => {
    const h = await meetingWithAgenda()
    const alice = setup.client('alice')
    const bob = setup.client('bob')
    await Promise.all([whenSynced(alice), whenSynced(bob)])

    const timer = await startAgendaTimerOnServer(h.collab, 'm1', { itemId: '1:Flavor naming', durationMs: 300_000, startedBy: 'alice' }, () => 1_700_000_000_000)
    const expected = { itemId: '1:Flavor naming', startedAt: 1_700_000_000_000, durationMs: 300_000, startedBy: 'alice' }
    expect(timer).toEqual(expected)
    await waitUntil(() => readAgendaTimer(alice.doc)?.startedAt === expected.startedAt, 'alice sees the timer')
    await waitUntil(() => readAgendaTimer(bob.doc)?.startedAt === expected.startedAt, 'bob sees the timer')
    expect(readAgendaTimer(bob.doc)).toEqual(expected)
    // Resolved only once saved: the stored log already holds it.
    expect(readAgendaTimer(await storedDoc(h.database.db, 'm1'))).toEqual(expected)
  })

  it('uses the real clock by default, and one item runs at a time', async () => {
    const h = await meetingWithAgenda()
    const before = Date.now()
    await startAgendaTimerOnServer(h.collab, 'm1', { itemId: '1:Flavor naming', durationMs: 300_000, startedBy: 'alice' })
    const second = await startAgendaTimerOnServer(h.collab, 'm1', { itemId: '1:Test feedback', durationMs: 600_000, startedBy: 'bob' })
    expect(second?.itemId).toBe('1:Test feedback')
    expect(second!.startedAt).toBeGreaterThanOrEqual(before)
    expect(second!.startedAt).toBeLessThanOrEqual(Date.now())
    expect(readAgendaTimer(await storedDoc(h.database.db, 'm1'))).toEqual(second)
  })

  it('works with nobody connected: a client joining later sees the running timer', async () => {
    const h = await meetingWithAgenda()
    expect(h.collab.rooms.size).toBe(0)
    const timer = await startAgendaTimerOnServer(h.collab, 'm1', { itemId: '1:Test feedback', durationMs: 60_000, startedBy: 'bob' }, () => 42_000)
    const carol = setup.client('carol')
    await whenSynced(carol)
    await waitUntil(() => readAgendaTimer(carol.doc) !== null, 'carol sees the timer')
    expect(readAgendaTimer(carol.doc)).toEqual(timer)
  })

  it('refuses an item the minutes do not have, and changes nothing', async () => {
    const h = await meetingWithAgenda()
    expect(await startAgendaTimerOnServer(h.collab, 'm1', { itemId: '1:Not on the agenda', durationMs: 60_000, startedBy: 'alice' })).toBeNull()
    expect(readAgendaTimer(await storedDoc(h.database.db, 'm1'))).toBeNull()
  })

  it('stops the running timer for everyone, and says when none ran', async () => {
    const h = await meetingWithAgenda()
    const alice = setup.client('alice')
    await whenSynced(alice)
    expect(await stopAgendaTimerOnServer(h.collab, 'm1')).toBe(false)
    await startAgendaTimerOnServer(h.collab, 'm1', { itemId: '1:Flavor naming', durationMs: 300_000, startedBy: 'alice' })
    await waitUntil(() => readAgendaTimer(alice.doc) !== null, 'alice sees the timer')
    expect(await stopAgendaTimerOnServer(h.collab, 'm1')).toBe(true)
    await waitUntil(() => readAgendaTimer(alice.doc) === null, 'alice sees it stopped')
    expect(readAgendaTimer(await storedDoc(h.database.db, 'm1'))).toBeNull()
  })

  it('refuses to change a meeting once the server is shutting down', async () => {
    const h = await meetingWithAgenda()
    await h.stop()
    await expect(startAgendaTimerOnServer(h.collab, 'm1', { itemId: '1:Flavor naming', durationMs: 60_000, startedBy: 'alice' })).rejects.toThrow(/shutting down/)
  })
})

describe('agenda timer input', () => {
  it('takes an item and a whole-millisecond time box between a second and a day', () => {
    expect(startAgendaTimerInput.parse({ itemId: ' 1:A ', durationMs: 300_000 })).toEqual({ itemId: '1:A', durationMs: 300_000 })
    for (const bad of [{ itemId: '', durationMs: 1000 }, { itemId: '1:A', durationMs: 999 }, { itemId: '1:A', durationMs: 1.5e3 + 0.5 }, { itemId: '1:A', durationMs: 86_400_001 }, { itemId: '1:A' }, null]) {
      expect(startAgendaTimerInput.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
    }
  })
})
