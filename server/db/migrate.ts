// Applies the SQL migrations in prisma/migrations, in order, each once.
//
// Prisma's own `migrate deploy` fails on PostgreSQL here (see DEVELOPERS.md),
// so the SQL that `prisma migrate diff` generated is applied by this runner:
// each migration in its own transaction together with its bookkeeping row, and
// on PostgreSQL under an advisory lock so that instances starting together do
// not race.
import Database from 'better-sqlite3'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import pg from 'pg'
import { databaseKind, sqlitePath } from './client'

export const migrationsDir = join(import.meta.dirname, '../../prisma/migrations')
const table = '_live_minutes_migrations'
const lockKey = 7_351_204_913 // any constant: identifies this app's migration lock

export interface Migration {
  name: string
  sql: string
}

export function listMigrations(kind: 'sqlite' | 'postgresql', dir = migrationsDir): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{4}_/.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name, `${kind}.sql`), 'utf8') }))
}

/** Brings the database at `url` up to date; returns the names it applied. */
export async function migrate(url: string, dir = migrationsDir): Promise<string[]> {
  return databaseKind(url) === 'postgresql' ? migratePostgres(url, dir) : migrateSqlite(url, dir)
}

function migrateSqlite(url: string, dir: string): string[] {
  const file = sqlitePath(url)
  mkdirSync(dirname(file), { recursive: true })
  const conn = new Database(file)
  try {
    conn.pragma('journal_mode = WAL')
    conn.exec(`CREATE TABLE IF NOT EXISTS "${table}" (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`)
    const done = new Set(conn.prepare(`SELECT name FROM "${table}"`).pluck().all() as string[])
    const applied: string[] = []
    // Prisma rebuilds a SQLite table to alter it (create, copy, drop, rename).
    // With foreign keys on, the drop would cascade into the child tables and
    // delete their rows; and the pragma is ignored inside a transaction, so it
    // is switched off around it and the result checked before committing.
    conn.pragma('foreign_keys = OFF')
    for (const m of listMigrations('sqlite', dir)) {
      if (done.has(m.name)) continue
      conn.transaction(() => {
        conn.exec(m.sql)
        const broken = conn.pragma('foreign_key_check') as unknown[]
        if (broken.length) throw new Error(`migration ${m.name} leaves ${broken.length} broken foreign keys`)
        conn.prepare(`INSERT INTO "${table}" (name, applied_at) VALUES (?, ?)`).run(m.name, new Date().toISOString())
      }).immediate()
      applied.push(m.name)
    }
    conn.pragma('foreign_keys = ON')
    return applied
  } finally {
    conn.close()
  }
}

async function migratePostgres(url: string, dir: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [lockKey])
    await client.query(`CREATE TABLE IF NOT EXISTS "${table}" (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)`)
    const { rows } = await client.query<{ name: string }>(`SELECT name FROM "${table}"`)
    const done = new Set(rows.map((r) => r.name))
    const applied: string[] = []
    for (const m of listMigrations('postgresql', dir)) {
      if (done.has(m.name)) continue
      await client.query('BEGIN')
      try {
        await client.query(m.sql)
        await client.query(`INSERT INTO "${table}" (name, applied_at) VALUES ($1, now())`, [m.name])
        await client.query('COMMIT')
      } catch (e) {
        await client.query('ROLLBACK')
        throw new Error(`migration ${m.name} failed: ${(e as Error).message}`)
      }
      applied.push(m.name)
    }
    return applied
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [lockKey]).catch(() => {})
    await client.end()
  }
}
