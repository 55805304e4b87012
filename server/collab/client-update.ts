// Merges an update from a client into the room's document, or refuses it.
// Refused updates must not reach the log, so they are checked before the
// document is touched wherever Yjs allows it.
import * as Y from 'yjs'
import { describeError, malformed, type ProtocolViolation } from './protocol-violation'

export interface AppliedUpdate {
  /** What the document actually gained (Yjs's own update events): these are what get saved. */
  effective: Uint8Array[]
  /**
   * Set when the update was refused. `effective` may still be non-empty: Yjs
   * can integrate part of an update before failing, and what the document
   * holds must be saved like anything else before anyone is sent it.
   */
  violation: ProtocolViolation | null
}

export function applyClientUpdate(doc: Y.Doc, update: Uint8Array, origin: unknown): AppliedUpdate {
  // A dry decode first: Y.applyUpdate can throw half way, with some of the
  // update already integrated; the decoder fails on the same input untouched.
  try {
    Y.decodeUpdate(update)
  } catch (error) {
    return { effective: [], violation: malformed(`invalid Yjs update: ${describeError(error)}`) }
  }

  const pendingBefore = { structs: doc.store.pendingStructs, deleteSet: doc.store.pendingDs }
  const effective: Uint8Array[] = []
  const capture = (gained: Uint8Array, updateOrigin: unknown) => {
    if (updateOrigin === origin) effective.push(gained)
  }
  doc.on('update', capture)
  try {
    Y.applyUpdate(doc, update, origin)
  } catch (error) {
    restorePending(doc, pendingBefore)
    return { effective, violation: malformed(`invalid Yjs update: ${describeError(error)}`) }
  } finally {
    doc.off('update', capture)
  }

  // Yjs parks changes whose predecessors it has not seen, and would hand them
  // to every joining client. A client here can only build on what this server
  // saved and sent it, so a dangling reference means the update is made up.
  if (doc.store.pendingStructs !== pendingBefore.structs || doc.store.pendingDs !== pendingBefore.deleteSet) {
    restorePending(doc, pendingBefore)
    return { effective, violation: malformed('Yjs update refers to changes the server never received') }
  }
  return { effective, violation: null }
}

function restorePending(doc: Y.Doc, pending: { structs: typeof doc.store.pendingStructs; deleteSet: Uint8Array | null }): void {
  doc.store.pendingStructs = pending.structs
  doc.store.pendingDs = pending.deleteSet
}
