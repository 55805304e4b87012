import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { MessageType } from '@/lib/collab/protocol'

/** Reads the state vector of a `saved` message (its type already read): length-prefixed like every payload. */
export function readSavedStateVector(decoder: decoding.Decoder): Map<number, number> {
  return Y.decodeStateVector(decoding.readVarUint8Array(decoder))
}

/** Lets the provider understand our extra message type; returns the undo. */
export function onSavedMessage(provider: WebsocketProvider, handle: (stateVector: Map<number, number>) => void): () => void {
  provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
    try {
      handle(readSavedStateVector(decoder))
    } catch (error) {
      // A garbled acknowledgement only costs us an accurate counter, never the socket.
      console.warn('Ignoring an unreadable "saved" message', error)
    }
  }
  return () => {
    delete provider.messageHandlers[MessageType.saved]
  }
}
