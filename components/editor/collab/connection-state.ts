import { CloseCode } from '@/lib/collab/protocol'

/** What the page tells the person about the link to the server. */
export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  | { kind: 'reconnecting' }
  | { kind: 'offline' }
  | { kind: 'closed'; code: number; reason: string }

/** Browsers report an oversized frame with 1009 before our server can say 4413. */
const messageTooBig = 1009

/**
 * 4400-4499 mirror HTTP 4xx: retrying cannot help, and y-websocket already
 * stops for them; 1009 means the same as 4413, so it must stop too or the
 * provider would resend the same oversized change forever.
 */
export function isTerminalClose(code: number): boolean {
  return (code >= 4400 && code < 4500) || code === messageTooBig
}

export function isTooLarge(code: number): boolean {
  return code === CloseCode.tooLarge || code === messageTooBig
}

interface ConnectionFacts {
  browserOnline: boolean
  socketStatus: 'connecting' | 'connected' | 'disconnected'
  synced: boolean
  everSynced: boolean
  closed: { code: number; reason: string } | null
}

export function deriveConnectionState(facts: ConnectionFacts): ConnectionState {
  if (facts.closed) return { kind: 'closed', ...facts.closed }
  if (!facts.browserOnline) return { kind: 'offline' }
  if (facts.socketStatus === 'connected' && facts.synced) return { kind: 'connected' }
  return facts.everSynced ? { kind: 'reconnecting' } : { kind: 'connecting' }
}
