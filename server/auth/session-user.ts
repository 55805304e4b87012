// The signed-in user as pages and route handlers see them.
import { getServerSession } from 'next-auth'
import type { CollabUser } from '@/lib/collab/protocol'
import { userColor } from '@/lib/collab/user-color'
import { authOptions } from './options'

export interface SessionUser extends CollabUser {
  id: string
  /** GitHub's avatar; null for local sign-in. */
  avatarUrl: string | null
  /** Signed in through GitHub in this session (not by typing a handle): only then may its token be used. */
  viaGitHub: boolean
}

export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions())
  const u = session?.user
  if (!u?.login || !u.id) return null
  return { id: u.id, login: u.login, name: u.name ?? u.login, color: userColor(u.login), avatarUrl: u.image ?? null, viaGitHub: u.via === 'github' }
}
