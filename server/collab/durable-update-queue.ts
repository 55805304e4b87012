// Persist, then broadcast. Updates already validated into the room's document
// wait here until they are in the log; only a durable batch is handed on to be
// sent to other clients. Whatever arrives while a write is in flight becomes
// the next batch, so a busy room writes (and sends) less often, not later.
import { setTimeout as sleep } from 'node:timers/promises'
import * as Y from 'yjs'
import type { DocStore } from './doc-store'
import { EndOfTurnTask } from './end-of-turn'

export interface DurableBatch<Contributor> {
  /** What the contributors sent, merged; null when they only re-sent known changes. */
  update: Uint8Array | null
  contributors: ReadonlySet<Contributor>
  /** The document's state vector when the batch was cut: everything at or below it is saved. */
  stateVector: Uint8Array
}

export interface DurableUpdateQueueOptions<Contributor> {
  meetingId: string
  store: Pick<DocStore, 'append'>
  stateVector: () => Uint8Array
  onDurable: (batch: DurableBatch<Contributor>) => void
  /** The store kept failing; nothing more will be written and every waiter is rejected. */
  onGaveUp: (error: unknown) => void
  report: (error: unknown, during: string) => void
  /** Pauses between attempts; one attempt more than there are delays. */
  retryDelaysMs?: readonly number[]
}

interface Batch<Contributor> {
  updates: Uint8Array[]
  contributors: Set<Contributor>
  waiters: Array<{ resolve: (stateVector: Uint8Array) => void; reject: (error: unknown) => void }>
}

const defaultRetryDelaysMs = [100, 400, 1600]

export class DurableUpdateQueue<Contributor> {
  private open: Batch<Contributor> = emptyBatch()
  private writing: Batch<Contributor> | null = null
  private stopped = false
  private readonly endOfTurn = new EndOfTurnTask(() => void this.writeAll())

  constructor(private readonly options: DurableUpdateQueueOptions<Contributor>) {}

  /** Without a contributor: a change the server made itself, which no client waits to hear is saved. */
  add(update: Uint8Array, contributor?: Contributor): void {
    if (this.stopped) return
    this.open.updates.push(update)
    if (contributor === undefined) this.endOfTurn.request()
    else this.acknowledge(contributor)
  }

  /** The contributor sent changes the document already had: they are saved, and it should hear so. */
  acknowledge(contributor: Contributor): void {
    if (this.stopped) return
    this.open.contributors.add(contributor)
    this.endOfTurn.request()
  }

  get idle(): boolean {
    return this.writing === null && this.open.updates.length === 0
  }

  /** Resolves, with the saved state vector, once everything added so far is durable. */
  whenDurable(): Promise<Uint8Array> {
    if (this.stopped) return Promise.reject(new Error(`updates of meeting ${this.options.meetingId} can no longer be saved`))
    const batch = this.open.updates.length > 0 ? this.open : this.writing
    if (!batch) return Promise.resolve(this.options.stateVector())
    return new Promise((resolve, reject) => batch.waiters.push({ resolve, reject }))
  }

  /** Writes now instead of at the end of the turn; resolves when everything is durable. */
  flush(): Promise<Uint8Array> {
    this.endOfTurn.cancel()
    void this.writeAll()
    return this.whenDurable()
  }

  /** Drops what is not written yet; for a room that is being thrown away. */
  stop(reason: unknown): void {
    this.stopped = true
    this.endOfTurn.cancel()
    for (const batch of [this.open, this.writing]) for (const waiter of batch?.waiters ?? []) waiter.reject(reason)
    this.open = emptyBatch()
  }

  private async writeAll(): Promise<void> {
    if (this.writing) return // the running loop picks up the open batch when its write finishes
    while (!this.stopped && (this.open.updates.length > 0 || this.open.contributors.size > 0)) {
      const batch = this.open
      this.open = emptyBatch()
      this.writing = batch
      const stateVector = this.options.stateVector()
      const update = mergeAll(batch.updates)
      try {
        if (update) await this.appendWithRetries(update)
      } catch (error) {
        this.stop(error) // while `writing` still holds the batch, so its waiters hear too
        this.writing = null
        this.options.onGaveUp(error)
        return
      }
      this.writing = null
      if (this.stopped) return
      try {
        this.options.onDurable({ update, contributors: batch.contributors, stateVector })
      } catch (error) {
        this.options.report(error, 'handing on a saved batch')
      }
      for (const waiter of batch.waiters) waiter.resolve(stateVector)
    }
  }

  private async appendWithRetries(update: Uint8Array): Promise<void> {
    const delays = this.options.retryDelaysMs ?? defaultRetryDelaysMs
    for (let attempt = 0; ; attempt++) {
      try {
        await this.options.store.append(this.options.meetingId, update)
        return
      } catch (error) {
        const delay = delays[attempt]
        if (delay === undefined || this.stopped) throw error
        this.options.report(error, `saving an update (attempt ${attempt + 1}, retrying in ${delay} ms)`)
        await sleep(delay)
      }
    }
  }
}

function emptyBatch<Contributor>(): Batch<Contributor> {
  return { updates: [], contributors: new Set(), waiters: [] }
}

function mergeAll(updates: Uint8Array[]): Uint8Array | null {
  if (updates.length <= 1) return updates[0] ?? null
  return Y.mergeUpdates(updates)
}
