'use client'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { agendaItems, type AgendaItem } from '@/lib/agenda/agenda-items'
import { readAgendaTimer, type AgendaTimer } from '@/lib/agenda/agenda-timer'
import { measureServerOffset } from './server-clock'

/** The agenda items and the shared timer, kept current as the document changes. */
export function useAgenda(doc: Y.Doc): { items: AgendaItem[]; timer: AgendaTimer | null } {
  const [state, setState] = useState(() => ({ items: agendaItems(doc), timer: readAgendaTimer(doc) }))
  useEffect(() => {
    // Every keystroke is a transaction: re-render only when the agenda or the timer changed.
    const update = () => {
      const next = { items: agendaItems(doc), timer: readAgendaTimer(doc) }
      setState((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next))
    }
    update()
    doc.on('afterTransaction', update)
    return () => doc.off('afterTransaction', update)
  }, [doc])
  return state
}

/** The server's clock as this browser best knows it, ticking; null until measured. */
export function useServerNow(tickMs = 200): number | null {
  const [offset, setOffset] = useState<number | null>(null)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    let live = true
    measureServerOffset().then(
      (o) => live && setOffset(o),
      () => live && setOffset(0), // unreachable server: our own clock is the best left
    )
    const id = setInterval(() => setNow(Date.now()), tickMs)
    return () => {
      live = false
      clearInterval(id)
    }
  }, [tickMs])
  return offset === null ? null : now + offset
}
