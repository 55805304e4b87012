import fs from 'node:fs/promises'
import path from 'node:path'

/** Temporary names are unique per process; `wx` refuses any clash with a leftover. */
let written = 0

/**
 * Replaces `file` by `text` all at once: written to a temporary file beside
 * it (with the file's `mode`), then renamed over it, so a failure leaves the
 * original untouched.
 */
export async function writeAtomically(file: string, text: string, mode: number): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${++written}.tmp`)
  try {
    await fs.writeFile(temporary, text, { mode, flag: 'wx' })
    await fs.rename(temporary, file)
  } catch (error) {
    await fs.rm(temporary, { force: true })
    throw error
  }
}
