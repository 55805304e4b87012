// The secret that signs session cookies. Configured by AUTH_SECRET in
// production; the embedded default keeps a generated one under data/ so that a
// restart does not sign everyone out.
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

export function ensureAuthSecret(file = resolve('data/.auth-secret')): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET
  let secret: string
  try {
    secret = readFileSync(file, 'utf8').trim()
  } catch {
    secret = randomBytes(32).toString('hex')
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  }
  process.env.AUTH_SECRET = secret
  return secret
}
