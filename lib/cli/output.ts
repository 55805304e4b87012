import fs from 'node:fs'

/** Where the commands write; a parameter so that tests can capture it. */
export interface Output {
  out: (text: string) => void
  err: (text: string) => void
}

/**
 * Writes to file descriptor `fd` directly, at once. process.stdout is a
 * stream over the same descriptor, and making it costs a run more than all
 * it prints: for a pipe, Node loads its sockets for it, about 4 ms of a
 * 90 ms run. Should the descriptor not take everything now (a non-blocking
 * pipe that is full), the rest, and all that follows, goes through `stream`,
 * which waits for the reader. A reader that has gone (`| head`) is sent
 * nothing more, and is no error.
 */
export function descriptorWriter(fd: number, stream: () => NodeJS.WritableStream): (text: string) => void {
  let queued: NodeJS.WritableStream | null = null
  let readerGone = false
  return (text) => {
    if (readerGone) return
    if (queued) {
      queued.write(text)
      return
    }
    const bytes = Buffer.from(text)
    let offset = 0
    try {
      while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset)
    } catch (error) {
      // Any other failure (EPIPE, a closed descriptor) leaves nowhere to say so.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
        readerGone = true
        return
      }
      queued = stream()
      // Its errors are a reader gone too; an unhandled one would crash the run.
      queued.on('error', () => (readerGone = true))
      queued.write(bytes.subarray(offset))
    }
  }
}

export const processOutput: Output = {
  out: descriptorWriter(1, () => process.stdout),
  err: descriptorWriter(2, () => process.stderr),
}
