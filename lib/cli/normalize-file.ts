import { normalizeMarkdown } from '../markdown/normalize'
import { EXIT } from './exit'
import { readInput } from './read-input'
import { writeAtomically } from './write-atomically'

/** What `normalize` does with each file: print it, rewrite it, or only tell whether it would change. */
export type NormalizeMode = 'print' | 'write' | 'check'

/** What handling one file printed and how it ended; printed later, in the order the files were given. */
export interface FileOutcome {
  status: number
  out: string
  err: string
}

/**
 * Normalises one file as `mode` says; never throws for a bad file, it
 * reports it. Its outcome is a promise when the file is being written, so
 * that the next file's turn need not wait for the disk.
 */
export function normalizeFile(file: string, mode: NormalizeMode): FileOutcome | Promise<FileOutcome> {
  const input = readInput(file)
  if (!input.ok) return { status: EXIT.error, out: '', err: `live-minutes: ${file}: ${input.reason}\n` }
  const output = normalizeMarkdown(input.text)
  if (mode === 'print') return { status: EXIT.ok, out: output, err: '' }
  if (output === input.text) return { status: EXIT.ok, out: '', err: '' }
  if (mode === 'check') return { status: EXIT.findings, out: `${file}\n`, err: '' }
  return writeAtomically(file, output, input.mode).then(
    () => ({ status: EXIT.ok, out: `${file}\n`, err: '' }),
    (error: Error) => ({ status: EXIT.error, out: '', err: `live-minutes: ${file}: not written (${error.message})\n` }),
  )
}
