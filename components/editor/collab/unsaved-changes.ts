import * as Y from 'yjs'

/**
 * One local transaction the server has not yet confirmed as durable.
 * `clock` is the client's clock after the transaction; it is null when the
 * transaction only deleted, because deletions do not advance a Yjs clock and
 * so can never show up in a state vector.
 */
export interface PendingChange {
  client: number
  clock: number | null
  /** Whether the change has reached the server's socket (deletions only need it). */
  sent: boolean
}

type Listener = (count: number) => void

/**
 * Counts this browser's changes that the server has not yet reported durable,
 * by comparing each local transaction's clock with the state vector that the
 * server sends after every durable batch.
 */
export class UnsavedChanges {
  private pending: PendingChange[] = []
  private listeners = new Set<Listener>()
  private connectionSynced = false

  constructor(
    private readonly doc: Y.Doc,
    /** Transactions from the network or the local cache are not this person's typing. */
    private readonly isForeignOrigin: (origin: unknown) => boolean,
  ) {
    doc.on('afterTransaction', this.recordTransaction)
  }

  get count(): number {
    return this.pending.length
  }

  /** Entries worth keeping across a reload, so a tab reopened offline still knows. */
  snapshot(): PendingChange[] {
    return this.pending.map((change) => ({ ...change, sent: false }))
  }

  /** Adds changes remembered from an earlier visit (their typing was replayed from the cache). */
  restore(changes: readonly PendingChange[]): void {
    if (changes.length === 0) return
    this.pending = [...changes.map((change) => ({ ...change, sent: this.connectionSynced })), ...this.pending]
    this.notify()
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * After a sync handshake everything this browser holds has been offered to
   * the server (the handshake sends the whole missing diff and every deletion).
   */
  setConnectionSynced(synced: boolean): void {
    this.connectionSynced = synced
    if (!synced) return
    for (const change of this.pending) change.sent = true
  }

  acknowledge(savedStateVector: Map<number, number>): void {
    const isCovered = (change: PendingChange) =>
      change.clock !== null && (savedStateVector.get(change.client) ?? 0) >= change.clock
    // Updates travel over one ordered socket and the server stores them in
    // order, so a covered change proves every earlier change is durable too.
    let lastCovered = -1
    this.pending.forEach((change, index) => {
      if (isCovered(change)) lastCovered = index
    })
    const before = this.pending.length
    this.pending = this.pending.filter(
      (change, index) => index > lastCovered && !isCovered(change) && !(change.clock === null && change.sent),
    )
    if (this.pending.length !== before) this.notify()
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.recordTransaction)
    this.listeners.clear()
  }

  private recordTransaction = (transaction: Y.Transaction) => {
    if (!transaction.local || this.isForeignOrigin(transaction.origin)) return
    const client = this.doc.clientID
    const clockBefore = transaction.beforeState.get(client) ?? 0
    const clockAfter = transaction.afterState.get(client) ?? 0
    const inserted = clockAfter > clockBefore
    const deleted = transaction.deleteSet.clients.size > 0
    if (!inserted && !deleted) return
    this.pending.push({ client, clock: inserted ? clockAfter : null, sent: this.connectionSynced })
    this.notify()
  }

  private notify() {
    for (const listener of this.listeners) listener(this.pending.length)
  }
}
