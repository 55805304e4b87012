import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createDb, databaseKind } from '../db/client'
import { createTestDatabase, type TestDatabase } from '../db/test-database'
import { PrismaDocStore } from './prisma-doc-store'
import { seedMeeting } from './test-support/collab-harness'

/** Updates that each add one word to a shared text, as separate clients would. */
function wordUpdates(words: string[]): Uint8Array[] {
  return words.map((word) => {
    const doc = new Y.Doc()
    doc.getMap('words').set(word, true)
    return Y.encodeStateAsUpdate(doc)
  })
}

function wordsIn(updates: Uint8Array[]): string[] {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return [...doc.getMap('words').keys()].sort()
}

describe('PrismaDocStore', () => {
  let database: TestDatabase
  let store: PrismaDocStore

  beforeEach(async () => {
    database = await createTestDatabase()
    await seedMeeting(database.db, 'm1')
    await seedMeeting(database.db, 'm2')
    store = new PrismaDocStore(database.db)
  })
  afterEach(async () => {
    await database.drop()
  })

  it('appends to the log and loads it back in order', async () => {
    for (const update of wordUpdates(['alpha', 'beta', 'gamma'])) await store.append('m1', update)
    await store.append('m2', wordUpdates(['elsewhere'])[0]!)
    expect(await database.db.docUpdate.count({ where: { meetingId: 'm1' } })).toBe(3)
    expect(wordsIn(await store.load('m1'))).toEqual(['alpha', 'beta', 'gamma'])
    expect(wordsIn(await store.load('m2'))).toEqual(['elsewhere'])
    expect(await store.load('m3')).toEqual([])
  })

  it('folds the log into the snapshot, empties it, and records upToId', async () => {
    for (const update of wordUpdates(['alpha', 'beta'])) await store.append('m1', update)
    await store.append('m2', wordUpdates(['untouched'])[0]!)
    const ids = (await database.db.docUpdate.findMany({ where: { meetingId: 'm1' }, orderBy: { id: 'asc' } })).map((row) => row.id)

    expect(await store.compact('m1')).toEqual({ folded: 2, upToId: ids.at(-1) })
    const snapshot = await database.db.docSnapshot.findUniqueOrThrow({ where: { meetingId: 'm1' } })
    expect(snapshot.upToId).toBe(ids.at(-1))
    expect(wordsIn([snapshot.state])).toEqual(['alpha', 'beta'])
    expect(await database.db.docUpdate.count({ where: { meetingId: 'm1' } })).toBe(0)
    expect(await database.db.docUpdate.count({ where: { meetingId: 'm2' } })).toBe(1)

    // A second round builds on the first snapshot.
    await store.append('m1', wordUpdates(['gamma'])[0]!)
    const gammaId = (await database.db.docUpdate.findFirstOrThrow({ where: { meetingId: 'm1' } })).id
    expect(await store.compact('m1')).toEqual({ folded: 1, upToId: gammaId })
    expect(wordsIn(await store.load('m1'))).toEqual(['alpha', 'beta', 'gamma'])
    expect(await store.load('m1')).toHaveLength(1)
    expect(await store.compact('m1')).toEqual({ folded: 0, upToId: gammaId })
  })

  it('garbage-collects deleted content into a snapshot smaller than the raw log', async () => {
    const doc = new Y.Doc()
    doc.on('update', (update: Uint8Array) => void store.append('m1', update))
    const text = doc.getText('body')
    for (let i = 0; i < 50; i++) text.insert(0, 'x'.repeat(200))
    text.delete(0, text.length - 5)
    await new Promise((resolve) => setTimeout(resolve, 0))
    await store.append('m1', Y.encodeStateAsUpdate(doc)) // waits behind the appends issued above
    const logBytes = (await store.load('m1')).reduce((sum, update) => sum + update.length, 0)
    await store.compact('m1')
    const [snapshot] = await store.load('m1')
    expect(snapshot!.length).toBeLessThan(logBytes / 10)
    const reloaded = new Y.Doc()
    Y.applyUpdate(reloaded, snapshot!)
    expect(reloaded.getText('body').toString()).toBe('xxxxx')
  })

  it('loads a log row that committed after a compaction that skipped it', async () => {
    for (const update of wordUpdates(['alpha', 'beta'])) await store.append('m1', update)
    const firstId = (await database.db.docUpdate.findFirstOrThrow({ where: { meetingId: 'm1' }, orderBy: { id: 'asc' } })).id
    await store.compact('m1')
    // Another instance allocated this id before the compaction but committed after it.
    await database.db.docUpdate.create({ data: { id: firstId, meetingId: 'm1', data: new Uint8Array(wordUpdates(['straggler'])[0]!) } })
    expect(wordsIn(await store.load('m1'))).toEqual(['alpha', 'beta', 'straggler'])
    await store.compact('m1')
    expect(wordsIn(await store.load('m1'))).toEqual(['alpha', 'beta', 'straggler'])
  })

  // Several instances means PostgreSQL: two SQLite connections in one process
  // block each other's event loop (better-sqlite3 waits for locks synchronously).
  it.skipIf(databaseKind(process.env.TEST_DATABASE_URL ?? 'file:') === 'sqlite')('loses nothing when appends and compactions from two instances interleave', async () => {
    // A second client on the same database stands for another server instance.
    const otherDb = createDb(database.url)
    const other = new PrismaDocStore(otherDb)
    try {
      const words = Array.from({ length: 60 }, (_, i) => `w${i}`)
      const updates = wordUpdates(words)
      const compactions: Array<Promise<unknown>> = []
      const appends: Array<Promise<void>> = []
      for (const [i, update] of updates.entries()) {
        appends.push((i % 2 ? store : other).append('m1', update))
        // Either instance may lose a race to the other; it must fail, not fold wrongly.
        if (i % 7 === 0) compactions.push((i % 14 ? store : other).compact('m1').catch((error: unknown) => error))
      }
      await Promise.all(appends)
      await Promise.all(compactions)
      expect(wordsIn(await store.load('m1'))).toEqual([...words].sort())
      await store.compact('m1')
      expect(wordsIn(await other.load('m1'))).toEqual([...words].sort())
      expect(await database.db.docUpdate.count({ where: { meetingId: 'm1' } })).toBe(0)
    } finally {
      await otherDb.$disconnect()
    }
  })
})
