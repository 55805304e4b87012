'use client'

import { useEffect } from 'react'
import type { CollabSnapshot } from '../collab/collab-session'

/**
 * Unsaved typing that is on disk in this browser comes back with the page,
 * so going offline (or being refused by the server) is no reason to warn.
 * Online, unsaved typing is still on its way to the server, and leaving now
 * could drop it.
 */
export function useWarnBeforeLeaving({ unsaved, cacheAvailable, storedInBrowser, connection }: CollabSnapshot) {
  const keptInBrowser = cacheAvailable && storedInBrowser
  const waitingForServer = unsaved > 0 && connection.kind !== 'closed'
  const atRisk = unsaved > 0 && !keptInBrowser
  useEffect(() => {
    if (!waitingForServer && !atRisk) return
    const warn = (event: BeforeUnloadEvent) => {
      if (!atRisk && !navigator.onLine) return
      event.preventDefault()
      // Older Chromium only asks when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [waitingForServer, atRisk])
}
