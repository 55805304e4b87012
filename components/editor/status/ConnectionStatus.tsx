'use client'

import type { ConnectionState } from '../collab/connection-state'
import { useHasLastedFor } from '../hooks/useHasLastedFor'

/** How long a save may take before the page stops saying "Saving…" and counts what waits. */
const patienceMs = 3000

const look: Record<ConnectionState['kind'], { text: string; dot: string }> = {
  connecting: { text: 'Connecting…', dot: 'bg-slate-400 animate-pulse' },
  connected: { text: 'Connected', dot: 'bg-emerald-500' },
  reconnecting: { text: 'Reconnecting…', dot: 'bg-amber-500 animate-pulse' },
  offline: { text: 'Offline', dot: 'bg-slate-500' },
  closed: { text: 'Not connected', dot: 'bg-rose-600' },
}

function unsavedText(count: number, kind: ConnectionState['kind'], saveIsSlow: boolean): string {
  if (count === 0) return kind === 'connected' ? 'All changes saved' : 'No unsaved changes'
  // While typing online each keystroke is acknowledged in moments; a count flickering with every key would only distract.
  if (kind === 'connected' && !saveIsSlow) return 'Saving…'
  return `${count} ${count === 1 ? 'change' : 'changes'} not yet saved`
}

/** Where the minutes stand: the link to the server and what it has not yet stored. */
export function ConnectionStatus({
  connection,
  unsaved,
  keptInBrowser,
  storedInBrowser,
}: {
  connection: ConnectionState
  unsaved: number
  keptInBrowser: boolean
  storedInBrowser: boolean
}) {
  const { dot } = look[connection.kind]
  // Offline is when people worry about losing their typing; say where it is.
  const text = connection.kind === 'offline' && keptInBrowser ? 'Offline, kept in this browser' : look[connection.kind].text
  const keptLocally = keptInBrowser && unsaved > 0 && connection.kind !== 'connected'
  const saveIsSlow = useHasLastedFor(unsaved > 0, patienceMs)
  return (
    <div
      role="status"
      data-testid="connection-status"
      data-state={connection.kind}
      data-stored-in-browser={storedInBrowser}
      className="flex items-center gap-2 rounded-full bg-slate-100 px-3 py-1 text-xs whitespace-nowrap text-slate-700"
    >
      <span aria-hidden className={`h-2 w-2 shrink-0 rounded-full ${dot}`} />
      <span className="font-medium">{text}</span>
      <span aria-hidden className="text-slate-300">
        ·
      </span>
      {/* The count changes with every keystroke; announcing each would drown the screen reader. */}
      <span
        aria-live="off"
        data-testid="unsaved-count"
        data-count={unsaved}
        title={keptLocally ? 'Kept in this browser; sent when the connection is back' : undefined}
        className={unsaved > 0 ? 'text-amber-800' : 'text-slate-500'}
      >
        {unsavedText(unsaved, connection.kind, saveIsSlow)}
      </span>
    </div>
  )
}
