// The one process: Next's pages and API, and the collaboration websocket at
// /collab/<meetingId>, on one port and origin so the session cookie reaches
// both.
import { createServer, type IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import next from 'next'
import { collabPathPattern } from '@/lib/collab/protocol'
import { addParticipant } from '@/lib/series/add-participant'
import { registerAgendaTimerControl } from './agenda/process-agenda-timer'
import { startAgendaTimerOnServer } from './agenda/start-agenda-timer'
import { stopAgendaTimerOnServer } from './agenda/stop-agenda-timer'
import { authenticateUpgrade } from './auth/authenticate-upgrade'
import { ensureAuthSecret } from './auth/ensure-auth-secret'
import { githubSignInEnabled, localSignInEnabled } from './auth/sign-in-methods'
import { createCollabServer } from './collab/collab-server'
import { processDocStore } from './collab/process-doc-store'
import { config } from './config'
import { db } from './db/client'
import { migrate } from './db/migrate'
import { getMeeting } from './meetings/get-meeting'

const cfg = config()
const dev = process.env.NODE_ENV !== 'production'

// Next's route handlers read these from the environment of this same process.
process.env.DATABASE_URL = cfg.DATABASE_URL
const secret = ensureAuthSecret()
if (cfg.PUBLIC_URL) process.env.NEXTAUTH_URL = cfg.PUBLIC_URL
else process.env.AUTH_TRUST_HOST = 'true' // embedded default: trust the Host the browser used

const applied = await migrate(cfg.DATABASE_URL)
if (applied.length) console.log(`database migrated: ${applied.join(', ')}`)

const app = next({ dev, dir: process.cwd() })
await app.prepare()
const handleRequest = app.getRequestHandler()
const handleNextUpgrade = app.getUpgradeHandler()

const collab = createCollabServer({
  db: db(cfg.DATABASE_URL),
  store: processDocStore(),
  maxMessageBytes: cfg.COLLAB_MAX_MESSAGE_BYTES,
  compactAfterMs: cfg.COLLAB_COMPACT_AFTER_MS,
  unloadAfterMs: cfg.COLLAB_UNLOAD_AFTER_MS,
  authenticate: (req: IncomingMessage) => authenticateUpgrade(req, secret),
  meetingExists: async (id: string) => (await getMeeting(db(), id)) !== null,
  meetingLocked: async (id: string) => Boolean((await getMeeting(db(), id))?.lockedAt),
  // From the session, not from anything the client says: being there is what lists you.
  onJoin: (room, user) => room.changeOnServer((doc) => addParticipant(doc, user.login)),
})
registerAgendaTimerControl({
  start: (meetingId, input) => startAgendaTimerOnServer(collab, meetingId, input),
  stop: (meetingId) => stopAgendaTimerOnServer(collab, meetingId),
})

const server = createServer((req, res) => {
  handleRequest(req, res).catch((err: unknown) => {
    console.error('request failed', err)
    if (!res.headersSent) res.writeHead(500).end('Internal Server Error')
  })
})

server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname
  if (collabPathPattern.test(path) || path.startsWith('/collab/')) collab.handleUpgrade(req, socket, head)
  else void handleNextUpgrade(req, socket, head) // hot reload in development
})

server.listen(cfg.PORT, cfg.HOST, () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : cfg.PORT
  const database = cfg.DATABASE_URL.startsWith('file:') ? `SQLite ${cfg.DATABASE_URL.slice(5)}` : 'PostgreSQL'
  const signIn = [githubSignInEnabled(cfg) && `GitHub (${cfg.GITHUB_WEB_URL})`, localSignInEnabled(cfg) && 'local'].filter(Boolean).join(' + ') || 'none'
  console.log(`Live Minutes ${dev ? '(development) ' : ''}on http://localhost:${port} · ${database} · sign-in: ${signIn}`)
})

let stopping = false
async function shutdown(signal: string) {
  if (stopping) return
  stopping = true
  console.log(`${signal}: saving open meetings and stopping`)
  server.close()
  await collab.close()
  await db().$disconnect()
  await app.close()
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
