import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COLLABORATION_FIELD, normalizeMarkdown, parseMarkdown } from '../../lib/markdown'
import { decodeMarkdownFile, importDefaults, maxImportBytes } from '../../lib/meetings/markdown-import'
import type { DocStore } from '../collab/doc-store'
import { PrismaDocStore } from '../collab/prisma-doc-store'
import { createTestDatabase, type TestDatabase } from '../db/test-database'
import { importMeeting, UnreadableMarkdown } from './import-meeting'
import { readMeetingMarkdown } from './read-meeting-markdown'
import { today } from './today'

const corpus = join(process.cwd(), '..', 'shared', 'corpus')
const iaas = readFileSync(join(corpus, 'iaas', '20240724.md'), 'utf8')

let t: TestDatabase
let store: PrismaDocStore
let userId: string
beforeAll(async () => {
  t = await createTestDatabase()
  store = new PrismaDocStore(t.db)
  userId = (await t.db.user.create({ data: { login: 'mona', name: 'Mona' } })).id
})
afterAll(() => t.drop())

/** What a browser does: load the stored document, edit it, send the difference. */
async function editAsClient(meetingId: string, edit: (fragment: Y.XmlFragment) => void): Promise<void> {
  const doc = new Y.Doc()
  for (const update of await store.load(meetingId)) Y.applyUpdate(doc, update)
  const before = Y.encodeStateVector(doc)
  edit(doc.getXmlFragment(COLLABORATION_FIELD))
  await store.append(meetingId, Y.encodeStateAsUpdate(doc, before))
  doc.destroy()
}

describe('importMeeting and readMeetingMarkdown', () => {
  it('reads back an imported corpus file exactly as the codec normalises it', async () => {
    const m = await importMeeting(t.db, store, userId, { title: 'IaaS', markdown: iaas })
    expect(m.date).toBe('2024-07-24')
    expect(await readMeetingMarkdown(store, m.id)).toBe(normalizeMarkdown(iaas))
  })

  it('reflects edits made after the import, and survives compaction', async () => {
    const m = await importMeeting(t.db, store, userId, { title: 'Edited', markdown: '# 2024-01-10\n\n## Notes\n\n- first\n' })
    await editAsClient(m.id, (fragment) => {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText('Added later.')])
      fragment.push([paragraph])
    })
    const expected = '# 2024-01-10\n\n## Notes\n\n- first\n\nAdded later.\n'
    expect(await readMeetingMarkdown(store, m.id)).toBe(expected)
    await store.compact(m.id)
    expect(await readMeetingMarkdown(store, m.id)).toBe(expected)
  })

  it('is empty for a meeting nobody wrote in', async () => {
    const m = await t.db.meeting.create({ data: { id: 'emptymeeting', title: 'x', date: '2024-01-01', createdById: userId } })
    expect(await readMeetingMarkdown(store, m.id)).toBe(normalizeMarkdown(''))
  })

  it('dates by the input, else the first heading, else today', async () => {
    const named = await importMeeting(t.db, store, userId, { title: 'a', date: '2023-05-06', markdown: '# 2024-07-24' })
    expect(named.date).toBe('2023-05-06')
    const later = await importMeeting(t.db, store, userId, { title: 'b', markdown: 'intro 2020-01-01\n\n# Team IaaS, 2024-07-31 and 2024-08-07' })
    expect(later.date).toBe('2024-07-31')
    // Only the first heading counts, and only a real calendar day.
    const second = await importMeeting(t.db, store, userId, { title: 'c', markdown: '# Notes\n\n## 2024-07-24' })
    expect(second.date).toBe(today())
    const impossible = await importMeeting(t.db, store, userId, { title: 'd', markdown: '# 2024-02-30' })
    expect(impossible.date).toBe(today())
    const month13 = await importMeeting(t.db, store, userId, { title: 'd', markdown: '# 2024-13-01, moved to 2024-12-02' })
    expect(month13.date).toBe('2024-12-02')
    const fenced = await importMeeting(t.db, store, userId, { title: 'e', markdown: '```\n# 2024-03-03\n```\n\n# 2024-04-04' })
    expect(fenced.date).toBe('2024-04-04')
  })

  it('refuses binary, oversized and malformed input, leaving no meeting behind', async () => {
    const count = () => t.db.meeting.count()
    const before = await count()
    await expect(importMeeting(t.db, store, userId, { title: 'bin', markdown: 'PK\u0003\u0004\u0000\u0000' })).rejects.toThrow(/not a text file/)
    await expect(importMeeting(t.db, store, userId, { title: 'big', markdown: 'a'.repeat(maxImportBytes + 1) })).rejects.toThrow(/larger than 5 MB/)
    await expect(importMeeting(t.db, store, userId, { title: 'half', markdown: 'broken \uD800 pair' })).rejects.toThrow(/not valid Unicode/)
    await expect(importMeeting(t.db, store, userId, { title: ' ', markdown: '# x' })).rejects.toThrow(/title/)
    await expect(importMeeting(t.db, store, userId, { title: 'x', date: '2024-13-01', markdown: '# x' })).rejects.toThrow(/YYYY-MM-DD|calendar/)
    expect(await count()).toBe(before)
  })

  it('counts the limit in UTF-8 bytes, not characters', async () => {
    const justFits = 'ä'.repeat(maxImportBytes / 2)
    const m = await importMeeting(t.db, store, userId, { title: 'umlauts', date: '2024-01-01', markdown: justFits })
    expect((await readMeetingMarkdown(store, m.id)).length).toBeGreaterThan(0)
    await expect(importMeeting(t.db, store, userId, { title: 'x', markdown: `${justFits}ä` })).rejects.toThrow(/larger than 5 MB/)
  })

  it('removes the meeting again when its document cannot be stored', async () => {
    const failing: Pick<DocStore, 'append'> = { append: () => Promise.reject(new Error('disk full')) }
    const before = await t.db.meeting.count()
    await expect(importMeeting(t.db, failing, userId, { title: 'x', markdown: '# x' })).rejects.toThrow('disk full')
    expect(await t.db.meeting.count()).toBe(before)
  })

  it('explains Markdown the codec cannot read', () => {
    expect(new UnreadableMarkdown('no rule').message).toBe('the Markdown could not be read: no rule')
  })

  it('stores what the Collaboration extension would have written', async () => {
    const m = await importMeeting(t.db, store, userId, { title: 'same', markdown: '# 2024-07-24\n\n- a\n' })
    const doc = new Y.Doc()
    for (const update of await store.load(m.id)) Y.applyUpdate(doc, update)
    const direct = new Y.Doc()
    prosemirrorToYXmlFragment(parseMarkdown('# 2024-07-24\n\n- a\n'), direct.getXmlFragment(COLLABORATION_FIELD))
    expect(doc.getXmlFragment(COLLABORATION_FIELD).toString()).toBe(direct.getXmlFragment(COLLABORATION_FIELD).toString())
  })
})

describe('import defaults and file checks', () => {
  it('titles a date-only heading after the file, and a worded one after its words', () => {
    expect(importDefaults(iaas, '20240724.md')).toEqual({ title: '20240724', date: '2024-07-24' })
    expect(importDefaults('# Team IaaS – 2024-07-24\n', 'x.md')).toEqual({ title: 'Team IaaS', date: '2024-07-24' })
    expect(importDefaults('Setext title\n============\n\ntext')).toEqual({ title: 'Setext title', date: undefined })
    expect(importDefaults('no heading at all', 'pad.markdown')).toEqual({ title: 'pad', date: undefined })
    expect(importDefaults('# 2024-07-24')).toEqual({ title: '2024-07-24', date: '2024-07-24' })
  })

  it('decodes UTF-8 files strictly and refuses binary ones', () => {
    const encode = (s: string) => new TextEncoder().encode(s)
    expect(decodeMarkdownFile(encode('\uFEFF# Grüße\n'))).toEqual({ text: '# Grüße\n' })
    expect(decodeMarkdownFile(new Uint8Array([0x23, 0x20, 0xe4, 0x0a]))).toEqual({ error: 'this is not a UTF-8 text file' })
    expect(decodeMarkdownFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toHaveProperty('error')
    expect(decodeMarkdownFile(encode('text\u0000more'))).toEqual({ error: 'this is not a text file (it contains binary data)' })
    expect(decodeMarkdownFile(new Uint8Array(maxImportBytes + 1))).toEqual({ error: 'the file is larger than 5 MB' })
  })
})
