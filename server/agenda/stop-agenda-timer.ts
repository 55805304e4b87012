import { readAgendaTimer, stopAgendaTimer } from '../../lib/agenda/agenda-timer'
import type { CollabServer } from '../collab/collab-server'

/** Stops the meeting's running time box, for everyone; false if none ran. */
export function stopAgendaTimerOnServer(collab: Pick<CollabServer, 'changeMeeting'>, meetingId: string): Promise<boolean> {
  return collab.changeMeeting(meetingId, (doc) => {
    if (!readAgendaTimer(doc)) return false
    stopAgendaTimer(doc)
    return true
  })
}
