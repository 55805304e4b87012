import * as decoding from 'lib0/decoding'
import { afterEach, describe, expect, it } from 'vitest'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { messageYjsSyncStep2 } from 'y-protocols/sync'
import * as Y from 'yjs'
import { MessageType } from '../../lib/collab/protocol'
import { createTestDatabase } from '../db/test-database'
import type { DocStore } from './doc-store'
import { PrismaDocStore } from './prisma-doc-store'
import { awarenessMessage, syncStep1Message } from './server-message'
import { allSaved, connectClient, seedMeeting, startCollabServer, waitUntil, whenSynced, type CollabHarness, type TestClient } from './test-support/collab-harness'
import { openRawSocket } from './test-support/raw-socket'

/** The real store, with appends that can be held back or made to fail. */
class ControllableStore implements DocStore {
  held: Array<() => void> = []
  holding = false
  failing = false
  constructor(private readonly store: PrismaDocStore) {}
  load(meetingId: string) {
    return this.store.load(meetingId)
  }
  compact(meetingId: string) {
    return this.store.compact(meetingId)
  }
  async append(meetingId: string, update: Uint8Array) {
    if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve))
    if (this.failing) throw new Error('the database is unreachable')
    await this.store.append(meetingId, update)
  }
  release() {
    this.holding = false
    for (const resume of this.held.splice(0)) resume()
  }
}

function kindOf(message: Uint8Array): string {
  const decoder = decoding.createDecoder(message)
  const type = decoding.readVarUint(decoder)
  if (type !== MessageType.sync) return String(type)
  return decoding.readVarUint(decoder) === messageYjsSyncStep2 ? 'step2' : 'sync'
}

describe('collaboration server: nothing is sent before it is saved', () => {
  let harness: CollabHarness
  let store: ControllableStore
  const clients: TestClient[] = []

  async function start() {
    const database = await createTestDatabase()
    await seedMeeting(database.db, 'm1')
    store = new ControllableStore(new PrismaDocStore(database.db))
    harness = await startCollabServer(database, { store })
  }

  afterEach(async () => {
    store.release()
    for (const c of clients.splice(0)) c.destroy()
    await harness.dispose()
  })

  it('sends a joining client the document only once what it holds is saved', async () => {
    await start()
    const alice = connectClient(harness.port, 'm1', 'alice')
    clients.push(alice)
    await whenSynced(alice)
    store.holding = true
    alice.doc.getText('body').insert(0, 'not saved yet')
    await waitUntil(() => store.held.length === 1, 'the write has started')

    const carol = await openRawSocket(harness.port, 'm1', 'carol')
    const carolsPresence = new Awareness(new Y.Doc())
    carolsPresence.setLocalStateField('cursor', null) // clock 1: a clock-0 state is ignored by design
    carol.socket.send(awarenessMessage(encodeAwarenessUpdate(carolsPresence, [carolsPresence.clientID])))
    carolsPresence.destroy()
    carol.socket.send(syncStep1Message(new Y.Doc()))
    carol.socket.send(new Uint8Array([MessageType.queryAwareness]))
    // Frames arrive in order: had step 2 gone out at once, it would precede the awareness answer.
    await waitUntil(() => carol.received.some((m) => kindOf(m) === String(MessageType.awareness)), 'carol gets the awareness answer')
    expect(carol.received.map(kindOf)).not.toContain('step2')

    store.release()
    await waitUntil(() => carol.received.some((m) => kindOf(m) === 'step2'), 'carol gets step 2')
    const step2 = carol.received.find((m) => kindOf(m) === 'step2')!
    const decoder = decoding.createDecoder(step2)
    decoding.readVarUint(decoder)
    decoding.readVarUint(decoder)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder))
    expect(doc.getText('body').toString()).toBe('not saved yet')
    await waitUntil(() => carol.received.some((m) => kindOf(m) === String(MessageType.saved)), 'carol gets a saved message after step 2')
    carol.socket.close()
  })

  it('drops the room when saving keeps failing, and clients resend on reconnecting', async () => {
    await start()
    const alice = connectClient(harness.port, 'm1', 'alice')
    const bob = connectClient(harness.port, 'm1', 'bob')
    clients.push(alice, bob)
    await Promise.all([whenSynced(alice), whenSynced(bob)])
    const room = harness.collab.rooms.get('m1')

    store.failing = true
    alice.doc.getText('body').insert(0, 'typed while the database was down')
    await waitUntil(() => alice.closes.length > 0 && bob.closes.length > 0, 'both are disconnected')
    expect(alice.closes[0]).toEqual({ code: 1011, reason: 'the server could not save changes; reconnecting' })
    expect(bob.doc.getText('body').toString()).toBe('') // never sent: never saved
    expect(harness.errors.length).toBeGreaterThan(0)
    harness.errors.length = 0

    store.failing = false
    await waitUntil(() => bob.doc.getText('body').toString() === 'typed while the database was down', 'bob gets the edit after reconnecting')
    await waitUntil(() => allSaved(alice), 'alice is saved')
    expect(harness.collab.rooms.get('m1')).not.toBe(room)
  })
})
