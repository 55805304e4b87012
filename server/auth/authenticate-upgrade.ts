// Authenticates a websocket upgrade from the same session cookie as the pages:
// the socket shares their origin, so the browser sends it along.
import type { IncomingMessage } from 'node:http'
import { decode } from 'next-auth/jwt'
import type { CollabUser } from '@/lib/collab/protocol'
import { userColor } from '@/lib/collab/user-color'

const cookieNames = ['__Secure-next-auth.session-token', 'next-auth.session-token']

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>()
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    const name = part.slice(0, eq).trim()
    try {
      out.set(name, decodeURIComponent(part.slice(eq + 1).trim()))
    } catch {
      // a cookie that is not ours may be encoded any way it likes
    }
  }
  return out
}

/** next-auth splits large tokens into name.0, name.1, … */
function sessionToken(cookies: Map<string, string>): string | undefined {
  for (const name of cookieNames) {
    const whole = cookies.get(name)
    if (whole) return whole
    const chunks: string[] = []
    for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!)
    if (chunks.length) return chunks.join('')
  }
  return undefined
}

export async function authenticateUpgrade(req: IncomingMessage, secret: string): Promise<CollabUser | null> {
  const token = sessionToken(parseCookies(req.headers.cookie))
  if (!token) return null
  try {
    const jwt = await decode({ token, secret })
    if (!jwt?.login) return null
    return { login: jwt.login, name: jwt.name ?? jwt.login, color: userColor(jwt.login) }
  } catch {
    return null
  }
}
