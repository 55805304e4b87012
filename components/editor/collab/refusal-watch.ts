import type { WebsocketProvider } from 'y-websocket'
import { diagnoseRefusal } from './diagnose-refusal'

/** Failed attempts in a row before asking the pages why; a single failure is usually just a blip. */
const failuresBeforeDiagnosis = 2
const failuresBetweenDiagnoses = 10

/**
 * Notices a socket that keeps failing before it ever opens while the network
 * is up, which is how a refused upgrade looks from a browser, and finds out
 * whether the session or the meeting is gone. Returns the undo.
 */
export function watchForRefusals(
  provider: WebsocketProvider,
  meetingId: string,
  isBrowserOnline: () => boolean,
  onRefused: (close: { code: number; reason: string }) => void,
): () => void {
  let openedThisAttempt = false
  let failuresInARow = 0
  let stopped = false

  const onStatus = ({ status }: { status: 'connecting' | 'connected' | 'disconnected' }) => {
    if (status === 'connecting') openedThisAttempt = false
    if (status === 'connected') {
      openedThisAttempt = true
      failuresInARow = 0
    }
  }
  const onConnectionClose = (event: CloseEvent | null) => {
    // A null event is our own disconnect (offline, leaving), not the server's answer.
    if (event === null || openedThisAttempt || !isBrowserOnline()) return
    failuresInARow += 1
    const sinceFirstDiagnosis = failuresInARow - failuresBeforeDiagnosis
    if (sinceFirstDiagnosis >= 0 && sinceFirstDiagnosis % failuresBetweenDiagnoses === 0) void diagnose()
  }
  const diagnose = async () => {
    const refusal = await diagnoseRefusal(meetingId)
    if (!refusal || stopped || provider.synced) return
    provider.disconnect()
    onRefused(refusal)
  }

  provider.on('status', onStatus)
  provider.on('connection-close', onConnectionClose)
  return () => {
    stopped = true
    provider.off('status', onStatus)
    provider.off('connection-close', onConnectionClose)
  }
}
