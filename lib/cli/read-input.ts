import fs from 'node:fs/promises'

/** Larger files are not minutes; reading them whole would only waste memory. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024

export type Input = { ok: true; text: string } | { ok: false; reason: string }

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** A Markdown file's text, or why it is not one this tool will touch. */
export async function readInput(file: string): Promise<Input> {
  let stat
  try {
    stat = await fs.stat(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { ok: false, reason: code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? String(error)})` }
  }
  if (stat.isDirectory()) return { ok: false, reason: 'is a directory' }
  if (!stat.isFile()) return { ok: false, reason: 'is not a regular file' }
  if (stat.size > MAX_INPUT_BYTES) return { ok: false, reason: `is larger than 5 MB (${stat.size} bytes)` }
  const bytes = await fs.readFile(file)
  // As git does: a NUL byte early on means binary.
  if (bytes.subarray(0, 8000).includes(0)) return { ok: false, reason: 'is a binary file' }
  try {
    return { ok: true, text: utf8.decode(bytes) }
  } catch {
    return { ok: false, reason: 'is not UTF-8 text' }
  }
}
