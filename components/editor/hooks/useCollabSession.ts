'use client'

import { useEffect, useState, useSyncExternalStore } from 'react'
import type { CollabUser } from '@/lib/collab/protocol'
import type { CollabSession, CollabSnapshot } from '../collab/collab-session'

/**
 * One session per mounted meeting screen. It is created in an effect, not
 * during render, because it opens a socket and a database that must be
 * closed again when React unmounts (or double-mounts in development). Loaded
 * on demand so that Yjs stays out of the server render, where the
 * collaboration server's own copy of it already lives.
 */
export function useCollabSession(meetingId: string, user: CollabUser): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null)
  const { login, name, color } = user
  useEffect(() => {
    let created: CollabSession | null = null
    let unmounted = false
    void import('../collab/collab-session').then(({ CollabSession }) => {
      if (unmounted) return
      created = new CollabSession(meetingId, { login, name, color })
      setSession(created)
    })
    return () => {
      unmounted = true
      created?.destroy()
      setSession(null)
    }
  }, [meetingId, login, name, color])
  return session
}

const notStarted: CollabSnapshot = {
  loaded: false,
  cacheAvailable: true,
  storedInBrowser: true,
  connection: { kind: 'connecting' },
  unsaved: 0,
}
const noop = () => () => {}

export function useCollabSnapshot(session: CollabSession | null): CollabSnapshot {
  return useSyncExternalStore(
    session?.subscribe ?? noop,
    session?.getSnapshot ?? (() => notStarted),
    () => notStarted,
  )
}
