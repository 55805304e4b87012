// Where a meeting's document lives between server restarts. Kept this small
// so a second implementation (several instances behind Redis) can slot in.
export interface DocStore {
  /**
   * Everything stored for the meeting, oldest first (snapshot, then log
   * entries). Yjs updates merge idempotently, so overlap is harmless.
   */
  load(meetingId: string): Promise<Uint8Array[]>
  /** Resolves once the update is durable; only then may anyone be told about it. */
  append(meetingId: string, update: Uint8Array): Promise<void>
  /**
   * Folds the log into the snapshot. Must be safe while appends for the same
   * meeting continue, from this process or another.
   */
  compact(meetingId: string): Promise<CompactionResult>
}

export interface CompactionResult {
  /** How many log entries were folded in; 0 when there was nothing to do. */
  folded: number
  /** Highest log id now covered by the snapshot, if there is one. */
  upToId: number | null
}
