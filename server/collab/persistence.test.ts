import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createTestDatabase } from '../db/test-database'
import { PrismaDocStore } from './prisma-doc-store'
import { allSaved, connectClient, seedMeeting, startCollabServer, startHarness, waitUntil, whenSynced, type CollabHarness, type TestClient } from './test-support/collab-harness'

async function storedDoc(harness: CollabHarness, meetingId = 'm1'): Promise<Y.Doc> {
  const doc = new Y.Doc()
  for (const update of await new PrismaDocStore(harness.database.db).load(meetingId)) Y.applyUpdate(doc, update)
  return doc
}

describe('collaboration server: persistence', () => {
  let harness: CollabHarness | undefined
  const clients: TestClient[] = []
  const client = (h: CollabHarness, login: string) => {
    const c = connectClient(h.port, 'm1', login)
    clients.push(c)
    return c
  }

  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy()
    await harness?.dispose()
    expect(harness?.errors).toEqual([])
    harness = undefined
  })

  it('appends every saved batch to the log, and the log reloads to the live document', async () => {
    harness = await startHarness(['m1'])
    const alice = client(harness, 'alice')
    const bob = client(harness, 'bob')
    await Promise.all([whenSynced(alice), whenSynced(bob)])
    for (let i = 0; i < 10; i++) {
      alice.doc.getText('body').insert(0, `a${i} `)
      await waitUntil(() => allSaved(alice), 'alice is saved')
      bob.doc.getText('body').insert(0, `b${i} `)
      await waitUntil(() => allSaved(bob), 'bob is saved')
    }
    const rows = await harness.database.db.docUpdate.count({ where: { meetingId: 'm1' } })
    expect(rows).toBeGreaterThanOrEqual(20) // one per acknowledged batch, nothing folded yet
    const live = harness.collab.rooms.get('m1')!.doc
    const reloaded = await storedDoc(harness)
    expect(Y.encodeStateVector(reloaded)).toEqual(Y.encodeStateVector(live))
    expect(reloaded.getText('body').toString()).toBe(live.getText('body').toString())
  })

  it('compacts the log into a snapshot once the document goes idle', async () => {
    harness = await startHarness(['m1'], { compactAfterMs: 50 })
    const alice = client(harness, 'alice')
    await whenSynced(alice)
    const text = alice.doc.getText('body')
    text.insert(0, 'Decisions: ship it. ')
    text.insert(text.length, 'Action items: none.')
    text.delete(0, 11)
    await waitUntil(() => allSaved(alice), 'alice is saved')

    const db = harness.database.db
    const lastAppended = (await db.docUpdate.findMany({ where: { meetingId: 'm1' }, orderBy: { id: 'desc' }, take: 1 }))[0]
    const snapshot = await waitForSnapshot(harness)
    expect(await db.docUpdate.count({ where: { meetingId: 'm1' } })).toBe(0)
    expect(snapshot.upToId).toBeGreaterThanOrEqual(lastAppended?.id ?? 1)

    const live = harness.collab.rooms.get('m1')!.doc
    const reloaded = new Y.Doc()
    Y.applyUpdate(reloaded, snapshot.state)
    expect(Y.encodeStateAsUpdate(reloaded)).toEqual(Y.encodeStateAsUpdate(live))
    expect(reloaded.getText('body').toString()).toBe('ship it. Action items: none.')
  })

  it('unloads a room after its last client leaves, compacted, and reloads it for the next', async () => {
    harness = await startHarness(['m1'], { unloadAfterMs: 50 })
    const alice = client(harness, 'alice')
    await whenSynced(alice)
    alice.doc.getText('body').insert(0, 'before the break')
    await waitUntil(() => allSaved(alice), 'alice is saved')
    const rowsBefore = await harness.database.db.docUpdate.findMany({ where: { meetingId: 'm1' }, orderBy: { id: 'asc' } })
    expect(rowsBefore.length).toBeGreaterThan(0)

    alice.destroy()
    const h = harness
    await waitUntil(() => !h.collab.rooms.has('m1'), 'the room is unloaded')
    const snapshot = await waitForSnapshot(harness)
    expect(snapshot.upToId).toBe(rowsBefore.at(-1)!.id)
    expect(await harness.database.db.docUpdate.count()).toBe(0)

    const bob = client(harness, 'bob')
    await waitUntil(() => bob.doc.getText('body').toString() === 'before the break', 'bob gets the reloaded document')
    expect(harness.collab.rooms.has('m1')).toBe(true)
  })

  it('saves, compacts and says 1001 on close, and a new server carries on from there', async () => {
    const database = await createTestDatabase()
    await seedMeeting(database.db, 'm1')
    const first = await startCollabServer(database)
    const alice = client(first, 'alice')
    await whenSynced(alice)
    alice.doc.getText('body').insert(0, 'said just before the restart')
    await waitUntil(() => allSaved(alice), 'alice is saved')
    await first.stop()
    await waitUntil(() => alice.closes.length > 0, 'alice sees the close')
    expect(alice.closes[0]?.code).toBe(1001)
    expect(await database.db.docUpdate.count()).toBe(0)
    expect(await database.db.docSnapshot.count()).toBe(1)
    alice.destroy()

    harness = await startCollabServer(database)
    const bob = client(harness, 'bob')
    await waitUntil(() => bob.doc.getText('body').toString() === 'said just before the restart', 'bob gets the document')
    expect(first.errors).toEqual([])
  })
})

async function waitForSnapshot(harness: CollabHarness) {
  const db = harness.database.db
  let snapshot = await db.docSnapshot.findUnique({ where: { meetingId: 'm1' } })
  while (!snapshot || (await db.docUpdate.count({ where: { meetingId: 'm1' } })) > 0) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    snapshot = await db.docSnapshot.findUnique({ where: { meetingId: 'm1' } })
  }
  return snapshot
}
