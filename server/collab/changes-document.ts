import * as Y from 'yjs'
import { describeError, malformed } from './protocol-violation'

/**
 * Whether applying `update` would change `doc`: new content or new deletions.
 * A client of a locked meeting still sends its state when it syncs, which is
 * nothing new for a copy that only ever came from the server; tried on a scratch copy
 * so the live document is never touched.
 */
export function changesDocument(doc: Y.Doc, update: Uint8Array): boolean {
  const probe = new Y.Doc()
  try {
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc))
    const before = Y.snapshot(probe)
    try {
      Y.applyUpdate(probe, update)
    } catch (error) {
      throw malformed(`invalid Yjs update: ${describeError(error)}`)
    }
    return !Y.equalSnapshots(before, Y.snapshot(probe))
  } finally {
    probe.destroy()
  }
}
