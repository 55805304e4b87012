/**
 * Hands out the indices of the files a process is to handle, each once, in
 * order; then one past the last file.
 */
export interface FileQueue {
  /** The next index to handle; at or past the number of files once all are taken. */
  next(): number
}

/** The files from index `from` up to, but not including, `to`, of `count`. */
export function rangeQueue(from: number, to: number, count: number): FileQueue {
  let next = from
  return { next: () => (next < to ? next++ : count) }
}
