import { EXIT } from './exit'
import { localFileQueue, type FileQueue } from './file-queue'
import type { NormalizeHelper } from './helper-thread'
import { normalizeFile, type FileOutcome, type NormalizeMode } from './normalize-file'
import type { Output } from './output'

/**
 * Normalises `files`, with a helper thread taking its share when there is
 * one, and prints what each file gave in the order the files were given,
 * whichever thread handled it. Resolves to the exit status.
 */
export async function normalizeFiles(files: readonly string[], mode: NormalizeMode, io: Output, helper?: NormalizeHelper): Promise<number> {
  const queue = helper?.queue ?? localFileQueue()
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length)
  let notices = ''
  normalizeFromQueue(files, mode, queue, (index, outcome) => (outcomes[index] = outcome))
  if (helper) {
    const theirs: number[] = []
    for (let index = 0; index < files.length; index++) if (!outcomes[index]) theirs.push(index)
    const waitFrom = performance.now()
    const received = theirs.length > 0 ? await helper.outcomes(theirs) : new Map<number, FileOutcome>()
    const waited = performance.now() - waitFrom
    helper.stop()
    // Files a failed helper did not finish are done here; each write is atomic, so doing one again is safe.
    const lost = theirs.filter((index) => !received.has(index))
    for (const index of theirs) outcomes[index] = received.get(index) ?? normalizeFile(files[index]!, mode)
    if (lost.length > 0) notices += `live-minutes: the helper thread stopped early; this thread did its ${lost.length} file(s) again\n`
    // A diagnostic, for tests and for tuning: how the files were shared.
    if (process.env.LIVE_MINUTES_DEBUG === 'threads') notices += `live-minutes: threads: main ${files.length - theirs.length}, helper ${theirs.length - lost.length}; this thread done at ${waitFrom.toFixed(0)} ms, waited ${waited.toFixed(0)} ms for the helper\n`
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

/**
 * Normalises files from `queue` until none is left, handing each outcome to
 * `done`: the main thread's share, and the whole of a helper thread's.
 */
export function normalizeFromQueue(files: readonly string[], mode: NormalizeMode, queue: FileQueue, done: (index: number, outcome: FileOutcome) => void): void {
  for (let index = queue.next(); index < files.length; index = queue.next()) done(index, normalizeFile(files[index]!, mode))
}
