import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { rangeQueue } from './file-queue'
import { helperQueue, helperShare, pairedHelper } from './process-pair'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'process-pair-'))
})
afterEach(() => {
  vi.restoreAllMocks()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** Files of these sizes, in this order. */
function filesOf(...sizes: number[]): string[] {
  return sizes.map((size, n) => {
    const file = path.join(dir, `${n}.md`)
    fs.writeFileSync(file, 'a'.repeat(size))
    return file
  })
}

function taken(queue: { next(): number }, count: number): number[] {
  const indices = []
  for (let index = queue.next(); index < count; index = queue.next()) indices.push(index)
  return indices
}

describe('helperShare', () => {
  it('gives the helper the last files, holding about half of the work', () => {
    vi.spyOn(os, 'availableParallelism').mockReturnValue(2)
    // Each file counts 1 KiB besides its bytes: 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 KiB.
    const files = filesOf(10 * 1024, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    expect(helperShare(files)).toBe(1)
    expect(helperShare(filesOf(0, 0, 0, 0))).toBe(2)
    // A file that cannot be read counts for its file alone.
    expect(helperShare([path.join(dir, 'missing.md'), ...filesOf(0)])).toBe(1)
  })

  it('leaves the helper nothing on a machine with one core', () => {
    vi.spyOn(os, 'availableParallelism').mockReturnValue(1)
    expect(helperShare(filesOf(100, 100, 100, 100))).toBe(4)
  })

  it('splits the files between the two queues, each file once', () => {
    vi.spyOn(os, 'availableParallelism').mockReturnValue(2)
    const files = filesOf(3000, 200, 5000, 10, 10, 7000, 1)
    const from = helperShare(files)
    const main = taken(rangeQueue(0, from, files.length), files.length)
    const helper = taken(helperQueue(files), files.length)
    expect([...main, ...helper]).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(main.length).toBeGreaterThan(0)
    expect(helper.length).toBeGreaterThan(0)
  })
})

describe('pairedHelper', () => {
  it("reads the helper's reports to the end, and leaves out what is not a whole, valid report", () => {
    vi.spyOn(os, 'availableParallelism').mockReturnValue(2)
    const files = filesOf(10, 10, 10, 10)
    const outcome = (n: number) => ({ status: 0, out: `${files[n]}\n`, err: '' })
    const reports = [
      `done ${JSON.stringify({ index: 2, outcome: outcome(2) })}`,
      // Another process's output, or an index that is no file of this run.
      'something else',
      `done ${JSON.stringify({ index: 9, outcome: outcome(2) })}`,
      // Cut short as the helper crashed.
      `done {"index":3,"outcome":{"sta`,
    ].join('\n')
    const reportsFile = path.join(dir, 'reports')
    fs.writeFileSync(reportsFile, reports)
    const fd = fs.openSync(reportsFile, 'r')
    try {
      const helper = pairedHelper(files, fd)
      expect(helper.from).toBe(2)
      expect([...helper.outcomes()]).toEqual([[2, outcome(2)]])
    } finally {
      fs.closeSync(fd)
    }
  })
})
