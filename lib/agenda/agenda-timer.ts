import type * as Y from 'yjs'

/**
 * The running agenda item, shared through the meeting's own document so that
 * everyone, late joiners included, sees the same clock. One map, one timer:
 * starting an item replaces whatever ran before.
 */
export interface AgendaTimer {
  itemId: string
  /** Server epoch ms: browsers correct it by their measured offset to the server. */
  startedAt: number
  durationMs: number
  startedBy: string
}

export const agendaTimerMap = (doc: Y.Doc) => doc.getMap<string | number>('agendaTimer')

export function readAgendaTimer(doc: Y.Doc): AgendaTimer | null {
  const map = agendaTimerMap(doc)
  const itemId = map.get('itemId')
  const startedAt = map.get('startedAt')
  const durationMs = map.get('durationMs')
  const startedBy = map.get('startedBy')
  if (typeof itemId !== 'string' || !itemId || typeof startedAt !== 'number' || typeof durationMs !== 'number') return null
  return { itemId, startedAt, durationMs, startedBy: typeof startedBy === 'string' ? startedBy : '' }
}

export function startAgendaTimer(doc: Y.Doc, timer: AgendaTimer): void {
  const map = agendaTimerMap(doc)
  doc.transact(() => {
    map.set('itemId', timer.itemId)
    map.set('startedAt', timer.startedAt)
    map.set('durationMs', timer.durationMs)
    map.set('startedBy', timer.startedBy)
  })
}

export function stopAgendaTimer(doc: Y.Doc): void {
  const map = agendaTimerMap(doc)
  doc.transact(() => map.set('itemId', ''))
}

/** Negative once the time box is used up. */
export function remainingMs(timer: AgendaTimer, serverNow: number): number {
  return timer.startedAt + timer.durationMs - serverNow
}

/** "4:05", or "+2:13 over" once past the time box. */
export function formatRemaining(ms: number): string {
  const over = ms < 0
  const total = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000)
  const text = `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`
  return over ? `+${text} over` : text
}
