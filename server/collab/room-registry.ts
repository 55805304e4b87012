// Which meetings are loaded, and for how long: a room is loaded on first
// join, compacted once its document goes idle, and unloaded a while after its
// last client leaves.
import { CloseCode } from '../../lib/collab/protocol'
import type { Connection } from './connection'
import { Countdown } from './countdown'
import type { DocStore } from './doc-store'
import type { ProtocolViolation } from './protocol-violation'
import { Room, type RoomEvents } from './room'

export interface RoomRegistryOptions {
  store: DocStore
  compactAfterMs: number
  unloadAfterMs: number
  report(error: unknown, during: string, meetingId: string): void
  violation(connection: Connection, violation: ProtocolViolation, meetingId: string): void
}

interface RoomTimers {
  compact: Countdown
  unload: Countdown
}

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>()
  private readonly timers = new Map<Room, RoomTimers>()
  private readonly loading = new Map<string, Promise<Room>>()
  private readonly unloading = new Map<string, Promise<void>>()
  private readonly compacting = new Set<Room>()
  private closed = false
  private readonly events: RoomEvents

  constructor(private readonly options: RoomRegistryOptions) {
    this.events = {
      vacated: (room) => this.whenCurrent(room, (timers) => timers.unload.restart()),
      saved: (room) => this.whenCurrent(room, (timers) => timers.compact.restart()),
      broken: (room, error) => this.discard(room, error),
      report: options.report,
      violation: options.violation,
    }
  }

  get live(): ReadonlyMap<string, Room> {
    return this.rooms
  }

  /**
   * The meeting's room, loaded if need be. Call join() or releaseIfVacant()
   * straight after (no await in between), so the room is never left loaded
   * with nobody in it and no unload planned.
   */
  async open(meetingId: string): Promise<Room> {
    for (;;) {
      if (this.closed) throw new Error('the collaboration server is shutting down')
      const live = this.rooms.get(meetingId)
      if (live) {
        this.timers.get(live)?.unload.stop()
        return live
      }
      // A room being unloaded is still writing; loading beside it could miss that.
      const unloading = this.unloading.get(meetingId)
      if (unloading) {
        await unloading
        continue
      }
      return await this.loadOnce(meetingId)
    }
  }

  join(room: Room, connection: Connection): void {
    this.timers.get(room)?.unload.stop()
    room.join(connection)
  }

  releaseIfVacant(room: Room): void {
    if (room.connectionCount === 0) this.whenCurrent(room, (timers) => timers.unload.restart())
  }

  *allConnections(): Iterable<Connection> {
    for (const room of this.rooms.values()) yield* room.allConnections()
  }

  /** Saves what is pending, says goodbye to every client, compacts, and unloads everything. */
  async close(): Promise<void> {
    this.closed = true
    await Promise.allSettled(this.loading.values())
    await Promise.all([...this.rooms.values()].map((room) => this.shutDown(room)))
    await Promise.all(this.unloading.values())
  }

  private loadOnce(meetingId: string): Promise<Room> {
    const inFlight = this.loading.get(meetingId)
    if (inFlight) return inFlight
    const load = Room.load(meetingId, this.options.store, this.events)
      .then((room) => {
        this.rooms.set(meetingId, room)
        this.timers.set(room, {
          compact: new Countdown(this.options.compactAfterMs, () => void this.compactIfIdle(room)),
          unload: new Countdown(this.options.unloadAfterMs, () => void this.unload(room)),
        })
        return room
      })
      .finally(() => this.loading.delete(meetingId))
    this.loading.set(meetingId, load)
    return load
  }

  private async compactIfIdle(room: Room): Promise<void> {
    // Not idle after all: the next saved batch restarts the countdown.
    if (!room.idle || this.compacting.has(room)) return
    this.compacting.add(room)
    try {
      await this.options.store.compact(room.meetingId)
    } catch (error) {
      this.options.report(error, 'compacting the update log', room.meetingId)
    } finally {
      this.compacting.delete(room)
    }
  }

  private async unload(room: Room): Promise<void> {
    if (room.connectionCount > 0 || !this.forget(room)) return
    await this.track(room.meetingId, async () => {
      await this.saveAndCompact(room)
      room.destroy(new Error('room unloaded'))
    })
  }

  private async shutDown(room: Room): Promise<void> {
    if (!this.forget(room)) return
    await this.track(room.meetingId, async () => {
      room.stopListening()
      try {
        await room.flush()
      } catch (error) {
        this.options.report(error, 'saving before shutdown', room.meetingId)
      }
      room.closeConnections(CloseCode.goingAway, 'the server is shutting down')
      await this.saveAndCompact(room)
      room.destroy(new Error('server shut down'))
    })
  }

  /** Saving failed for good: drop the room so every client reconnects and resends what was not saved. */
  private discard(room: Room, error: unknown): void {
    this.options.report(error, 'saving updates; dropping the room so clients resync', room.meetingId)
    if (!this.forget(room)) return
    room.closeConnections(1011, 'the server could not save changes; reconnecting')
    room.destroy(error)
  }

  private async saveAndCompact(room: Room): Promise<void> {
    try {
      await room.flush()
      await this.options.store.compact(room.meetingId)
    } catch (error) {
      this.options.report(error, 'saving and compacting before unloading', room.meetingId)
    }
  }

  private async track(meetingId: string, work: () => Promise<void>): Promise<void> {
    const done = work().finally(() => this.unloading.delete(meetingId))
    this.unloading.set(meetingId, done)
    await done
  }

  /** Takes the room out of service; false if it already was. */
  private forget(room: Room): boolean {
    if (this.rooms.get(room.meetingId) !== room) return false
    this.rooms.delete(room.meetingId)
    const timers = this.timers.get(room)
    timers?.compact.stop()
    timers?.unload.stop()
    this.timers.delete(room)
    return true
  }

  private whenCurrent(room: Room, act: (timers: RoomTimers) => void): void {
    const timers = this.timers.get(room)
    if (timers && this.rooms.get(room.meetingId) === room) act(timers)
  }
}
