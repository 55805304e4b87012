import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { markdownToYUpdate, yDocToMarkdown } from '../../lib/markdown'
import { addParticipant } from '../../lib/series/add-participant'
import { createTestDatabase } from '../db/test-database'
import { PrismaDocStore } from './prisma-doc-store'
import { connectClient, seedMeeting, startCollabServer, waitUntil, whenSynced, type CollabHarness, type TestClient } from './test-support/collab-harness'

describe('collaboration server: onJoin', () => {
  let harness: CollabHarness | undefined
  const clients: TestClient[] = []

  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy()
    await harness?.dispose()
    expect(harness?.errors).toEqual([])
    harness = undefined
  })

  it('lists each signed-in person under Participants once; the change is saved and reaches everyone', async () => {
    const database = await createTestDatabase()
    await seedMeeting(database.db, 'm1')
    await database.db.docUpdate.create({ data: { meetingId: 'm1', data: new Uint8Array(markdownToYUpdate('# 2024-07-24\n\n## Participants\n\n## Agenda\n')) } })
    harness = await startCollabServer(database, { onJoin: (room, user) => room.changeOnServer((doc) => addParticipant(doc, user.login)) })
    const alice = connectClient(harness.port, 'm1', 'alice')
    clients.push(alice)
    await whenSynced(alice)
    const bob = connectClient(harness.port, 'm1', 'bob')
    clients.push(bob)
    await whenSynced(bob)
    const again = connectClient(harness.port, 'm1', 'alice')
    clients.push(again)
    await whenSynced(again)
    const expected = '# 2024-07-24\n\n## Participants\n\n- @alice\n- @bob\n\n## Agenda\n'
    await waitUntil(() => yDocToMarkdown(alice.doc) === expected, 'alice sees both')
    await waitUntil(() => yDocToMarkdown(bob.doc) === expected, 'bob sees both')
    await harness.collab.rooms.get('m1')!.flush()
    const stored = new Y.Doc()
    for (const update of await new PrismaDocStore(database.db).load('m1')) Y.applyUpdate(stored, update)
    expect(yDocToMarkdown(stored)).toBe(expected)
  })
})
