'use client'

import { useEffect, useState, useSyncExternalStore } from 'react'
import type { CollabUser } from '@/lib/collab/protocol'
import { CollabSession, type CollabSnapshot } from '../collab/collab-session'

/**
 * One session per mounted meeting screen. It is created in an effect, not
 * during render, because it opens a socket and a database that must be
 * closed again when React unmounts (or double-mounts in development).
 */
export function useCollabSession(meetingId: string, user: CollabUser): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null)
  const { login, name, color } = user
  useEffect(() => {
    const created = new CollabSession(meetingId, { login, name, color })
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the session is an external resource that only exists in the browser
    setSession(created)
    return () => {
      created.destroy()
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
