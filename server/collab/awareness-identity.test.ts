import * as decoding from 'lib0/decoding'
import { describe, expect, it } from 'vitest'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { MessageType } from '../../lib/collab/protocol'
import { AwarenessRelay } from './awareness-relay'
import { stampIdentity } from './awareness-identity'
import type { Connection } from './connection'
import { awarenessMessage } from './server-message'
import { testUser, waitUntil, whenSynced } from './test-support/collab-harness'
import { harnessPerTest } from './test-support/harness-per-test'

function claim(clientId: number, state: Record<string, unknown> | null, clock = 1): Uint8Array {
  const awareness = new Awareness(new Y.Doc())
  const states = new Map([[clientId, state as Record<string, unknown>]])
  awareness.meta.set(clientId, { clock, lastUpdated: 0 })
  const update = encodeAwarenessUpdate(awareness, [clientId], state === null ? new Map() : states)
  awareness.destroy()
  return update
}

function statesOf(update: Uint8Array): Map<number, unknown> {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const states = new Map<number, unknown>()
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    decoding.readVarUint(decoder)
    states.set(clientId, JSON.parse(decoding.readVarString(decoder)))
  }
  return states
}

describe('stampIdentity', () => {
  const mallory = testUser('mallory')

  it("replaces whatever user a state claims with the session's", () => {
    const forged = claim(7, { user: { login: 'alice', name: 'Alice', color: '#000' }, cursor: { anchor: 3 } })
    const stamped = stampIdentity(forged, mallory, () => true)
    expect(stamped.clientIds).toEqual([7])
    expect(statesOf(stamped.update!).get(7)).toEqual({ user: mallory, cursor: { anchor: 3 } })
  })

  it('adds the user to a state that has none, and keeps removals as removals', () => {
    expect(statesOf(stampIdentity(claim(7, { cursor: null }), mallory, () => true).update!).get(7)).toEqual({ cursor: null, user: mallory })
    expect(statesOf(stampIdentity(claim(7, null), mallory, () => true).update!).get(7)).toBeNull()
  })

  it('drops entries for client IDs the connection may not speak for', () => {
    expect(stampIdentity(claim(7, { cursor: 1 }), mallory, () => false)).toEqual({ update: null, clientIds: [] })
  })
})

describe('AwarenessRelay', () => {
  it('sends what changed in one turn as a single combined update', async () => {
    const sent: Uint8Array[] = []
    const relay = new AwarenessRelay(new Y.Doc(), (message) => sent.push(message))
    const people = ['alice', 'bob', 'carol'].map((login) => ({ user: testUser(login) }) as Connection)
    people.forEach((connection, i) => relay.receive(connection, claim(100 + i, { cursor: i })))
    expect(sent).toHaveLength(0)
    await new Promise((resolve) => setImmediate(resolve))
    expect(sent).toHaveLength(1)
    const decoder = decoding.createDecoder(sent[0]!)
    expect(decoding.readVarUint(decoder)).toBe(MessageType.awareness)
    const states = statesOf(decoding.readVarUint8Array(decoder))
    expect([...states.keys()].sort()).toEqual([100, 101, 102])
    expect(states.get(101)).toEqual({ cursor: 1, user: testUser('bob') })
    relay.destroy()
  })
})

describe('collaboration server: awareness identity', () => {
  const { client } = harnessPerTest()

  it('shows others the session name, not the one a client claims', async () => {
    const bob = client('bob')
    const mallory = client('mallory')
    await Promise.all([whenSynced(bob), whenSynced(mallory)])
    mallory.provider.awareness.setLocalStateField('user', { login: 'alice', name: 'Alice Example', color: '#ffffff' })
    mallory.provider.awareness.setLocalStateField('cursor', { anchor: 0, head: 0 })
    const seen = () => bob.provider.awareness.getStates().get(mallory.doc.clientID)
    await waitUntil(() => seen()?.cursor !== undefined, "bob sees mallory's cursor")
    expect(seen()?.user).toEqual(testUser('mallory'))
  })

  it("does not let one person overwrite another's presence, and clears presence when a connection closes", async () => {
    const bob = client('bob')
    const carol = client('carol')
    await Promise.all([whenSynced(bob), whenSynced(carol)])
    bob.provider.awareness.setLocalStateField('cursor', { anchor: 1 })
    await waitUntil(() => carol.provider.awareness.getStates().get(bob.doc.clientID)?.cursor !== undefined, "carol sees bob's cursor")

    // Mallory speaks for Bob's client ID with a newer clock.
    const mallory = client('mallory')
    await whenSynced(mallory)
    const forged = claim(bob.doc.clientID, { cursor: { anchor: 99 } }, 1000)
    mallory.provider.ws!.send(awarenessMessage(forged))
    mallory.provider.awareness.setLocalStateField('cursor', { anchor: 2 })
    await waitUntil(() => carol.provider.awareness.getStates().get(mallory.doc.clientID)?.cursor !== undefined, "carol sees mallory's own cursor")
    expect(carol.provider.awareness.getStates().get(bob.doc.clientID)).toEqual({ cursor: { anchor: 1 }, user: testUser('bob') })

    bob.provider.disconnect()
    await waitUntil(() => !carol.provider.awareness.getStates().has(bob.doc.clientID), "bob's presence is gone for carol")
  })
})


describe('AwarenessRelay when a tab reconnects', () => {
  it("does not let the old socket's late message take the client ID back and remove the live cursor on close", () => {
    const relay = new AwarenessRelay(new Y.Doc(), () => {})
    const dying = { user: testUser('alice') } as Connection
    const live = { user: testUser('alice') } as Connection
    relay.receive(dying, claim(42, { cursor: 1 }, 1))
    relay.receive(live, claim(42, { cursor: 2 }, 2)) // the reconnected tab takes its ID over
    relay.receive(dying, claim(42, { cursor: 1 }, 3)) // a late frame from the old socket
    relay.forget(dying)
    const message = decoding.createDecoder(relay.currentStatesMessage()!)
    expect(decoding.readVarUint(message)).toBe(MessageType.awareness)
    expect(statesOf(decoding.readVarUint8Array(message)).get(42)).toMatchObject({ cursor: 2 })
    relay.destroy()
  })
})
