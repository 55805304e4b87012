import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { normalizeMarkdown } from '../markdown/normalize'
import { rangeQueue } from './file-queue'
import type { FileOutcome } from './normalize-file'
import { normalizeFiles, normalizeFromQueue } from './normalize-files'
import type { NormalizeHelper } from './process-pair'

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
 * A helper whose part is the files from index `from` on, which it has done
 * (as a helper process does at the same time as the main one), reporting
 * all but those listed in `unreported`.
 */
async function helperFrom(files: string[], from: number, unreported: readonly number[] = []): Promise<NormalizeHelper & { asked: boolean }> {
  const made = new Map<number, FileOutcome>()
  await normalizeFromQueue(files, 'write', rangeQueue(from, files.length, files.length), (index, outcome) => void made.set(index, outcome))
  for (const index of unreported) made.delete(index)
  const helper = {
    from,
    asked: false,
    outcomes: () => {
      helper.asked = true
      return made
    },
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
    const helper = await helperFrom(files, 3)
    expect(await normalizeFiles(files, 'write', shared.io, helper)).toBe(2)
    expect(helper.asked).toBe(true)
    expect(shared.printed).toEqual(alone.printed)
    for (const n of [0, 2, 4]) expect(fs.readFileSync(files[n]!, 'utf8')).toBe(normalizeMarkdown(messy(n)))
  })

  it('does the files of a helper that did not report them', async () => {
    const files = someFiles()
    const { printed, io } = capture()
    // The helper's part was 2 to 5, but it reported only 3 and 5: it crashed before writing 4, say.
    const helper = await helperFrom(files, 2, [2, 4])
    fs.writeFileSync(files[2]!, messy(2))
    fs.writeFileSync(files[4]!, messy(4))
    expect(await normalizeFiles(files, 'write', io, helper)).toBe(2)
    expect(printed.out).toBe(`${files[0]}\n${files[2]}\n${files[4]}\n`)
    expect(printed.err).toBe(`live-minutes: ${files[3]}: no such file\nlive-minutes: the helper process did not report 2 file(s); the main process did them\n`)
    for (const n of [0, 2, 4]) expect(fs.readFileSync(files[n]!, 'utf8')).toBe(normalizeMarkdown(messy(n)))
  })

  it('waits for a helper whose part is empty', async () => {
    const files = someFiles()
    const helper = await helperFrom(files, files.length)
    const { printed, io } = capture()
    expect(await normalizeFiles(files, 'check', io, helper)).toBe(2)
    // Its end is waited for all the same: a helper that saw the files otherwise may still be writing.
    expect(helper.asked).toBe(true)
    expect(printed.out).toBe(`${files[0]}\n${files[2]}\n${files[4]}\n`)
  })
})
