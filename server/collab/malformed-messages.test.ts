import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../lib/collab/protocol'
import { connectClient, waitUntil } from './test-support/collab-harness'
import { harnessWithBystanders } from './test-support/harness-per-test'
import { openRawSocket } from './test-support/raw-socket'
import { expectStillCoediting } from './test-support/room-assertions'

function frame(...parts: Array<number | Uint8Array>): Uint8Array {
  const encoder = encoding.createEncoder()
  for (const part of parts) {
    if (typeof part === 'number') encoding.writeVarUint(encoder, part)
    else encoding.writeVarUint8Array(encoder, part)
  }
  return encoding.toUint8Array(encoder)
}

/** A well-formed update that builds on a change the server never saw: Yjs would park it silently. */
function danglingUpdate(): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('body').insert(0, 'first ')
  const before = Y.encodeStateVector(doc)
  doc.getText('body').insert(6, 'second')
  return Y.encodeStateAsUpdate(doc, before)
}

function awarenessUpdate(state: string): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, 1234)
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarString(encoder, state)
  return encoding.toUint8Array(encoder)
}

const garbage: Array<[string, Uint8Array | string, RegExp]> = [
  ['random bytes', new Uint8Array([0xde, 0xad, 0xbe, 0xef, 0x13, 0x37]), /unknown message type/],
  ['random bytes as an update', new Uint8Array([0x00, 0x02, 0x0a, 0xde, 0xad, 0xbe, 0xef, 0x13, 0x37, 0x42, 0x99, 0xff, 0x01]), /invalid Yjs update/],
  ['an unknown message type', frame(9), /unknown message type 9/],
  ['a server-only message type', frame(4, new Uint8Array([0])), /unknown message type 4/],
  ['an unknown sync message type', frame(0, 7, new Uint8Array([0])), /unknown sync message type 7/],
  ['a truncated varint', new Uint8Array([0x80]), /unreadable message/],
  ['a truncated payload', new Uint8Array([0, 2, 50, 1, 2, 3]), /unreadable message/],
  ['an update Yjs cannot read', frame(0, 2, new TextEncoder().encode('definitely not yjs')), /invalid Yjs update/],
  ['a truncated Yjs update', frame(0, 2, Y.encodeStateAsUpdate(docWithText('cut short')).slice(0, -4)), /invalid Yjs update/],
  ['an update with dangling references', frame(0, 2, danglingUpdate()), /refers to changes the server never received/],
  ['a sync step 2 with dangling references', frame(0, 1, danglingUpdate()), /refers to changes the server never received/],
  ['an unreadable state vector', frame(0, 0, new Uint8Array([5, 1])), /unreadable state vector/],
  ['trailing bytes', new Uint8Array([...frame(3), 0, 0]), /trailing bytes/],
  ['a truncated awareness update', frame(1, new Uint8Array([3, 1])), /unreadable awareness update/],
  ['awareness state that is not JSON', frame(1, awarenessUpdate('{nope')), /not valid JSON/],
  ['awareness state that is not an object', frame(1, awarenessUpdate('42')), /must be an object or null/],
  ['a text frame', 'hello, server', /text frames/],
]

function docWithText(text: string): Y.Doc {
  const doc = new Y.Doc()
  doc.getText('body').insert(0, text)
  return doc
}

describe('collaboration server: malformed messages', () => {
  const setup = harnessWithBystanders(['alice', 'bob'])

  it.each(garbage)('closes the connection that sent %s with 4400, and nobody else notices', async (kind, message, reason) => {
    const { harness, bystanders } = setup
    const [alice, bob] = bystanders
    const rowsBefore = await harness.database.db.docUpdate.count()
    const mallory = await openRawSocket(harness.port, 'm1', 'mallory')
    mallory.socket.send(message)
    const closed = await mallory.closed
    expect(closed.code).toBe(CloseCode.malformed)
    expect(closed.reason).toMatch(reason)

    // Nothing of it was saved, nothing of it lingers in the room.
    expect(await harness.database.db.docUpdate.count()).toBe(rowsBefore)
    const room = harness.collab.rooms.get('m1')!
    expect(room.doc.store.pendingStructs).toBeNull()
    expect(room.doc.store.pendingDs).toBeNull()
    expect(room.doc.getText('body').toString()).not.toMatch(/second|cut short/)

    await expectStillCoediting(alice, bob, `${kind}; `)
  })

  it('stays up for new clients after all of that', async () => {
    const { harness, bystanders } = setup
    const [alice] = bystanders
    const carol = connectClient(harness.port, 'm1', 'carol')
    try {
      await waitUntil(() => carol.doc.getText('body').toString() === alice.doc.getText('body').toString() && carol.doc.getText('body').length > 0, 'carol syncs')
    } finally {
      carol.destroy()
    }
  })
})
