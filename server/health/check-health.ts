import type { Db } from '../db/client'
import { databaseKind } from '../db/client'

export interface Health {
  status: 'ok' | 'degraded'
  database: { kind: 'sqlite' | 'postgresql'; reachable: boolean; error?: string }
}

/** Whether the app can serve: today that is whether its database answers. */
export async function checkHealth(db: Db, url: string): Promise<Health> {
  const kind = databaseKind(url)
  try {
    await db.$queryRawUnsafe('SELECT 1')
    return { status: 'ok', database: { kind, reachable: true } }
  } catch (e) {
    return { status: 'degraded', database: { kind, reachable: false, error: describe(e) } }
  }
}

// Driver errors often start with a blank line or carry the cause in a code.
function describe(e: unknown): string {
  const err = e as { message?: string; code?: string; cause?: { code?: string; message?: string } }
  const line = (err.message ?? '').split('\n').map((l) => l.trim()).find(Boolean)
  return line ?? err.cause?.message ?? err.code ?? err.cause?.code ?? 'unreachable'
}
