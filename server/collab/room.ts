// One meeting's live document and everyone editing it. Updates are validated
// into the document, saved, and only then sent on; a joining client is only
// ever sent state that is already saved.
import * as Y from 'yjs'
import { readClientMessage } from './client-message'
import { applyClientUpdate } from './client-update'
import { AwarenessRelay } from './awareness-relay'
import { changesDocument } from './changes-document'
import type { Connection } from './connection'
import type { DocStore } from './doc-store'
import { DurableUpdateQueue, type DurableBatch } from './durable-update-queue'
import { CloseCode } from '../../lib/collab/protocol'
import { describeError, malformed, ProtocolViolation } from './protocol-violation'
import { savedMessage, syncStep1Message, syncStep2Message, updateMessage } from './server-message'

export interface RoomEvents {
  /** The last connection left. */
  vacated(room: Room): void
  /** Saving failed for good: the room must be discarded so clients resync from what was saved. */
  broken(room: Room, error: unknown): void
  /** A batch reached the log; the document may go idle from here. */
  saved(room: Room): void
  report(error: unknown, during: string, meetingId: string): void
  violation(connection: Connection, violation: ProtocolViolation, meetingId: string): void
}

const loadOrigin = Symbol('loaded from the store')

export class Room {
  readonly doc = new Y.Doc()
  private readonly connections = new Set<Connection>()
  private readonly awareness: AwarenessRelay
  private readonly updates: DurableUpdateQueue<Connection>
  private locked = false

  private constructor(
    readonly meetingId: string,
    store: DocStore,
    private readonly events: RoomEvents,
  ) {
    this.awareness = new AwarenessRelay(this.doc, (message) => this.broadcast(message))
    this.updates = new DurableUpdateQueue<Connection>({
      meetingId,
      store,
      stateVector: () => Y.encodeStateVector(this.doc),
      onDurable: (batch) => this.handOn(batch),
      onGaveUp: (error) => events.broken(this, error),
      report: (error, during) => events.report(error, during, meetingId),
    })
  }

  static async load(meetingId: string, store: DocStore, events: RoomEvents): Promise<Room> {
    const room = new Room(meetingId, store, events)
    let stored: Uint8Array[]
    try {
      stored = await store.load(meetingId)
    } catch (error) {
      room.destroy(error)
      throw error
    }
    room.doc.transact(() => {
      for (const update of stored) {
        try {
          Y.applyUpdate(room.doc, update)
        } catch (error) {
          // Only validated updates are stored; if one is unreadable anyway, the
          // rest of the meeting is still worth opening.
          events.report(error, 'loading a stored update', meetingId)
        }
      }
    }, loadOrigin)
    return room
  }

  /**
   * From now on no change is taken, from anyone already here or joining: the
   * meeting's merged minutes are final. Reading, presence and sync go on.
   */
  lock(): void {
    this.locked = true
  }

  get connectionCount(): number {
    return this.connections.size
  }

  /** Nothing waits to be saved. */
  get idle(): boolean {
    return this.updates.idle
  }

  join(connection: Connection): void {
    this.connections.add(connection)
    connection.listen({
      frame: (frame) => this.receive(connection, frame),
      violation: (violation) => this.reject(connection, violation),
      closed: () => this.leave(connection),
    })
    // Our own step 1 makes the client send what it has that we lack, such as
    // edits made offline; its step 1, answered in receive(), brings it up to date.
    connection.send(syncStep1Message(this.doc))
    const present = this.awareness.currentStatesMessage()
    if (present) connection.send(present)
  }

  /**
   * A change the server makes itself (listing who joined): saved, then sent to
   * everyone, exactly like a client's update.
   */
  changeOnServer(change: (doc: Y.Doc) => void): void {
    const gained: Uint8Array[] = []
    const capture = (update: Uint8Array) => gained.push(update)
    this.doc.on('update', capture)
    try {
      change(this.doc)
    } finally {
      this.doc.off('update', capture)
    }
    for (const update of gained) this.updates.add(update)
  }

  /** Resolves when everything received so far is saved. */
  flush(): Promise<Uint8Array> {
    return this.updates.flush()
  }

  /** For shutdown: what clients send from now on is not taken in (they resend it after reconnecting). */
  stopListening(): void {
    for (const connection of this.connections) connection.stopListening()
  }

  /** Live connections, for the keepalive. */
  allConnections(): Iterable<Connection> {
    return this.connections
  }

  closeConnections(code: number, reason: string): void {
    for (const connection of this.connections) connection.close(code, reason)
  }

  destroy(reason: unknown): void {
    this.updates.stop(reason)
    this.awareness.destroy()
    this.doc.destroy()
  }

  private receive(connection: Connection, frame: Uint8Array): void {
    try {
      const message = readClientMessage(frame)
      switch (message.kind) {
        case 'syncStep1':
          return this.answerSyncStep1(connection, message.stateVector)
        case 'update':
          return this.applyUpdate(connection, message.update)
        case 'awareness':
          return this.awareness.receive(connection, message.update)
        case 'queryAwareness': {
          const present = this.awareness.currentStatesMessage()
          if (present) connection.send(present)
          return
        }
      }
    } catch (error) {
      if (error instanceof ProtocolViolation) return this.reject(connection, error)
      this.events.report(error, 'handling a message', this.meetingId)
      connection.close(1011, 'internal error while handling the message')
    }
  }

  private answerSyncStep1(connection: Connection, encodedStateVector: Uint8Array): void {
    let missing: Uint8Array
    try {
      missing = Y.encodeStateAsUpdate(this.doc, encodedStateVector)
    } catch (error) {
      throw malformed(`unreadable state vector: ${describeError(error)}`)
    }
    // Encoded now, sent once saved: it may contain updates still being written.
    this.updates.whenDurable().then(
      (savedStateVector) => {
        connection.send(syncStep2Message(missing))
        connection.send(savedMessage(savedStateVector))
      },
      () => {}, // the room is being discarded and the connection closed with it
    )
  }

  private applyUpdate(connection: Connection, update: Uint8Array): void {
    if (this.locked) {
      if (changesDocument(this.doc, update)) throw new ProtocolViolation(CloseCode.locked, 'these minutes are locked: their pull request was merged')
      return this.updates.acknowledge(connection)
    }
    const { effective, violation } = applyClientUpdate(this.doc, update, connection)
    for (const gained of effective) this.updates.add(gained, connection)
    if (violation) throw violation
    this.updates.acknowledge(connection)
  }

  private handOn(batch: DurableBatch<Connection>): void {
    if (batch.update) {
      const message = updateMessage(batch.update)
      const soleContributor = batch.contributors.size === 1 ? [...batch.contributors][0] : undefined
      for (const connection of this.connections) if (connection !== soleContributor) connection.send(message)
      this.events.saved(this)
    }
    const saved = savedMessage(batch.stateVector)
    for (const contributor of batch.contributors) contributor.send(saved)
  }

  private broadcast(message: Uint8Array): void {
    for (const connection of this.connections) connection.send(message)
  }

  private reject(connection: Connection, violation: ProtocolViolation): void {
    this.events.violation(connection, violation, this.meetingId)
    connection.close(violation.closeCode, violation.message)
  }

  private leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return
    this.awareness.forget(connection)
    if (this.connections.size === 0) this.events.vacated(this)
  }
}
