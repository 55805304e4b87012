/**
 * Hands out the indices of the files given, each exactly once, to whichever
 * thread asks next: threads that start late or meet slow files simply take
 * fewer.
 */
export interface FileQueue {
  /** The next index to handle; at or past the number of files once all are taken. */
  next(): number
}

/** Bytes of the SharedArrayBuffer a shared queue counts in. */
export const FILE_QUEUE_BYTES = Int32Array.BYTES_PER_ELEMENT

/** A queue over `buffer`, which every thread handling the same files is given. */
export function sharedFileQueue(buffer: SharedArrayBuffer): FileQueue {
  const counter = new Int32Array(buffer, 0, 1)
  return { next: () => Atomics.add(counter, 0, 1) }
}

/** A queue for one thread alone. */
export function localFileQueue(): FileQueue {
  return sharedFileQueue(new SharedArrayBuffer(FILE_QUEUE_BYTES))
}
