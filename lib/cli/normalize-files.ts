import { EXIT } from './exit'
import { rangeQueue, type FileQueue } from './file-queue'
import type { NormalizeHelper } from './process-pair'
import { normalizeFile, type FileOutcome, type NormalizeMode } from './normalize-file'
import type { Output } from './output'

/**
 * Normalises `files`, with a helper process doing its part when there is
 * one, and prints what each file gave in the order the files were given,
 * whichever process handled it. Resolves to the exit status.
 */
export async function normalizeFiles(files: readonly string[], mode: NormalizeMode, io: Output, helper?: NormalizeHelper): Promise<number> {
  const queue = rangeQueue(0, helper?.from ?? files.length, files.length)
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length)
  let notices = ''
  await normalizeFromQueue(files, mode, queue, (index, outcome) => (outcomes[index] = outcome))
  if (helper) {
    const theirs: number[] = []
    for (let index = 0; index < files.length; index++) if (!outcomes[index]) theirs.push(index)
    const waitFrom = performance.now()
    const received = helper.outcomes()
    const waited = performance.now() - waitFrom
    // Files a failed helper did not finish are done here; each write is atomic, so doing one again is safe.
    const lost = theirs.filter((index) => !received.has(index))
    for (const index of theirs) outcomes[index] = received.get(index) ?? (await normalizeFile(files[index]!, mode))
    if (lost.length > 0) notices += `live-minutes: the helper process did not report ${lost.length} file(s); the main process did them\n`
    // A diagnostic, for tests and for tuning: how the files were shared.
    if (process.env.LIVE_MINUTES_DEBUG === 'processes') notices += `live-minutes: processes: main ${files.length - theirs.length}, helper ${theirs.length - lost.length}; the main process waited ${waited.toFixed(0)} ms for the helper\n`
  }
  let status: number = EXIT.ok
  let out = ''
  let err = ''
  for (const outcome of outcomes as FileOutcome[]) {
    status = Math.max(status, outcome.status)
    out += outcome.out
    err += outcome.err
  }
  err += notices
  if (out) io.out(out)
  if (err) io.err(err)
  return status
}

/** Files being written at most at once: each holds its text until the disk has it. */
const MAX_PENDING_WRITES = 64

/**
 * Normalises files from `queue` until none is left, handing each outcome to
 * `done`: the main process's part, and the whole of a helper's. A
 * file being written does not hold up the next; all are written when the
 * promise resolves.
 */
export async function normalizeFromQueue(files: readonly string[], mode: NormalizeMode, queue: FileQueue, done: (index: number, outcome: FileOutcome) => void): Promise<void> {
  const pending = new Set<Promise<void>>()
  for (let index = queue.next(); index < files.length; index = queue.next()) {
    const outcome = normalizeFile(files[index]!, mode)
    if (!(outcome instanceof Promise)) {
      done(index, outcome)
      continue
    }
    const written: Promise<void> = outcome.then((settled) => {
      pending.delete(written)
      done(index, settled)
    })
    pending.add(written)
    if (pending.size >= MAX_PENDING_WRITES) await Promise.race(pending)
  }
  await Promise.all(pending)
}
