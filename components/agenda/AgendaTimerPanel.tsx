'use client'
import type * as Y from 'yjs'
import { formatRemaining, remainingMs } from '@/lib/agenda/agenda-timer'
import { useAgenda, useServerNow } from './useAgenda'
import { useAgendaTimerControl } from './use-agenda-timer-control'
import './action-items.css'

/** An item without a time box still gets a clock; this is how long it runs. */
const defaultMinutes = 10

/** The running box as it was started, which may differ from the heading's (a start through the API). */
function boxLabel(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 1000)} s`
}

/**
 * The meeting's agenda beside the minutes: start an item's time box and
 * everyone sees the same countdown, counted from the instant the server
 * stamped; past the box the row turns red and says by how much. A locked
 * meeting's minutes are final, so its agenda is shown without the buttons
 * (the server refuses the timer there too).
 */
export function AgendaTimerPanel({ doc, meetingId, locked = false }: { doc: Y.Doc; meetingId: string; locked?: boolean }) {
  const { items, timer } = useAgenda(doc)
  const serverNow = useServerNow()
  const control = useAgendaTimerControl(meetingId)
  if (items.length === 0) return null
  const running = timer && items.some((i) => i.id === timer.itemId) ? timer : null
  const left = running && serverNow !== null ? remainingMs(running, serverNow) : null
  const over = left !== null && left < 0

  return (
    <section aria-label="Agenda" className="mb-4 rounded-xl border border-slate-200 bg-white shadow-sm" data-testid="agenda-panel">
      <h2 className="flex items-center justify-between border-b border-slate-100 px-4 py-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        <span>Agenda</span>
        {running?.startedBy && <span className="font-normal tracking-normal normal-case">started by @{running.startedBy}</span>}
      </h2>
      <ol className="divide-y divide-slate-100">
        {items.map((item) => {
          const isRunning = running?.itemId === item.id
          const rowTone = isRunning ? (over ? 'bg-rose-50' : 'bg-indigo-50') : ''
          return (
            <li key={item.id} className={`flex items-center gap-3 px-4 py-2 ${rowTone}`} data-testid="agenda-item" data-running={isRunning} data-over={isRunning && over}>
              <span className="min-w-0 flex-1 truncate">
                <span className="font-medium text-slate-900">{item.title}</span>
                {item.owners.length > 0 && <span className="ml-2 text-sm text-slate-500">{item.owners.map((o) => `@${o}`).join(', ')}</span>}
              </span>
              <span className="text-xs text-slate-400">{isRunning && running ? boxLabel(running.durationMs) : `${item.minutes ?? defaultMinutes} min`}</span>
              {isRunning && left !== null && (
                <span role="timer" aria-live="off" aria-label={over ? 'Over time' : 'Time left'} data-testid="agenda-timer" data-remaining-ms={Math.round(left)}
                  className={`min-w-28 rounded-md px-2 py-0.5 text-right font-mono text-lg font-semibold tabular-nums ${over ? 'bg-rose-600 text-white' : 'text-indigo-700'}`}>
                  {formatRemaining(left)}
                </span>
              )}
              {locked ? null : isRunning ? (
                <button type="button" disabled={control.busy} onClick={() => void control.stop()}
                  className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-50">Stop</button>
              ) : (
                <button type="button" disabled={control.busy} aria-label={`Start ${item.title}`}
                  onClick={() => void control.start(item.id, (item.minutes ?? defaultMinutes) * 60_000)}
                  className="rounded-md bg-indigo-600 px-2.5 py-1 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-50">Start</button>
              )}
            </li>
          )
        })}
      </ol>
      {control.error && <p role="alert" className="border-t border-rose-100 bg-rose-50 px-4 py-2 text-sm text-rose-700">Timer: {control.error}</p>}
    </section>
  )
}
