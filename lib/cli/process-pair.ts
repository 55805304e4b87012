import fs from 'node:fs'
import { rangeQueue, type FileQueue } from './file-queue'
import { loadBuiltin } from './load-builtin'
import type { FileOutcome } from './normalize-file'

// `normalize --write` or `--check` of many files runs as two processes on a
// machine with a second core: bin/live-minutes starts both at once, in a
// pipeline, so that neither waits for the other to start up:
//
//   live-minutes.cjs HELPER_ARGUMENT ARGS... | live-minutes.cjs PAIRED_ARGUMENT ARGS...
//
// Both split the files the same way, by size (helperShare): the first part
// is the main process's, the rest the helper's. The helper reports each
// file it has done as a line, `done <JSON>`, down the pipe; the main process
// reads them once its own part is done, prints everything in order, and does
// itself any file of the helper's that was not reported (the helper crashed,
// or saw the files otherwise): writes are atomic, so doing one again is safe.

/** The argument that makes a run of the CLI the helper of a pair. */
export const HELPER_ARGUMENT = '--live-minutes-helper'
/** The argument that makes a run of the CLI the main process of a pair, its helper on stdin. */
export const PAIRED_ARGUMENT = '--live-minutes-paired'

/** What the helper reports for each file it has done. */
interface HelperReport {
  index: number
  outcome: FileOutcome
}

/** The main process's view of its helper. */
export interface NormalizeHelper {
  /** The index of the helper's first file: the main process's part ends there. */
  from: number
  /**
   * The outcomes of the helper's files, once it has finished. Files it did
   * not report are missing from the map, for the caller to do itself.
   */
  outcomes(): Map<number, FileOutcome>
}

/**
 * Each file counts its bytes and this much more: what handling a file costs
 * besides its size (opening, parsing a document, writing), as bytes would.
 */
const BYTES_PER_FILE = 1024

/**
 * The index of the first of `files` that the helper handles: the files from
 * there on hold about half of the work. `files.length` (nothing for the
 * helper) on a machine with one core. Both processes of a pair call it, and
 * get the same answer unless a file changes size in between.
 */
export function helperShare(files: readonly string[]): number {
  if (loadBuiltin<typeof import('node:os')>('node:os').availableParallelism() < 2) return files.length
  // What cannot be read counts for its file alone; the run reports it.
  const weights = files.map((file) => (fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0) + BYTES_PER_FILE)
  const half = weights.reduce((sum, weight) => sum + weight, 0) / 2
  let main = 0
  for (let index = 0; index < files.length; index++) {
    main += weights[index]!
    if (main >= half) return index + 1
  }
  return files.length
}

/** The helper's queue: its part of the files. */
export function helperQueue(files: readonly string[]): FileQueue {
  return rangeQueue(helperShare(files), files.length, files.length)
}

/** The helper's report of file `index`, down the pipe that is its stdout. */
export function reportOutcome(index: number, outcome: FileOutcome): void {
  const bytes = Buffer.from(`done ${JSON.stringify({ index, outcome } satisfies HelperReport)}\n`)
  try {
    for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(1, bytes, offset)
  } catch {
    // The main process has gone: it no longer needs the file's outcome.
  }
}

/**
 * Closes the pipe to the main process once the helper's last report is in
 * it: the main process then reads its end at once, instead of once the
 * helper has finished exiting (a few milliseconds of tearing Node down).
 */
export function endReports(): void {
  try {
    fs.closeSync(1)
  } catch {
    // Closed already.
  }
}

/** The main process's end of the pipe from its helper, its stdin (`input`). */
export function pairedHelper(files: readonly string[], input = 0): NormalizeHelper {
  return {
    from: helperShare(files),
    outcomes: () => {
      const received = new Map<number, FileOutcome>()
      for (const line of readToEnd(input).split('\n')) {
        if (!line.startsWith('done ')) continue
        try {
          const report = JSON.parse(line.slice('done '.length)) as HelperReport
          if (Number.isInteger(report.index) && report.index >= 0 && report.index < files.length) received.set(report.index, report.outcome)
        } catch {
          // A line cut short by a crash: that file is done again here.
        }
      }
      return received
    },
  }
}

/** Everything from `fd` until its end, waiting for it: the helper ends it as it exits. */
function readToEnd(fd: number): string {
  const chunks: Buffer[] = []
  const buffer = Buffer.alloc(64 * 1024)
  for (;;) {
    let read
    try {
      read = fs.readSync(fd, buffer)
    } catch (error) {
      // Left non-blocking by whoever made the pipe: wait a little and try again.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1)
        continue
      }
      break
    }
    if (read === 0) break
    chunks.push(Buffer.from(buffer.subarray(0, read)))
  }
  return Buffer.concat(chunks).toString('utf8')
}
