import { describe, expect, it, onTestFinished } from 'vitest'
import * as Y from 'yjs'
import { allSaved, connectClient, waitUntil, whenSynced } from './test-support/collab-harness'
import { harnessPerTest } from './test-support/harness-per-test'

describe('collaboration server: sync', () => {
  const setup = harnessPerTest(['m1', 'm2'])
  const client = (login: string, meetingId?: string) => setup.client(login, meetingId)

  it('converges two clients after concurrent edits, and a late joiner gets the whole document', async () => {
    const alice = client('alice')
    const bob = client('bob')
    await Promise.all([whenSynced(alice), whenSynced(bob)])

    // Concurrent: both edit before either hears of the other's change.
    for (let i = 0; i < 20; i++) {
      alice.doc.getText('body').insert(0, 'a')
      bob.doc.getText('body').insert(0, 'b')
      alice.doc.getMap('meta').set(`alice-${i}`, i)
      bob.doc.getMap('meta').set(`bob-${i}`, i)
    }
    const converged = () => alice.doc.getText('body').length === 40 && alice.doc.getText('body').toString() === bob.doc.getText('body').toString()
    await waitUntil(converged, 'alice and bob converge')
    expect(alice.doc.getMap('meta').toJSON()).toEqual(bob.doc.getMap('meta').toJSON())
    expect(alice.doc.getMap('meta').size).toBe(40)

    const carol = client('carol')
    await whenSynced(carol)
    await waitUntil(() => carol.doc.getText('body').length === 40, 'carol receives the document')
    expect(Y.encodeStateVector(carol.doc)).toEqual(Y.encodeStateVector(alice.doc))
    expect(carol.doc.getText('body').toString()).toBe(alice.doc.getText('body').toString())
  })

  it('acknowledges saved changes with the saved state vector', async () => {
    const alice = client('alice')
    await whenSynced(alice)
    // The initial sync is acknowledged too, before the client has written anything.
    await waitUntil(() => alice.saved.length > 0, 'the initial saved message arrives')

    alice.doc.getText('body').insert(0, 'Agenda')
    await waitUntil(() => allSaved(alice), "alice's edit is acknowledged")
    expect(alice.saved.at(-1)?.get(alice.doc.clientID)).toBe(Y.decodeStateVector(Y.encodeStateVector(alice.doc)).get(alice.doc.clientID))

    // Acknowledged means written: it is in the log before anyone was told.
    const rows = await setup.harness.database.db.docUpdate.findMany({ where: { meetingId: 'm1' } })
    const stored = new Y.Doc()
    for (const row of rows) Y.applyUpdate(stored, row.data)
    expect(stored.getText('body').toString()).toBe('Agenda')
  })

  it('keeps meetings apart', async () => {
    const alice = client('alice', 'm1')
    const bob = client('bob', 'm2')
    await Promise.all([whenSynced(alice), whenSynced(bob)])
    alice.doc.getText('body').insert(0, 'only in m1')
    bob.doc.getText('body').insert(0, 'only in m2')
    await waitUntil(() => allSaved(alice) && allSaved(bob), 'both edits are saved')
    const carol = client('carol', 'm1')
    await waitUntil(() => carol.doc.getText('body').toString() === 'only in m1', 'carol sees m1')
    expect(setup.harness.collab.rooms.size).toBe(2)
  })

  it('takes in edits a client made while offline', async () => {
    const offline = new Y.Doc()
    offline.getText('body').insert(0, 'written on the train')
    const alice = connectClient(setup.harness.port, 'm1', 'alice', offline)
    onTestFinished(() => alice.destroy())
    const bob = client('bob')
    await waitUntil(() => bob.doc.getText('body').toString() === 'written on the train', "bob receives alice's offline edits")
    await waitUntil(() => allSaved(alice), 'the offline edits are acknowledged')
  })
})
