// The collaboration endpoint: y-websocket's protocol at /collab/<meetingId>,
// on the same HTTP server as the pages. The host authenticates and routes
// upgrades; everything after the upgrade lives here.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import type * as Y from 'yjs'
import { collabPathPattern, type CollabUser } from '../../lib/collab/protocol'
import type { Db } from '../db/client'
import { Connection } from './connection'
import type { DocStore } from './doc-store'
import { Keepalive } from './keepalive'
import { hardPayloadCap } from './message-size'
import { PrismaDocStore } from './prisma-doc-store'
import type { Room } from './room'
import { RoomRegistry } from './room-registry'
import { rejectUpgrade, UpgradeRejection } from './upgrade-rejection'

export interface CollabLogger {
  info(message: string): void
  warn(message: string): void
  error(message: string, error?: unknown): void
}

export interface CollabErrorContext {
  during: string
  meetingId?: string
}

export interface CollabServerOptions {
  db: Db
  /** Replaces the default PrismaDocStore on `db`, e.g. to share documents between instances. */
  store?: DocStore
  /** Largest websocket message accepted; larger ones close that connection with 4413. */
  maxMessageBytes: number
  /** A document with no updates for this long is compacted into its snapshot. */
  compactAfterMs: number
  /** A room is unloaded this long after its last client leaves. */
  unloadAfterMs: number
  /** How often to ping; a socket that misses a ping is dropped at the next one. */
  keepaliveMs?: number
  /** The signed-in user, or null for a 401. Names and colours in awareness come from here. */
  authenticate(req: IncomingMessage): Promise<CollabUser | null>
  /** False answers the upgrade with 404. */
  meetingExists(meetingId: string): Promise<boolean>
  /** True locks the meeting's room: no change is taken from then on (its merged minutes are final); unset: never. */
  meetingLocked?(meetingId: string): Promise<boolean>
  /**
   * Called once a signed-in user's connection is in the room; changes it makes
   * through room.changeOnServer are saved and shared like anyone's.
   */
  onJoin?(room: Room, user: CollabUser): void
  /** Failures that are ours, not the client's (database errors, bugs). Defaults to logger.error. */
  onError?(error: unknown, context: CollabErrorContext): void
  logger?: CollabLogger
}

export interface CollabServer {
  /** For the HTTP server's 'upgrade' event on /collab/…; answers the request one way or another. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void
  /**
   * Changes a meeting's live document on the server's behalf (loading it if
   * nobody has it open) and resolves with the change's result once the change
   * is saved and on its way to everyone in the meeting.
   */
  changeMeeting<T>(meetingId: string, change: (doc: Y.Doc) => T): Promise<T>
  /** Saves everything pending, closes every socket with 1001, compacts and unloads. */
  close(): Promise<void>
  /** Loaded rooms by meeting id, for tests and metrics. */
  readonly rooms: ReadonlyMap<string, Room>
}

export function createCollabServer(options: CollabServerOptions): CollabServer {
  const logger = options.logger ?? console
  const report =
    options.onError ??
    ((error: unknown, context: CollabErrorContext) =>
      logger.error(`collab: failed while ${context.during}${context.meetingId ? ` (meeting ${context.meetingId})` : ''}`, error))

  const registry = new RoomRegistry({
    store: options.store ?? new PrismaDocStore(options.db),
    compactAfterMs: options.compactAfterMs,
    unloadAfterMs: options.unloadAfterMs,
    report: (error, during, meetingId) => report(error, { during, meetingId }),
    violation: (connection, violation, meetingId) =>
      logger.warn(`collab: closed ${connection.user.login}'s connection to meeting ${meetingId} (${violation.closeCode}): ${violation.message}`),
  })
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: hardPayloadCap(options.maxMessageBytes),
    clientTracking: false,
    perMessageDeflate: false,
  })
  const keepalive = new Keepalive(options.keepaliveMs ?? 30_000, () => registry.allConnections())
  let closing: Promise<void> | null = null

  async function admit(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    if (closing) throw new UpgradeRejection(503, 'the server is shutting down')
    const meetingId = meetingIdOf(req)
    const user = await options.authenticate(req)
    if (!user) throw new UpgradeRejection(401, 'sign in to edit the minutes')
    if (!(await options.meetingExists(meetingId))) throw new UpgradeRejection(404, `no meeting ${meetingId}`)
    const locked = (await options.meetingLocked?.(meetingId)) ?? false

    let room: Room
    try {
      room = await registry.open(meetingId)
    } catch (error) {
      if (closing) throw new UpgradeRejection(503, 'the server is shutting down')
      report(error, { during: 'loading the document', meetingId })
      throw new UpgradeRejection(503, 'the meeting could not be loaded; try again')
    }
    // close() began while the room loaded: it is being shut down without us.
    if (closing) throw new UpgradeRejection(503, 'the server is shutting down')
    // ws completes the upgrade, and calls back, synchronously, or rejects the
    // request itself; either way the room is joined or released right here.
    sockets.handleUpgrade(req, socket, head, (ws) => {
      // Locked since the room loaded: the first to join after it locks it for everyone already here too.
      if (locked) room.lock()
      registry.join(room, new Connection(ws, user, options.maxMessageBytes))
      try {
        // Joining a locked meeting must not change it (onJoin lists people under Participants).
        if (!locked) options.onJoin?.(room, user)
      } catch (error) {
        report(error, { during: 'welcoming a connection', meetingId })
      }
    })
    registry.releaseIfVacant(room)
  }

  return {
    rooms: registry.live,

    handleUpgrade(req, socket, head) {
      // Until ws owns the socket, a reset from the client must not crash us.
      socket.on('error', () => {})
      admit(req, socket, head).catch((error: unknown) => {
        if (error instanceof UpgradeRejection) return rejectUpgrade(socket, error.status, error.message)
        report(error, { during: 'accepting a connection' })
        rejectUpgrade(socket, 500, 'internal error')
      })
    },

    async changeMeeting(meetingId, change) {
      if (closing) throw new Error('the collaboration server is shutting down')
      const room = await registry.open(meetingId)
      let result: ReturnType<typeof change> | undefined
      let failed: unknown
      try {
        room.changeOnServer((doc) => {
          result = change(doc)
        })
      } catch (error) {
        failed = error
      }
      // Straight after open(), whatever happened: an empty room must still get its unload planned.
      registry.releaseIfVacant(room)
      if (failed !== undefined) throw failed
      await room.flush()
      return result as ReturnType<typeof change>
    },

    close() {
      closing ??= (async () => {
        keepalive.stop()
        await registry.close()
        sockets.close()
      })()
      return closing
    },
  }
}

function meetingIdOf(req: IncomingMessage): string {
  const pathname = new URL(req.url ?? '/', 'http://collab.invalid').pathname
  const encoded = collabPathPattern.exec(pathname)?.[1]
  if (!encoded) throw new UpgradeRejection(400, 'expected /collab/<meetingId>')
  try {
    return decodeURIComponent(encoded)
  } catch {
    throw new UpgradeRejection(400, 'the meeting id in the path is not valid')
  }
}
