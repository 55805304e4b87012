import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MessageType } from '@/lib/collab/protocol'
import { readSavedStateVector } from './saved-message'
import { UnsavedChanges } from './unsaved-changes'

const network = Symbol('network')

function setUp() {
  const doc = new Y.Doc()
  const tracker = new UnsavedChanges(doc, (origin) => origin === network)
  const text = doc.getText('t')
  return { doc, tracker, text }
}

describe('UnsavedChanges', () => {
  it('counts each local transaction until a saved state vector covers it', () => {
    const { doc, tracker, text } = setUp()
    text.insert(0, 'a')
    text.insert(1, 'b')
    text.insert(2, 'c')
    expect(tracker.count).toBe(3)

    tracker.acknowledge(new Map([[doc.clientID, 2]]))
    expect(tracker.count).toBe(1)
    tracker.acknowledge(Y.decodeStateVector(Y.encodeStateVector(doc)))
    expect(tracker.count).toBe(0)
  })

  it('ignores what arrives from the network or the cache', () => {
    const { doc, tracker } = setUp()
    const other = new Y.Doc()
    other.getText('t').insert(0, 'from someone else')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), network)
    expect(tracker.count).toBe(0)
  })

  it('settles a deletion once it was sent and the server reports a save', () => {
    const { doc, tracker, text } = setUp()
    text.insert(0, 'abc')
    tracker.acknowledge(Y.decodeStateVector(Y.encodeStateVector(doc)))
    text.delete(0, 1)
    expect(tracker.count).toBe(1)

    // Typed while offline: a save report of someone else's batch proves nothing.
    tracker.acknowledge(Y.decodeStateVector(Y.encodeStateVector(doc)))
    expect(tracker.count).toBe(1)

    tracker.setConnectionSynced(true)
    tracker.acknowledge(Y.decodeStateVector(Y.encodeStateVector(doc)))
    expect(tracker.count).toBe(0)
  })

  it('settles earlier deletions when a later insertion is covered, since the socket keeps order', () => {
    const { doc, tracker, text } = setUp()
    text.insert(0, 'abc')
    text.delete(0, 1)
    text.insert(0, 'x')
    expect(tracker.count).toBe(3)
    tracker.acknowledge(Y.decodeStateVector(Y.encodeStateVector(doc)))
    expect(tracker.count).toBe(0)
  })

  it('survives a reload through snapshot and restore', () => {
    const first = setUp()
    first.text.insert(0, 'offline')
    first.text.delete(0, 1)
    const remembered = first.tracker.snapshot()

    const second = setUp()
    Y.applyUpdate(second.doc, Y.encodeStateAsUpdate(first.doc), network)
    second.tracker.restore(remembered)
    expect(second.tracker.count).toBe(2)

    second.tracker.setConnectionSynced(true)
    second.tracker.acknowledge(Y.decodeStateVector(Y.encodeStateVector(second.doc)))
    expect(second.tracker.count).toBe(0)
  })

  it('tells listeners when the count changes', () => {
    const { tracker, text } = setUp()
    const seen: number[] = []
    tracker.subscribe((count) => seen.push(count))
    text.insert(0, 'a')
    text.insert(0, 'b')
    expect(seen).toEqual([1, 2])
  })
})

describe('readSavedStateVector', () => {
  it('reads the state vector the server sends after a durable batch', () => {
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'hello')
    const other = new Y.Doc()
    other.getText('t').insert(0, 'world')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
    const vector = Y.encodeStateVector(doc)

    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.saved)
    encoding.writeVarUint8Array(encoder, vector)
    const decoder = decoding.createDecoder(encoding.toUint8Array(encoder))
    decoding.readVarUint(decoder)
    expect(readSavedStateVector(decoder)).toEqual(Y.decodeStateVector(vector))
  })
})
