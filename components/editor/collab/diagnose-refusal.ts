import { CloseCode } from '@/lib/collab/protocol'

/**
 * The server refuses a socket with plain HTTP (401 without a session, 404 for
 * a deleted meeting), and a browser reports any refused upgrade as the same
 * bare failure. When the socket keeps failing while the network is up, the
 * pages, which do get the status, tell which of those it was.
 * Resolves to the close the server would have sent, or null (keep retrying:
 * the server may just be restarting).
 */
export async function diagnoseRefusal(meetingId: string): Promise<{ code: number; reason: string } | null> {
  try {
    const session = await fetch('/api/auth/session', { cache: 'no-store', credentials: 'same-origin' })
    if (session.ok) {
      const body = (await session.json()) as { user?: unknown }
      if (!body.user) return { code: CloseCode.unauthorized, reason: 'session expired' }
    }
    const page = await fetch(`/m/${encodeURIComponent(meetingId)}`, { method: 'HEAD', cache: 'no-store', credentials: 'same-origin' })
    if (page.status === 404) return { code: CloseCode.notFound, reason: 'meeting not found' }
  } catch {
    // The server itself is unreachable; reconnecting is still the right thing.
  }
  return null
}
