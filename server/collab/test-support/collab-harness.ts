// Test support: a real collaboration server on a real port, backed by a fresh
// test database, and real y-websocket clients to talk to it.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import { MessageType, type CollabUser } from '../../../lib/collab/protocol'
import { userColor } from '../../../lib/collab/user-color'
import { createTestDatabase, type TestDatabase } from '../../db/test-database'
import type { Db } from '../../db/client'
import { createCollabServer, type CollabServer, type CollabServerOptions } from '../collab-server'
import { PrismaDocStore } from '../prisma-doc-store'

export const testUsers = ['alice', 'bob', 'carol', 'dave', 'mallory'] as const
export type TestLogin = (typeof testUsers)[number]

export function testUser(login: string): CollabUser {
  return { login, name: `${login[0]!.toUpperCase()}${login.slice(1)} Example`, color: userColor(login) }
}

/** Test-only authentication: the login rides in the query string (?user=alice). */
export function authenticateFromQuery(req: IncomingMessage): Promise<CollabUser | null> {
  const login = new URL(req.url ?? '/', 'http://test.invalid').searchParams.get('user')
  return Promise.resolve(login && (testUsers as readonly string[]).includes(login) ? testUser(login) : null)
}

export async function seedMeeting(db: Db, meetingId: string): Promise<void> {
  const creator = await db.user.upsert({ where: { login: 'alice' }, update: {}, create: { login: 'alice', name: 'Alice Example' } })
  await db.meeting.create({ data: { id: meetingId, title: `Meeting ${meetingId}`, date: '2024-07-24', createdById: creator.id } })
}

export async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

export interface CollabHarness {
  database: TestDatabase
  collab: CollabServer
  port: number
  errors: unknown[]
  /** Stops the collab server (graceful close) and the HTTP server; the database stays. */
  stop(): Promise<void>
  /** stop() and drop the database. */
  dispose(): Promise<void>
}

export async function startCollabServer(
  database: TestDatabase,
  overrides: Partial<Omit<CollabServerOptions, 'db'>> = {},
): Promise<CollabHarness> {
  const errors: unknown[] = []
  const collab = createCollabServer({
    db: database.db,
    maxMessageBytes: 2 * 1024 * 1024,
    compactAfterMs: 60_000,
    unloadAfterMs: 60_000,
    authenticate: authenticateFromQuery,
    meetingExists: async (id) => (await database.db.meeting.count({ where: { id } })) > 0,
    onError: (error) => errors.push(error),
    logger: { info() {}, warn() {}, error: (_message, error) => errors.push(error) },
    ...overrides,
  })
  const http = createServer((_req, res) => res.writeHead(404).end())
  http.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head))
  const port = await listen(http)
  let stopped: Promise<void> | undefined
  const stop = () =>
    (stopped ??= (async () => {
      await collab.close()
      http.closeAllConnections()
      await new Promise((resolve) => http.close(resolve))
    })())
  return {
    database,
    collab,
    port,
    errors,
    stop,
    async dispose() {
      await stop()
      await database.drop()
    },
  }
}

export async function startHarness(meetingIds: string[] = ['m1'], overrides: Partial<Omit<CollabServerOptions, 'db'>> = {}) {
  const database = await createTestDatabase()
  for (const id of meetingIds) await seedMeeting(database.db, id)
  return startCollabServer(database, overrides)
}

export interface TestClient {
  doc: Y.Doc
  provider: WebsocketProvider
  /** State vectors from the server's `saved` messages, in arrival order. */
  saved: Map<number, number>[]
  closes: Array<{ code: number; reason: string }>
  destroy(): void
}

export function connectClient(port: number, meetingId: string, login: string, doc = new Y.Doc()): TestClient {
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/collab`, meetingId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Node has BroadcastChannel: without this, clients in one test process
    // would sync with each other directly and hide what the server does.
    disableBc: true,
    params: { user: login },
    maxBackoffTime: 200,
  })
  const saved: Map<number, number>[] = []
  const closes: Array<{ code: number; reason: string }> = []
  provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
    saved.push(Y.decodeStateVector(decoding.readVarUint8Array(decoder)))
  }
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason })
  })
  return {
    doc,
    provider,
    saved,
    closes,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** Waits for a condition that events will make true; the timeout only bounds a broken run. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

export function whenSynced(client: TestClient): Promise<void> {
  return waitUntil(() => client.provider.synced, 'the client has synced')
}

/** True when the server has acknowledged everything this client's document holds of its own. */
export function allSaved(client: TestClient): boolean {
  const own = Y.decodeStateVector(Y.encodeStateVector(client.doc)).get(client.doc.clientID) ?? 0
  const last = client.saved.at(-1)
  return own === 0 || (last?.get(client.doc.clientID) ?? 0) >= own
}

/** The meeting's document as saved: what a restart would load. */
export async function storedDoc(db: Db, meetingId: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  for (const update of await new PrismaDocStore(db).load(meetingId)) Y.applyUpdate(doc, update)
  return doc
}
