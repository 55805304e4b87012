// Test support: the collaboration server alone in its own process, so a test
// can kill it with SIGKILL. Prints one line, {"port":N}, once it listens.
//   DATABASE_URL=… tsx server/collab/test-support/collab-process.ts
import { createServer } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { createDb } from '../../db/client'
import { createCollabServer } from '../collab-server'
import { PrismaDocStore } from '../prisma-doc-store'
import { authenticateFromQuery, listen } from './collab-harness'

const url = process.env.DATABASE_URL
if (!url) throw new Error('DATABASE_URL is required')
const db = createDb(url)
const store = new PrismaDocStore(db)
// A slow disk widens the window in which broadcasting before saving would lose
// an edit to a crash, so the crash test catches that mistake reliably.
const appendDelayMs = Number(process.env.TEST_APPEND_DELAY_MS ?? 0)
const collab = createCollabServer({
  db,
  store: {
    load: (meetingId) => store.load(meetingId),
    compact: (meetingId) => store.compact(meetingId),
    append: async (meetingId, update) => {
      await sleep(appendDelayMs)
      await store.append(meetingId, update)
    },
  },
  maxMessageBytes: Number(process.env.COLLAB_MAX_MESSAGE_BYTES ?? 2 * 1024 * 1024),
  compactAfterMs: Number(process.env.COLLAB_COMPACT_AFTER_MS ?? 10_000),
  unloadAfterMs: Number(process.env.COLLAB_UNLOAD_AFTER_MS ?? 30_000),
  authenticate: authenticateFromQuery,
  meetingExists: async (id) => (await db.meeting.count({ where: { id } })) > 0,
})
const http = createServer((_req, res) => res.writeHead(404).end())
http.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head))
const port = await listen(http)
process.stdout.write(`${JSON.stringify({ port })}\n`)

process.once('SIGTERM', () => {
  void collab.close().finally(() => process.exit(0))
})
