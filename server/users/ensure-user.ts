import type { Db } from '../db/client'

/**
 * The database row for a signed-in person, made if missing. Sessions are JWTs
 * and outlive a database reset; the login, not the row id, is their identity.
 */
export async function ensureUser(db: Db, user: { login: string; name: string }) {
  return db.user.upsert({ where: { login: user.login }, create: { login: user.login, name: user.name }, update: {} })
}
