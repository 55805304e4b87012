'use client'
import { useCallback, useState } from 'react'

/**
 * Starts and stops the meeting's agenda timer through the server, which
 * stamps the start with its own clock; the change then reaches this browser,
 * like everyone else's, through the shared document.
 */
export function useAgendaTimerControl(meetingId: string) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const call = useCallback(
    async (init: RequestInit) => {
      setBusy(true)
      setError(null)
      try {
        const res = await fetch(`/api/meetings/${encodeURIComponent(meetingId)}/agenda-timer`, { ...init, headers: { 'content-type': 'application/json' } })
        if (!res.ok) {
          const body = (await res.json().catch(() => null)) as { error?: string } | null
          setError(body?.error ?? `the server answered ${res.status}`)
        }
      } catch {
        setError('the server could not be reached; try again')
      } finally {
        setBusy(false)
      }
    },
    [meetingId],
  )

  const start = useCallback((itemId: string, durationMs: number) => call({ method: 'POST', body: JSON.stringify({ itemId, durationMs }) }), [call])
  const stop = useCallback(() => call({ method: 'DELETE' }), [call])
  return { start, stop, busy, error }
}
