// The agenda timer route reaches the live documents through the host process.
// Its operations are built there (server/main.ts) and handed over on
// globalThis, not imported: Next bundles route handlers with a Yjs copy of
// their own, and a document of one copy fails the other's instanceof checks,
// so code that reads a live document must run in the host's module graph.
import type { AgendaTimer } from '../../lib/agenda/agenda-timer'
import type { StartAgendaTimerInput } from './agenda-timer-input'

export interface AgendaTimerControl {
  /** Null when the minutes have no such agenda item. */
  start(meetingId: string, input: StartAgendaTimerInput & { startedBy: string }): Promise<AgendaTimer | null>
  /** False when nothing ran. */
  stop(meetingId: string): Promise<boolean>
}

const holder = globalThis as typeof globalThis & { __liveMinutesAgendaTimer?: AgendaTimerControl }

/** Called once by the host process, over its collaboration server. */
export function registerAgendaTimerControl(control: AgendaTimerControl): void {
  holder.__liveMinutesAgendaTimer = control
}

/** The host's agenda timer operations, or null when no collaboration server runs here (a bare `next dev`). */
export function agendaTimerControl(): AgendaTimerControl | null {
  return holder.__liveMinutesAgendaTimer ?? null
}
