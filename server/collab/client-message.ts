// Reads one binary frame from a browser into the message it carries. Frames
// are parsed completely and strictly (no trailing bytes), because a frame that
// only half makes sense is garbage, and garbage must never reach the document.
import * as decoding from 'lib0/decoding'
import { messageYjsSyncStep1, messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync'
import { MessageType } from '../../lib/collab/protocol'
import { describeError, malformed, ProtocolViolation } from './protocol-violation'

export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  /** Sync step 2 and incremental updates: both carry a Yjs update to merge. */
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }

export function readClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame)
  const message = readGuarded(() => readMessage(decoder))
  const trailing = frame.length - decoder.pos
  if (trailing > 0) throw malformed(`message has ${trailing} unexpected trailing bytes`)
  return message
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder)
  switch (type) {
    case MessageType.sync:
      return readSyncMessage(decoder)
    case MessageType.awareness:
      return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) }
    case MessageType.queryAwareness:
      return { kind: 'queryAwareness' }
    default:
      throw malformed(`unknown message type ${type}`)
  }
}

function readSyncMessage(decoder: decoding.Decoder): ClientMessage {
  const syncType = decoding.readVarUint(decoder)
  switch (syncType) {
    case messageYjsSyncStep1:
      return { kind: 'syncStep1', stateVector: decoding.readVarUint8Array(decoder) }
    case messageYjsSyncStep2:
    case messageYjsUpdate:
      return { kind: 'update', update: decoding.readVarUint8Array(decoder) }
    default:
      throw malformed(`unknown sync message type ${syncType}`)
  }
}

// lib0 throws plain Errors for truncated or overlong varints; they become violations.
function readGuarded<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof ProtocolViolation) throw error
    throw malformed(`unreadable message: ${describeError(error)}`)
  }
}
