'use client'

import { useEffect } from 'react'

/**
 * Offline, unsaved typing is safe in IndexedDB and comes back with the page;
 * online, it is still on its way to the server, and leaving now could drop it.
 */
export function useWarnBeforeLeaving(hasUnsavedWhileOnline: boolean) {
  useEffect(() => {
    if (!hasUnsavedWhileOnline) return
    const warn = (event: BeforeUnloadEvent) => {
      if (!navigator.onLine) return
      event.preventDefault()
      // Older Chromium only asks when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [hasUnsavedWhileOnline])
}
