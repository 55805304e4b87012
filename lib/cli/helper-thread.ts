import type { Worker } from 'node:worker_threads'
import { sharedFileQueue, type FileQueue } from './file-queue'
import type { FileOutcome } from './normalize-file'

/** What a helper thread posts for each file it normalised. */
export interface HelperMessage {
  index: number
  outcome: FileOutcome
}

/**
 * The main thread's view of a second thread normalising the same files from
 * the same queue. bin/live-minutes.cjs starts the thread before it loads the
 * CLI, so that both start up at once on a machine with a second core.
 */
export interface NormalizeHelper {
  queue: FileQueue
  /**
   * The outcomes of `indices`, the files the helper took. Should it fail
   * (its thread crashed or was never able to start), the files it did not
   * finish are missing from the map, for the caller to do itself.
   */
  outcomes(indices: readonly number[]): Promise<Map<number, FileOutcome>>
  /** Ends the thread: called once nothing is left for it, which may be before it has even started. */
  stop(): void
}

/** Wraps `worker`, which runs helpNormalize over the queue counting in `buffer`. */
export function workerHelper(worker: Worker, buffer: SharedArrayBuffer): NormalizeHelper {
  const received = new Map<number, FileOutcome>()
  let ended = false
  let wake = () => {}
  // Listening from the start: the outcomes wait in the port until the main thread, done with its share, reads them.
  worker.on('message', (message: HelperMessage) => {
    received.set(message.index, message.outcome)
    wake()
  })
  const end = () => {
    ended = true
    wake()
  }
  worker.on('error', end)
  worker.on('exit', end)
  return {
    queue: sharedFileQueue(buffer),
    outcomes: (indices) =>
      new Promise((resolve) => {
        wake = () => {
          if (ended || indices.every((index) => received.has(index))) resolve(received)
        }
        wake()
      }),
    stop: () => void worker.terminate(),
  }
}
