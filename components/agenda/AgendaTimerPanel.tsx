'use client'
import type * as Y from 'yjs'
import { formatRemaining, remainingMs, startAgendaTimer, stopAgendaTimer } from '@/lib/agenda/agenda-timer'
import { useAgenda, useServerNow } from './useAgenda'
import './action-items.css'

/** An item without a time box still gets a clock; this is how long it runs. */
const defaultMinutes = 10

/**
 * The meeting's agenda beside the minutes: start an item's time box and
 * everyone sees the same countdown; past the box it says so in red.
 */
export function AgendaTimerPanel({ doc, login }: { doc: Y.Doc; login: string }) {
  const { items, timer } = useAgenda(doc)
  const serverNow = useServerNow()
  if (items.length === 0) return null
  const running = timer && items.some((i) => i.id === timer.itemId) ? timer : null
  const left = running && serverNow !== null ? remainingMs(running, serverNow) : null

  return (
    <section aria-label="Agenda" className="mb-4 rounded-xl border border-slate-200 bg-white shadow-sm" data-testid="agenda-panel">
      <h2 className="border-b border-slate-100 px-4 py-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Agenda</h2>
      <ol className="divide-y divide-slate-100">
        {items.map((item) => {
          const isRunning = running?.itemId === item.id
          return (
            <li key={item.id} className={`flex items-center gap-3 px-4 py-2 ${isRunning ? 'bg-indigo-50' : ''}`} data-testid="agenda-item" data-running={isRunning}>
              <span className="min-w-0 flex-1 truncate">
                <span className="font-medium text-slate-900">{item.title}</span>
                {item.owners.length > 0 && <span className="ml-2 text-sm text-slate-500">{item.owners.map((o) => `@${o}`).join(', ')}</span>}
              </span>
              <span className="text-xs text-slate-400">{item.minutes ?? defaultMinutes} min</span>
              {isRunning && left !== null && (
                <span role="timer" aria-live="off" data-testid="agenda-timer" data-remaining-ms={Math.round(left)}
                  className={`min-w-24 rounded-md px-2 py-0.5 text-right font-mono text-lg font-semibold tabular-nums ${left < 0 ? 'bg-rose-100 text-rose-700' : 'text-indigo-700'}`}>
                  {formatRemaining(left)}
                </span>
              )}
              {isRunning ? (
                <button type="button" onClick={() => stopAgendaTimer(doc)}
                  className="rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-50">Stop</button>
              ) : (
                <button type="button" disabled={serverNow === null} aria-label={`Start ${item.title}`}
                  onClick={() => serverNow !== null && startAgendaTimer(doc, { itemId: item.id, startedAt: serverNow, durationMs: (item.minutes ?? defaultMinutes) * 60_000, startedBy: login })}
                  className="rounded-md bg-indigo-600 px-2.5 py-1 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-50">Start</button>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
