// Presence for one room: who is here and where their cursor is. States are
// stamped with the sender's session identity, and everything that changed in
// one event-loop turn goes out as a single combined awareness update.
import * as awarenessProtocol from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { stampIdentity } from './awareness-identity'
import type { Connection } from './connection'
import { EndOfTurnTask } from './end-of-turn'
import { awarenessMessage } from './server-message'

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

export class AwarenessRelay {
  private readonly awareness: awarenessProtocol.Awareness
  private readonly owners = new Map<number, Connection>()
  private readonly changed = new Set<number>()
  private readonly sendChanges = new EndOfTurnTask(() => this.broadcastChanges())

  constructor(
    doc: Y.Doc,
    private readonly broadcast: (message: Uint8Array) => void,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc)
    // The server is not a participant; it only relays.
    this.awareness.setLocalState(null)
    // 'update' rather than 'change': clients renew unchanged states to show
    // they are still there, and others must hear the renewal too.
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange) => {
      for (const clientId of [...added, ...updated, ...removed]) this.changed.add(clientId)
      this.sendChanges.request()
    })
  }

  receive(connection: Connection, update: Uint8Array): void {
    const stamped = stampIdentity(update, connection.user, (clientId) => this.mayClaim(connection, clientId))
    if (!stamped.update) return
    for (const clientId of stamped.clientIds) {
      const previous = this.owners.get(clientId)
      if (previous && previous !== connection) this.superseded(previous).add(clientId)
      this.owners.set(clientId, connection)
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, stamped.update, connection)
  }

  /** Everyone present, for a client that just joined or asked. */
  currentStatesMessage(): Uint8Array | null {
    const clientIds = [...this.awareness.getStates().keys()]
    if (clientIds.length === 0) return null
    return awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds))
  }

  /** The connection is gone: so are the cursors it spoke for. */
  forget(connection: Connection): void {
    const clientIds = [...this.owners].filter(([, owner]) => owner === connection).map(([clientId]) => clientId)
    for (const clientId of clientIds) this.owners.delete(clientId)
    if (clientIds.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, clientIds, connection)
  }

  destroy(): void {
    this.awareness.destroy() // may report its own state's removal; nobody is left to hear it
    this.sendChanges.cancel()
  }

  // A tab that reconnects reuses its client ID while the server may still hold
  // the old, dying socket: the same person may take the ID over; nobody else
  // may. The old socket may not take it back: a late message from it would
  // make its close remove the live tab's cursor.
  private mayClaim(connection: Connection, clientId: number): boolean {
    const owner = this.owners.get(clientId)
    if (!owner || owner === connection) return true
    return owner.user.login === connection.user.login && !this.supersededIds.get(connection)?.has(clientId)
  }

  private readonly supersededIds = new WeakMap<Connection, Set<number>>()

  private superseded(connection: Connection): Set<number> {
    let ids = this.supersededIds.get(connection)
    if (!ids) this.supersededIds.set(connection, (ids = new Set()))
    return ids
  }

  private broadcastChanges(): void {
    const clientIds = [...this.changed]
    this.changed.clear()
    if (clientIds.length === 0) return
    this.broadcast(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds)))
  }
}
