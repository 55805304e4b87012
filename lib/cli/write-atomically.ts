import fs from 'node:fs'
import path from 'node:path'

/** Temporary names are unique per process; `wx` refuses any clash with a leftover. */
let written = 0

/**
 * Replaces `file` by `text` all at once: written to a temporary file beside
 * it (with the file's `mode`), then renamed over it, so a failure leaves the
 * original untouched. Synchronous: a write of a page of minutes takes less
 * than handing it to libuv's thread pool and back.
 */
export function writeAtomically(file: string, text: string, mode: number): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${++written}.tmp`)
  try {
    fs.writeFileSync(temporary, text, { mode, flag: 'wx' })
    fs.renameSync(temporary, file)
  } catch (error) {
    fs.rmSync(temporary, { force: true })
    throw error
  }
}
