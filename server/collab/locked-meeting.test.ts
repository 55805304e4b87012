// A meeting whose merged minutes are locked: everyone may open it and see it,
// nobody's change is taken, and opening it does not list you as a participant.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../lib/collab/protocol'
import { PrismaDocStore } from './prisma-doc-store'
import { waitUntil, whenSynced } from './test-support/collab-harness'
import { harnessPerTest } from './test-support/harness-per-test'

const joined: string[] = []
const lockedIds = new Set(['locked'])
const h = harnessPerTest(['locked', 'open'], {
  meetingLocked: (id) => Promise.resolve(lockedIds.has(id)),
  onJoin: (_room, user) => void joined.push(user.login),
})

describe('a locked meeting', () => {
  it('is read by everyone, refuses every change with a reason, and leaves the open one alone', async () => {
    const writer = h.client('alice', 'open')
    await whenSynced(writer)
    writer.doc.getText('body').insert(0, 'final text')
    await waitUntil(() => h.harness.collab.rooms.get('open')?.doc.getText('body').toString() === 'final text', 'the open meeting took the change')

    const merged = new Y.Doc()
    merged.getText('body').insert(0, 'merged text')
    await new PrismaDocStore(h.harness.database.db).append('locked', Y.encodeStateAsUpdate(merged))
    const reader = h.client('bob', 'locked')
    await whenSynced(reader)
    expect(reader.doc.getText('body').toString()).toBe('merged text')
    expect(joined).toEqual(['alice'])
    reader.doc.getText('body').insert(0, 'too late')
    await waitUntil(() => reader.closes.length > 0, 'the locked meeting closed the writer')
    expect(reader.closes[0]).toEqual({ code: CloseCode.locked, reason: 'these minutes are locked: their pull request was merged' })
    expect(h.harness.collab.rooms.get('locked')?.doc.getText('body').toString()).toBe('merged text')
    expect(await h.harness.database.db.docUpdate.count({ where: { meetingId: 'locked' } })).toBe(1)
  })

  it('locks for those already editing as soon as someone joins after the merge', async () => {
    const early = h.client('alice', 'open')
    await whenSynced(early)
    early.doc.getText('body').insert(0, 'before the merge')
    await waitUntil(() => h.harness.collab.rooms.get('open')?.doc.getText('body').toString() === 'before the merge', 'the change before the merge was taken')
    lockedIds.add('open')
    const late = h.client('bob', 'open')
    await whenSynced(late)
    early.doc.getText('body').insert(0, 'after ')
    await waitUntil(() => early.closes.length > 0, 'the early editor was refused')
    expect(early.closes[0]?.code).toBe(CloseCode.locked)
    expect(h.harness.collab.rooms.get('open')?.doc.getText('body').toString()).toBe('before the merge')
  })
})
