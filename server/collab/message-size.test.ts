import { describe, expect, it, onTestFinished } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../lib/collab/protocol'
import { formatBytes, hardPayloadCap } from './message-size'
import { updateMessage } from './server-message'
import { allSaved, connectClient, startHarness, waitUntil, whenSynced } from './test-support/collab-harness'
import { harnessWithBystanders } from './test-support/harness-per-test'
import { openRawSocket } from './test-support/raw-socket'
import { expectStillCoediting } from './test-support/room-assertions'

const MB = 1024 * 1024

describe('formatBytes', () => {
  it('reads like a person would say it, never rounding down past a limit', () => {
    expect(formatBytes(2 * MB)).toBe('2 MB')
    expect(formatBytes(3.1 * MB)).toBe('3.1 MB')
    expect(formatBytes(2 * MB + 1)).toBe('2.1 MB')
    expect(formatBytes(64 * 1024)).toBe('64 KB')
    expect(formatBytes(900)).toBe('900 bytes')
  })
})

describe('collaboration server: message size limit', () => {
  const setup = harnessWithBystanders(['bob', 'carol']) // with the default 2 MB limit

  async function joinAsAlice() {
    const alice = connectClient(setup.harness.port, 'm1', 'alice')
    onTestFinished(() => alice.destroy())
    await whenSynced(alice)
    return alice
  }

  it('closes a client whose paste is over the limit with 4413 and a readable reason; the room carries on', async () => {
    const [bob, carol] = setup.bystanders
    const alice = await joinAsAlice()
    const closed = new Promise<{ code: number; reason: string }>((resolve) => alice.provider.on('closed', (event) => resolve(event)))
    alice.doc.getText('body').insert(0, 'x'.repeat(3.1 * MB))
    const { code, reason } = await closed
    expect(code).toBe(CloseCode.tooLarge)
    expect(reason).toMatch(/^message of 3\.\d MB exceeds the 2 MB limit$/)
    expect(setup.harness.collab.rooms.get('m1')!.doc.getText('body').length).toBeLessThan(MB)
    await expectStillCoediting(bob, carol, 'after the big paste; ')
  })

  it('accepts a message just under the limit', async () => {
    const [, carol] = setup.bystanders
    const alice = await joinAsAlice()
    alice.doc.getText('body').insert(0, 'y'.repeat(1.9 * MB))
    await waitUntil(() => allSaved(alice), 'the large paste is saved')
    await waitUntil(() => carol.doc.getText('body').length > 1.9 * MB, 'carol receives it')
    expect(alice.closes).toEqual([])
  })

  it("leaves a message over ws's hard cap to ws (1009), and the room carries on", async () => {
    const { harness, bystanders } = setup
    const [bob, carol] = bystanders
    const mallory = await openRawSocket(harness.port, 'm1', 'mallory')
    mallory.socket.send(new Uint8Array(hardPayloadCap(2 * MB) + 1))
    expect((await mallory.closed).code).toBe(1009)
    await expectStillCoediting(bob, carol, 'after the huge frame; ')
  })

  it('applies the configured limit', async () => {
    const small = await startHarness(['m1'], { maxMessageBytes: 64 * 1024 })
    try {
      const mallory = await openRawSocket(small.port, 'm1', 'mallory')
      const update = Y.encodeStateAsUpdate(docWithText('z'.repeat(100 * 1024)))
      mallory.socket.send(updateMessage(update))
      expect(await mallory.closed).toEqual({ code: CloseCode.tooLarge, reason: 'message of 100.1 KB exceeds the 64 KB limit' })
    } finally {
      await small.dispose()
    }
  })
})

function docWithText(text: string): Y.Doc {
  const doc = new Y.Doc()
  doc.getText('body').insert(0, text)
  return doc
}

