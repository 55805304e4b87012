import { agendaItems } from '../../lib/agenda/agenda-items'
import { readAgendaTimer, startAgendaTimer, type AgendaTimer } from '../../lib/agenda/agenda-timer'
import type { CollabServer } from '../collab/collab-server'
import type { StartAgendaTimerInput } from './agenda-timer-input'

/**
 * Starts an agenda item's time box at the server's clock, in the meeting's
 * live document: every browser then counts down from the same instant, and
 * the start is saved like any edit. Starting replaces whatever ran. Null when
 * the document has no such agenda item (it may have been renamed meanwhile).
 */
export function startAgendaTimerOnServer(
  collab: Pick<CollabServer, 'changeMeeting'>,
  meetingId: string,
  input: StartAgendaTimerInput & { startedBy: string },
  now: () => number = Date.now,
): Promise<AgendaTimer | null> {
  return collab.changeMeeting(meetingId, (doc) => {
    if (!agendaItems(doc).some((item) => item.id === input.itemId)) return null
    // Stamped inside the change, so no wait for loading the room skews it.
    startAgendaTimer(doc, { itemId: input.itemId, durationMs: input.durationMs, startedBy: input.startedBy, startedAt: now() })
    return readAgendaTimer(doc)
  })
}
