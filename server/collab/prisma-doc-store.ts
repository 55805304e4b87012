// DocStore on the app's database: an append-only DocUpdate log, folded into
// one DocSnapshot row when a document goes idle.
import * as Y from 'yjs'
import type { Db } from '../db/client'
import type { CompactionResult, DocStore } from './doc-store'
import { SharedExclusiveLock } from './shared-exclusive-lock'

/** SQLite and PostgreSQL both cap bound parameters per statement; stay far below. */
const deleteChunk = 500
/** Prisma's 5 s default is short for folding a long day's log of a busy meeting. */
const transactionLimits = { maxWait: 10_000, timeout: 60_000 }

export class CompactionConflict extends Error {
  constructor(meetingId: string) {
    super(`another compaction of meeting ${meetingId} committed first`)
    this.name = 'CompactionConflict'
  }
}

export class PrismaDocStore implements DocStore {
  // Prisma's better-sqlite3 adapter has one connection: a query issued while an
  // interactive transaction is open runs inside it, so an append acknowledged
  // to clients could still be rolled back, or lost to a crash before COMMIT.
  // Compaction therefore runs alone; appends and loads share.
  private readonly lock = new SharedExclusiveLock()

  constructor(private readonly db: Db) {}

  load(meetingId: string): Promise<Uint8Array[]> {
    return this.lock.shared(async () => {
      const snapshot = await this.db.docSnapshot.findUnique({ where: { meetingId }, select: { state: true } })
      // Every row still in the log, not only those above upToId: a row whose
      // id was allocated before the snapshot's but committed after it (another
      // instance appending) is not in the snapshot, and is still here.
      const rows = await this.db.docUpdate.findMany({ where: { meetingId }, orderBy: { id: 'asc' }, select: { data: true } })
      return [...(snapshot ? [snapshot.state] : []), ...rows.map((row) => row.data)]
    })
  }

  append(meetingId: string, update: Uint8Array): Promise<void> {
    return this.lock.shared(async () => {
      await this.db.docUpdate.create({ data: { meetingId, data: ownBytes(update) }, select: { id: true } })
    })
  }

  compact(meetingId: string): Promise<CompactionResult> {
    return this.lock.exclusive(() =>
      this.db.$transaction(async (tx) => {
        const snapshot = await tx.docSnapshot.findUnique({ where: { meetingId } })
        const rows = await tx.docUpdate.findMany({ where: { meetingId }, orderBy: { id: 'asc' } })
        const lastRow = rows.at(-1)
        if (!lastRow) return { folded: 0, upToId: snapshot?.upToId ?? null }

        const state = ownBytes(mergeIntoState([...(snapshot ? [snapshot.state] : []), ...rows.map((row) => row.data)]))
        const upToId = Math.max(lastRow.id, snapshot?.upToId ?? 0)
        if (snapshot) {
          // Conditional on the upToId we read: if another compaction replaced
          // the snapshot meanwhile, ours lacks its rows and must not overwrite it.
          const { count } = await tx.docSnapshot.updateMany({ where: { meetingId, upToId: snapshot.upToId }, data: { state, upToId } })
          if (count !== 1) throw new CompactionConflict(meetingId)
        } else {
          await tx.docSnapshot.create({ data: { meetingId, state, upToId } })
        }
        // Exactly the rows folded in: anything appended since stays in the log.
        const ids = rows.map((row) => row.id)
        for (let start = 0; start < ids.length; start += deleteChunk) {
          await tx.docUpdate.deleteMany({ where: { id: { in: ids.slice(start, start + deleteChunk) } } })
        }
        return { folded: rows.length, upToId }
      }, transactionLimits),
    )
  }
}

/**
 * Applying to a document, rather than Y.mergeUpdates, garbage-collects deleted
 * content, so the snapshot holds what the document is, not all it ever was.
 */
function mergeIntoState(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc()
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update)
    })
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}

/** Prisma wants bytes backed by a plain ArrayBuffer; Yjs may hand out views of shared ones. */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes)
}
