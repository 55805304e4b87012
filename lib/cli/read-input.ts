import fs from 'node:fs'

/** Larger files are not minutes; reading them whole would only waste memory. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024

export type Input = { ok: true; text: string; mode: number } | { ok: false; reason: string }

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * A Markdown file's text, or why it is not one this tool will touch.
 * Synchronous: one file at a time is all the CLI does, and it is faster so.
 */
export function readInput(file: string): Input {
  // One open for the checks and the read: a file's stat and contents cost a path lookup each otherwise.
  let fd
  try {
    // Non-blocking, so that a named pipe is refused below instead of waiting for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK)
  } catch (error) {
    return cannotRead(error)
  }
  try {
    const stat = fs.fstatSync(fd)
    if (stat.isDirectory()) return { ok: false, reason: 'is a directory' }
    if (!stat.isFile()) return { ok: false, reason: 'is not a regular file' }
    if (stat.size > MAX_INPUT_BYTES) return { ok: false, reason: `is larger than 5 MB (${stat.size} bytes)` }
    let bytes
    try {
      bytes = fs.readFileSync(fd)
    } catch (error) {
      return cannotRead(error)
    }
    // As git does: a NUL byte early on means binary.
    if (bytes.subarray(0, 8000).includes(0)) return { ok: false, reason: 'is a binary file' }
    try {
      return { ok: true, text: utf8.decode(bytes), mode: stat.mode }
    } catch {
      return { ok: false, reason: 'is not UTF-8 text' }
    }
  } finally {
    fs.closeSync(fd)
  }
}

function cannotRead(error: unknown): Input {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return { ok: false, reason: 'no such file' }
  if (code === 'EISDIR') return { ok: false, reason: 'is a directory' }
  return { ok: false, reason: `cannot read it (${code ?? String(error)})` }
}
