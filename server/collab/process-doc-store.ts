// The collaboration server and the route handlers must share one store: its
// lock is what keeps an append from landing inside a compaction's transaction
// on SQLite's single connection. Held on globalThis because Next bundles route
// handlers into a module graph of their own (see server/db/client.ts).
import { db } from '../db/client'
import { PrismaDocStore } from './prisma-doc-store'

const holder = globalThis as typeof globalThis & { __liveMinutesDocStore?: PrismaDocStore }

/** The process-wide document store, over the process-wide database client. */
export function processDocStore(): PrismaDocStore {
  holder.__liveMinutesDocStore ??= new PrismaDocStore(db())
  return holder.__liveMinutesDocStore
}
