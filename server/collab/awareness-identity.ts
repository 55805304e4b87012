// Who someone is comes from their session, never from what their browser
// claims: every awareness state a connection sends is re-encoded with the
// session's user in it. Format (y-protocols): varUint count, then per entry
// varUint clientID, varUint clock, varString JSON state (null = gone).
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { CollabUser } from '../../lib/collab/protocol'
import { describeError, malformed, ProtocolViolation } from './protocol-violation'

export interface StampedAwareness {
  /** The re-encoded update; null when every entry was refused. */
  update: Uint8Array | null
  /** Client IDs whose entries were kept, i.e. the ones this connection now speaks for. */
  clientIds: number[]
}

interface AwarenessEntry {
  clientId: number
  clock: number
  state: unknown
}

/**
 * @param mayClaim refuses entries for client IDs another person's connection
 *   owns, so nobody can move or erase someone else's cursor.
 */
export function stampIdentity(update: Uint8Array, user: CollabUser, mayClaim: (clientId: number) => boolean): StampedAwareness {
  const kept = readEntries(update).filter((entry) => mayClaim(entry.clientId))
  if (kept.length === 0) return { update: null, clientIds: [] }
  const identity = { login: user.login, name: user.name, color: user.color }
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, kept.length)
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    const state = entry.state === null ? null : { ...(entry.state as object), user: identity }
    encoding.writeVarString(encoder, JSON.stringify(state))
  }
  return { update: encoding.toUint8Array(encoder), clientIds: kept.map((entry) => entry.clientId) }
}

function readEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const entries: AwarenessEntry[] = []
  try {
    const count = decoding.readVarUint(decoder)
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      entries.push({ clientId, clock, state: parseState(decoding.readVarString(decoder)) })
    }
  } catch (error) {
    if (error instanceof ProtocolViolation) throw error
    throw malformed(`unreadable awareness update: ${describeError(error)}`)
  }
  if (decoding.hasContent(decoder)) throw malformed('awareness update has unexpected trailing bytes')
  return entries
}

function parseState(json: string): unknown {
  let state: unknown
  try {
    state = JSON.parse(json)
  } catch {
    throw malformed('awareness state is not valid JSON')
  }
  if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
    throw malformed('awareness state must be an object or null')
  }
  return state
}
