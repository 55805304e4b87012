// The frames the server sends. Each is encoded once and the same bytes go to
// every recipient.
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { MessageType } from '../../lib/collab/protocol'

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  return frame(MessageType.sync, (encoder) => syncProtocol.writeSyncStep1(encoder, doc))
}

export function syncStep2Message(update: Uint8Array): Uint8Array {
  return frame(MessageType.sync, (encoder) => {
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
    encoding.writeVarUint8Array(encoder, update)
  })
}

export function updateMessage(update: Uint8Array): Uint8Array {
  return frame(MessageType.sync, (encoder) => syncProtocol.writeUpdate(encoder, update))
}

export function awarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  return frame(MessageType.awareness, (encoder) => encoding.writeVarUint8Array(encoder, awarenessUpdate))
}

/** Length-prefixed like every other payload in the protocol, so generic readers can skip it. */
export function savedMessage(stateVector: Uint8Array): Uint8Array {
  return frame(MessageType.saved, (encoder) => encoding.writeVarUint8Array(encoder, stateVector))
}

function frame(type: number, writeBody: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, type)
  writeBody(encoder)
  return encoding.toUint8Array(encoder)
}
