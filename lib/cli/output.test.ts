import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { once } from 'node:events'
import { describe, expect, it } from 'vitest'
import { descriptorWriter } from './output'

/**
 * A child process that reads its stdin after `delay` seconds; `fd` is our
 * end of that pipe (a socket, as Node makes them, and non-blocking, as a
 * terminal's or a shell's pipe may be).
 */
async function slowReader(delay: number) {
  const child = spawn('sh', ['-c', `sleep ${delay}; cat`], { stdio: ['pipe', 'pipe', 'inherit'] })
  const chunks: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
  const fd = (child.stdin as unknown as { _handle: { fd: number } })._handle.fd
  const read = async () => {
    await once(child, 'close')
    return Buffer.concat(chunks).toString()
  }
  return { child, fd, read }
}

describe('descriptorWriter', () => {
  it('writes each text whole and in order, without a stream', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'live-minutes-output-')), 'out.txt')
    const fd = fs.openSync(file, 'w')
    const write = descriptorWriter(fd, () => {
      throw new Error('no stream needed')
    })
    write('one ✓\n')
    write('')
    write('two\n'.repeat(100_000))
    fs.closeSync(fd)
    expect(fs.readFileSync(file, 'utf8')).toBe(`one ✓\n${'two\n'.repeat(100_000)}`)
  })

  it.runIf(process.platform === 'linux')('goes on through the stream, in order, where a non-blocking pipe is full', async () => {
    const { child, fd, read } = await slowReader(0.3)
    let streams = 0
    const write = descriptorWriter(fd, () => {
      streams++
      return child.stdin
    })
    // Far more than the pipe holds before its reader starts.
    const lines = Array.from({ length: 100_000 }, (_, i) => `line ${i} ${'x'.repeat(40)}\n`)
    for (const line of lines) write(line)
    expect(streams).toBe(1)
    child.stdin.end()
    expect(await read()).toBe(lines.join(''))
  })

  it.runIf(process.platform === 'linux')('sends nothing more, and throws nothing, once the reader has gone', async () => {
    const child = spawn('true', { stdio: ['pipe', 'ignore', 'ignore'] })
    const fd = (child.stdin as unknown as { _handle: { fd: number } })._handle.fd
    await once(child, 'close')
    const write = descriptorWriter(fd, () => {
      throw new Error('no stream for a reader that has gone')
    })
    expect(() => {
      write('nobody reads this\n')
      write('nor this\n')
    }).not.toThrow()
  })
})
