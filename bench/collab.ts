// Fan-out latency of the collaboration server with 100 editors in one room:
// each types about 5 changes a second for 10 seconds, and every other editor
// records how long after the send each change reached it.
//
// The server runs in its own process, as in production. The editors are light
// protocol clients, not full y-websocket providers: 100 Y.Docs applying every
// change saturate one core on their own, and the benchmark would time the
// clients, not the server. Each editor still writes real Yjs updates from its
// own document; a receiver only reads the marker each change carries. Since a
// light editor never sees the others' text, each types into a text of its own:
// had they all typed blind into one, every insert would be a worst-case
// concurrent conflict for Yjs, which real editors (who see each other) avoid.
import * as decoding from 'lib0/decoding'
import { cpus, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { WebSocket } from 'ws'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { messageYjsSyncStep1, messageYjsUpdate } from 'y-protocols/sync'
import * as Y from 'yjs'
import { MessageType } from '../lib/collab/protocol'
import { databaseKind } from '../server/db/client'
import { createTestDatabase } from '../server/db/test-database'
import { awarenessMessage, syncStep1Message, syncStep2Message, updateMessage } from '../server/collab/server-message'
import { startChildServer } from '../server/collab/test-support/child-server'
import { seedMeeting, testUsers, waitUntil } from '../server/collab/test-support/collab-harness'

/** Typing before the measured window, so start-up work (query compilation, JIT) is not counted. */
const warmUpSeconds = 2

interface Scenario {
  label: string
  editors: number
  changesPerSecond: number
  /** Measured seconds, after the warm-up. */
  seconds: number
  /** Whether each change also moves the editor's cursor, as Tiptap's caret does. */
  withCursors: boolean
}

const scenarios: Scenario[] = [
  { label: 'typing', editors: 100, changesPerSecond: 5, seconds: 10, withCursors: false },
  { label: 'typing + cursor awareness', editors: 100, changesPerSecond: 5, seconds: 10, withCursors: true },
]

interface Result {
  scenario: Scenario
  sent: number
  latencies: Float64Array
  logRows: number
}

export async function benchCollab(): Promise<{ title: string; markdown: string }> {
  const results: Result[] = []
  let engine = 'sqlite'
  for (const scenario of scenarios) {
    const database = await createTestDatabase()
    engine = databaseKind(database.url)
    try {
      await seedMeeting(database.db, 'bench')
      results.push(await run(scenario, database.url, () => database.db.docUpdate.count()))
    } finally {
      await database.drop()
    }
  }
  return { title: 'Collaboration fan-out (100 editors, one room)', markdown: render(results, engine) }
}

/**
 * Send times by editor and change number, shared by all editors in this
 * process. Changes numbered below `firstMeasured` are the warm-up.
 */
class SendLog {
  private readonly sentAt: Float64Array
  readonly latencies: Float64Array
  delivered = 0

  constructor(
    private readonly changesEach: number,
    private readonly firstMeasured: number,
    editors: number,
  ) {
    this.sentAt = new Float64Array(editors * changesEach)
    this.latencies = new Float64Array(editors * (changesEach - firstMeasured) * (editors - 1))
  }

  sent(editor: number, change: number): void {
    this.sentAt[editor * this.changesEach + change] = performance.now()
  }

  received(editor: number, change: number, at: number): void {
    if (change < this.firstMeasured) return
    if (this.delivered < this.latencies.length) this.latencies[this.delivered] = at - this.sentAt[editor * this.changesEach + change]!
    this.delivered++
  }
}

const marker = /~(\d+)\.(\d+)~/g

class LightEditor {
  private readonly doc = new Y.Doc()
  private readonly awareness = new Awareness(this.doc)
  readonly socket: WebSocket
  synced = false

  constructor(
    port: number,
    private readonly index: number,
    private readonly log: SendLog,
  ) {
    this.socket = new WebSocket(`ws://127.0.0.1:${port}/collab/bench?user=${testUsers[index % testUsers.length]}`)
    this.socket.binaryType = 'nodebuffer'
    this.socket.on('open', () => this.socket.send(syncStep1Message(this.doc)))
    this.socket.on('message', (data: Buffer) => this.receive(data))
    this.doc.on('update', (update: Uint8Array) => this.socket.send(updateMessage(update)))
  }

  type(change: number, withCursor: boolean): void {
    const text = this.doc.getText(`body-${this.index}`)
    const position = Math.floor(Math.random() * (text.length + 1))
    this.log.sent(this.index, change)
    text.insert(position, `~${this.index}.${change}~`)
    if (withCursor) {
      this.awareness.setLocalStateField('cursor', { anchor: position, head: position })
      this.socket.send(awarenessMessage(encodeAwarenessUpdate(this.awareness, [this.doc.clientID])))
    }
  }

  close(): void {
    this.socket.close()
    this.awareness.destroy()
    this.doc.destroy()
  }

  private receive(frame: Buffer): void {
    const receivedAt = performance.now()
    const decoder = decoding.createDecoder(frame)
    if (decoding.readVarUint(decoder) !== MessageType.sync) return
    const syncType = decoding.readVarUint(decoder)
    if (syncType === messageYjsSyncStep1) {
      this.socket.send(syncStep2Message(Y.encodeStateAsUpdate(this.doc, decoding.readVarUint8Array(decoder))))
    } else if (syncType === messageYjsUpdate) {
      for (const [, editor, change] of frame.toString('latin1').matchAll(marker)) {
        if (Number(editor) !== this.index) this.log.received(Number(editor), Number(change), receivedAt)
      }
    } else {
      this.synced = true
    }
  }
}

async function run(scenario: Scenario, databaseUrl: string, countLogRows: () => Promise<number>): Promise<Result> {
  // Compaction and unloading stay out of the measured window.
  const server = await startChildServer({ DATABASE_URL: databaseUrl, COLLAB_COMPACT_AFTER_MS: '600000', COLLAB_UNLOAD_AFTER_MS: '600000' })
  const warmUpChanges = scenario.changesPerSecond * warmUpSeconds
  const changesEach = warmUpChanges + scenario.changesPerSecond * scenario.seconds
  const log = new SendLog(changesEach, warmUpChanges, scenario.editors)
  const editors = Array.from({ length: scenario.editors }, (_, i) => new LightEditor(server.port, i, log))
  try {
    await waitUntil(() => editors.every((editor) => editor.synced), 'every editor has synced', 60_000)
    const intervalMs = 1000 / scenario.changesPerSecond
    await Promise.all(
      editors.map(async (editor) => {
        // Spread over the interval: people do not type in step.
        await sleep(Math.random() * intervalMs)
        for (let change = 0, next = performance.now(); change < changesEach; change++, next += intervalMs) {
          editor.type(change, scenario.withCursors)
          await sleep(next + intervalMs - performance.now())
        }
      }),
    )
    const expected = log.latencies.length
    await waitUntil(() => log.delivered >= expected, `all ${expected} deliveries arrived`, 60_000)
    return { scenario, sent: scenario.editors * (changesEach - warmUpChanges), latencies: log.latencies, logRows: await countLogRows() }
  } finally {
    for (const editor of editors) editor.close()
    await server.kill('SIGTERM')
  }
}

function render(results: Result[], engine: string): string {
  const rows = results.map(({ scenario, sent, latencies, logRows }) => {
    const sorted = latencies.sort()
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
    const ms = (value: number) => value.toFixed(1)
    return `| ${scenario.label} | ${scenario.editors} | ${scenario.changesPerSecond}/s for ${scenario.seconds} s | ${sent} | ${sorted.length} | ${ms(at(0.5))} | ${ms(at(0.95))} | ${ms(at(0.99))} | ${ms(sorted.at(-1)!)} | ${logRows} |`
  })
  // Server and editors share the machine, so its size and busyness are part of the result.
  const machine = `${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${cpus().length} CPUs, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end`
  return [
    `Time from an editor's change to its arrival at each other editor, over loopback, after ${warmUpSeconds} s of warm-up typing. Server in its own process on ${engine}; every change is in the log before it is sent on. Editors are light protocol clients in one process (see bench/collab.ts). Machine: ${machine}.`,
    '',
    '| scenario | editors | changes per editor | changes sent | deliveries | p50 ms | p95 ms | p99 ms | max ms | log rows (batches, incl. warm-up) |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n')
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
}
