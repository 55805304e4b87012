import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DurableUpdateQueue, type DurableBatch } from './durable-update-queue'

/** A store whose writes finish only when the test says so. */
function manualStore() {
  const writes: Array<{ update: Uint8Array; finish: () => void; fail: (error: Error) => void }> = []
  return {
    writes,
    append: (_meetingId: string, update: Uint8Array) =>
      new Promise<void>((resolve, reject) => writes.push({ update, finish: resolve, fail: reject })),
  }
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

function setup(store: { append(meetingId: string, update: Uint8Array): Promise<void> }, retryDelaysMs: number[] = []) {
  const doc = new Y.Doc()
  const durable: Array<DurableBatch<string>> = []
  const gaveUp: unknown[] = []
  const reported: unknown[] = []
  const queue = new DurableUpdateQueue<string>({
    meetingId: 'm1',
    store,
    stateVector: () => Y.encodeStateVector(doc),
    onDurable: (batch) => durable.push(batch),
    onGaveUp: (error) => gaveUp.push(error),
    report: (error) => reported.push(error),
    retryDelaysMs,
  })
  /** Makes a change in the document as a client would, and queues it. */
  const edit = (who: string, text: string) => {
    const updates: Uint8Array[] = []
    doc.once('update', (update: Uint8Array) => updates.push(update))
    doc.getText('body').insert(0, text)
    queue.add(updates[0]!, who)
  }
  return { doc, queue, durable, gaveUp, reported, edit }
}

function textOf(update: Uint8Array): string {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  return doc.getText('body').toString()
}

describe('DurableUpdateQueue', () => {
  it('writes what arrived in one turn as one merged update, and hands it on only after the write', async () => {
    const store = manualStore()
    const { queue, durable, edit } = setup(store)
    edit('alice', 'a')
    edit('bob', 'b')
    edit('alice', 'c')
    expect(store.writes).toHaveLength(0)
    await nextTurn()
    expect(store.writes).toHaveLength(1)
    expect(textOf(store.writes[0]!.update)).toBe('cba')
    expect(durable).toHaveLength(0) // not durable yet: nobody may hear of it

    store.writes[0]!.finish()
    await queue.whenDurable()
    expect(durable).toHaveLength(1)
    expect([...durable[0]!.contributors].sort()).toEqual(['alice', 'bob'])
    expect(durable[0]!.update).toEqual(store.writes[0]!.update)
  })

  it('gathers what arrives during a write into the next batch', async () => {
    const store = manualStore()
    const { queue, durable, edit, doc } = setup(store)
    edit('alice', 'a')
    await nextTurn()
    edit('bob', 'b')
    await nextTurn()
    edit('carol', 'c')
    await nextTurn()
    expect(store.writes).toHaveLength(1) // the second waits for the first

    const saved = queue.whenDurable()
    store.writes[0]!.finish()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(store.writes).toHaveLength(2)
    expect(textOf(Y.mergeUpdates([store.writes[0]!.update, store.writes[1]!.update]))).toBe('cba')
    expect(textOf(store.writes[0]!.update)).toBe('a')
    store.writes[1]!.finish()
    expect(await saved).toEqual(Y.encodeStateVector(doc))
    expect(durable.map((batch) => [...batch.contributors])).toEqual([['alice'], ['bob', 'carol']])
    expect(queue.idle).toBe(true)
  })

  it('acknowledges a contributor whose update changed nothing, without writing', async () => {
    const store = manualStore()
    const { queue, durable } = setup(store)
    queue.acknowledge('alice')
    await nextTurn()
    expect(store.writes).toHaveLength(0)
    expect(durable).toEqual([expect.objectContaining({ update: null, contributors: new Set(['alice']) })])
  })

  it('retries a failed write before handing anything on', async () => {
    let failures = 2
    const written: Uint8Array[] = []
    const { queue, durable, reported, edit } = setup(
      { append: async (_id, update) => (failures-- > 0 ? Promise.reject(new Error('database is locked')) : void written.push(update)) },
      [1, 1, 1],
    )
    edit('alice', 'a')
    await queue.flush()
    expect(written).toHaveLength(1)
    expect(reported).toHaveLength(2)
    expect(durable).toHaveLength(1)
  })

  it('gives up after the last retry: nothing is handed on and waiters hear about it', async () => {
    const { queue, durable, gaveUp, edit } = setup({ append: () => Promise.reject(new Error('disk full')) }, [1])
    edit('alice', 'a')
    await expect(queue.flush()).rejects.toThrow('disk full')
    expect(durable).toEqual([])
    expect(gaveUp).toHaveLength(1)
    edit('alice', 'b') // ignored: the room is being discarded
    await expect(queue.whenDurable()).rejects.toThrow(/can no longer be saved/)
  })
})
