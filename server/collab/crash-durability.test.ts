import { afterEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../db/test-database'
import { startChildServer, type ChildServer } from './test-support/child-server'
import { connectClient, seedMeeting, waitUntil, whenSynced, type TestClient } from './test-support/collab-harness'

describe('collaboration server: kill -9', () => {
  let database: TestDatabase | undefined
  const servers: ChildServer[] = []
  const clients: TestClient[] = []

  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy()
    for (const s of servers.splice(0)) await s.kill('SIGKILL')
    await database?.drop()
  })

  it('loses nothing that another client saw', async () => {
    database = await createTestDatabase()
    await seedMeeting(database.db, 'm1')
    // Long idle and unload times: the log, not a tidy shutdown, has to carry the edits.
    const env = { DATABASE_URL: database.url, COLLAB_COMPACT_AFTER_MS: '600000', COLLAB_UNLOAD_AFTER_MS: '600000', TEST_APPEND_DELAY_MS: '300' }
    const first = await startChildServer(env)
    servers.push(first)

    const alice = connectClient(first.port, 'm1', 'alice')
    const bob = connectClient(first.port, 'm1', 'bob')
    clients.push(alice, bob)
    await Promise.all([whenSynced(alice), whenSynced(bob)])

    const lines = Array.from({ length: 30 }, (_, i) => `line ${i}\n`)
    for (const line of lines) alice.doc.getText('body').insert(alice.doc.getText('body').length, line)
    bob.doc.getText('notes').insert(0, 'from bob')
    const expected = lines.join('')
    await waitUntil(() => bob.doc.getText('body').toString() === expected, "bob sees all of alice's typing")
    await waitUntil(() => alice.doc.getText('notes').toString() === 'from bob', "alice sees bob's note")
    // Straight after, with no chance for a graceful anything.
    await first.kill('SIGKILL')
    expect(first.process.signalCode).toBe('SIGKILL')
    alice.provider.disconnect()
    bob.provider.disconnect()

    const second = await startChildServer(env)
    servers.push(second)
    const carol = connectClient(second.port, 'm1', 'carol')
    clients.push(carol)
    await whenSynced(carol)
    expect(carol.doc.getText('body').toString()).toBe(expected)
    expect(carol.doc.getText('notes').toString()).toBe('from bob')
  })
})
