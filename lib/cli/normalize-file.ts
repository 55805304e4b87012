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

/** Normalises one file as `mode` says; never throws for a bad file, it reports it. */
export function normalizeFile(file: string, mode: NormalizeMode): FileOutcome {
  const input = readInput(file)
  if (!input.ok) return { status: EXIT.error, out: '', err: `live-minutes: ${file}: ${input.reason}\n` }
  const output = normalizeMarkdown(input.text)
  if (mode === 'print') return { status: EXIT.ok, out: output, err: '' }
  if (output === input.text) return { status: EXIT.ok, out: '', err: '' }
  if (mode === 'check') return { status: EXIT.findings, out: `${file}\n`, err: '' }
  try {
    writeAtomically(file, output, input.mode)
  } catch (error) {
    return { status: EXIT.error, out: '', err: `live-minutes: ${file}: not written (${(error as Error).message})\n` }
  }
  return { status: EXIT.ok, out: `${file}\n`, err: '' }
}
