// One Prisma client per process, for whichever database DATABASE_URL names.
// Both generated clients come from the same schema (scripts/prisma.mjs), so
// they share one shape; the SQLite one's type stands for both.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { PrismaClient as PostgresClient } from './generated/postgresql/client'
import { PrismaClient } from './generated/sqlite/client'

export type Db = PrismaClient
export type DatabaseKind = 'sqlite' | 'postgresql'

export function databaseKind(url: string): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite'
}

/** Path of the SQLite file named by a `file:` URL, relative to the working directory. */
export function sqlitePath(url: string): string {
  return resolve(url.replace(/^file:/, ''))
}

export function createDb(url: string): Db {
  if (databaseKind(url) === 'postgresql') {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db
  }
  const file = sqlitePath(url)
  mkdirSync(dirname(file), { recursive: true })
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }) })
  // The migration runner puts the file in WAL mode. There, NORMAL syncs at
  // checkpoints rather than on every commit: a killed process still loses
  // nothing committed (only a power cut could), and each collaborative
  // append blocks the event loop for half as long.
  void client.$queryRawUnsafe('PRAGMA synchronous = NORMAL').catch(() => {})
  return client
}

// On globalThis because Next bundles route handlers into their own module
// graph: a module-level variable would give them a second pool.
const holder = globalThis as typeof globalThis & { __liveMinutesDb?: { url: string; client: Db } }

/** The process-wide client. Next route handlers and the custom server share it. */
export function db(url = process.env.DATABASE_URL ?? 'file:./data/live-minutes.db'): Db {
  const held = holder.__liveMinutesDb
  if (held) {
    if (held.url !== url) throw new Error('db() called with a different DATABASE_URL')
    return held.client
  }
  const client = createDb(url)
  holder.__liveMinutesDb = { url, client }
  return client
}
