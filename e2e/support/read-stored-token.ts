// The GitHub token the app stored for a user, read straight from the test
// database (SQLite file or PostgreSQL, whichever this run uses), so a spec can
// look for it where it must never be.
import Database from 'better-sqlite3'
import { join } from 'node:path'
import pg from 'pg'
import { dataDir } from './e2e-environment'

const query = `SELECT a.access_token AS token, a.scope AS scope FROM "Account" a JOIN "User" u ON u.id = a."userId" WHERE u.login = $1 AND a.provider = 'github'`

export async function readStoredToken(login: string): Promise<{ token: string | null; scope: string | null } | null> {
  const url = process.env.E2E_DATABASE_URL
  if (url) {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const { rows } = await client.query<{ token: string | null; scope: string | null }>(query, [login])
      return rows[0] ?? null
    } finally {
      await client.end()
    }
  }
  const db = new Database(join(dataDir, 'e2e.db'), { readonly: true, fileMustExist: true })
  try {
    return (db.prepare(query.replace('$1', '?')).get(login) as { token: string | null; scope: string | null } | undefined) ?? null
  } finally {
    db.close()
  }
}
