import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { normalizeMarkdown } from '../markdown/normalize'
import { FILE_QUEUE_BYTES, sharedFileQueue } from './file-queue'
import type { NormalizeHelper } from './helper-thread'
import type { FileOutcome } from './normalize-file'
import { normalizeFiles, normalizeFromQueue } from './normalize-files'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'normalize-files-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const messy = (n: number) => `Meeting ${n}\n=========\n\n* one\n* two\n`
const tidy = (n: number) => `# Meeting ${n}\n\n- one\n- two\n`

/** Six files: changed, already tidy, changed, missing, changed, tidy. */
function someFiles(): string[] {
  const files = [0, 1, 2, 3, 4, 5].map((n) => path.join(dir, `${n}.md`))
  files.forEach((file, n) => n !== 3 && fs.writeFileSync(file, n % 2 === 0 ? messy(n) : tidy(n)))
  return files
}

function capture() {
  const printed = { out: '', err: '' }
  return { printed, io: { out: (text: string) => void (printed.out += text), err: (text: string) => void (printed.err += text) } }
}

/**
 * A helper that took the files `takes` says from the shared queue before the
 * main thread started (as a helper thread does when it starts first), and
 * then hands over what it made of them, or fails on the ones listed in `fails`.
 */
async function helperTaking(files: string[], takes: number, fails: readonly number[] = []): Promise<NormalizeHelper & { stopped: boolean }> {
  const buffer = new SharedArrayBuffer(FILE_QUEUE_BYTES)
  const queue = sharedFileQueue(buffer)
  const made = new Map<number, FileOutcome>()
  const firstOnly = { next: () => (made.size < takes ? queue.next() : files.length) }
  await normalizeFromQueue(files, 'write', firstOnly, (index, outcome) => void made.set(index, outcome))
  for (const index of fails) made.delete(index)
  const helper = {
    queue,
    stopped: false,
    outcomes: async (indices: readonly number[]) => {
      expect([...indices].sort()).toEqual([...made.keys(), ...fails].sort())
      return made
    },
    stop: () => void (helper.stopped = true),
  }
  return helper
}

describe('normalizeFiles', () => {
  it('prints in the order of the files given, whichever thread did them', async () => {
    const files = someFiles()
    const alone = capture()
    const status = await normalizeFiles(files, 'check', alone.io)
    expect(status).toBe(2)
    expect(alone.printed.out).toBe(`${files[0]}\n${files[2]}\n${files[4]}\n`)
    expect(alone.printed.err).toBe(`live-minutes: ${files[3]}: no such file\n`)

    const shared = capture()
    const helper = await helperTaking(files, 3)
    expect(await normalizeFiles(files, 'write', shared.io, helper)).toBe(2)
    expect(helper.stopped).toBe(true)
    expect(shared.printed).toEqual(alone.printed)
    for (const n of [0, 2, 4]) expect(fs.readFileSync(files[n]!, 'utf8')).toBe(normalizeMarkdown(messy(n)))
  })

  it('does the files of a helper that failed itself', async () => {
    const files = someFiles()
    const { printed, io } = capture()
    // The helper took 0, 1 and 2 but finished only 1.
    const helper = await helperTaking(files, 3, [0, 2])
    fs.writeFileSync(files[0]!, messy(0))
    fs.writeFileSync(files[2]!, messy(2))
    expect(await normalizeFiles(files, 'write', io, helper)).toBe(2)
    expect(printed.out).toBe(`${files[0]}\n${files[2]}\n${files[4]}\n`)
    expect(printed.err).toBe(`live-minutes: ${files[3]}: no such file\nlive-minutes: the helper thread stopped early; this thread did its 2 file(s) again\n`)
    for (const n of [0, 2, 4]) expect(fs.readFileSync(files[n]!, 'utf8')).toBe(normalizeMarkdown(messy(n)))
  })

  it('stops a helper that found nothing left to do', async () => {
    const files = someFiles()
    const helper = await helperTaking(files, 0)
    await normalizeFiles(files, 'check', capture().io, helper)
    expect(helper.stopped).toBe(true)
  })
})
