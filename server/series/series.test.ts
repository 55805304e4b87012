import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { markdownToYUpdate } from '../../lib/markdown'
import { builtInTemplate } from '../../lib/series/built-in-templates'
import { createTestDatabase, type TestDatabase } from '../db/test-database'
import { archiveSeries } from './archive-series'
import { createSeries } from './create-series'
import { createSeriesMeeting } from './create-series-meeting'
import { getSeries } from './get-series'
import { listPastParticipants } from './list-past-participants'
import { listSeries } from './list-series'
import { PrismaDocStore } from '../collab/prisma-doc-store'
import { readMeetingMarkdown } from '../meetings/read-meeting-markdown'
import { updateSeries } from './update-series'

let t: TestDatabase
let author: { id: string; login: string }
beforeAll(async () => {
  t = await createTestDatabase()
  author = await t.db.user.create({ data: { login: 'mona', name: 'Mona' } })
})
afterAll(() => t.drop())

const template = builtInTemplate('default')!.markdown

describe('series', () => {
  it('creates, edits, lists and archives a series', async () => {
    const s = await createSeries(t.db, author.id, { name: ' Team IaaS ', repository: 'SovereignCloudStack/minutes', folder: '/iaas/', template })
    expect(s).toMatchObject({ name: 'Team IaaS', repoOwner: 'SovereignCloudStack', repoName: 'minutes', folder: 'iaas', fileNamePattern: '{yyyy}{mm}{dd}.md' })
    await updateSeries(t.db, s.id, { weekday: 3, actionItemStyle: 'italic', repository: '' })
    expect(await t.db.series.findUnique({ where: { id: s.id } })).toMatchObject({ weekday: 3, actionItemStyle: 'italic', repoOwner: null })
    expect((await listSeries(t.db)).map((x) => x.id)).toContain(s.id)
    await archiveSeries(t.db, s.id)
    expect((await listSeries(t.db)).map((x) => x.id)).not.toContain(s.id)
    expect((await listSeries(t.db, { includeArchived: true })).map((x) => x.id)).toContain(s.id)
    await expect(createSeriesMeeting(t.db, new PrismaDocStore(t.db), s.id, author, {})).rejects.toThrow(/archived/)
  })

  it('refuses a repository that is not owner/name and a folder that climbs out', async () => {
    await expect(createSeries(t.db, author.id, { name: 'x', repository: 'nope', folder: 'a', template })).rejects.toThrow(/owner\/name/)
    await expect(createSeries(t.db, author.id, { name: 'x', folder: 'a/../b', template })).rejects.toThrow(/\.\./)
  })

  it('starts a meeting from the filled-in template, with a suffix for a second one that day, newest first', async () => {
    const s = await createSeries(t.db, author.id, { name: 'Team IaaS', folder: 'iaas', template })
    const first = await createSeriesMeeting(t.db, new PrismaDocStore(t.db), s.id, author, { date: '2024-07-24' })
    const second = await createSeriesMeeting(t.db, new PrismaDocStore(t.db), s.id, author, { date: '2024-07-24', title: 'Workshop' })
    expect(first.fileName).toBe('20240724.md')
    expect(second.fileName).toBe('20240724-2.md')
    const md = await readMeetingMarkdown(new PrismaDocStore(t.db), first.id)
    expect(md).toMatch(/^# 2024-07-24\n\n## Participants\n/)
    expect(md).toContain('### First topic (@mona, 10min)')
    expect((await getSeries(t.db, s.id))?.meetings.map((m) => m.id)).toEqual([second.id, first.id])
  })

  it('carries open action items of the previous meeting over, with a link back, and drops done ones', async () => {
    const s = await createSeries(t.db, author.id, { name: 'SIG', folder: 'sig', template })
    const prev = await createSeriesMeeting(t.db, new PrismaDocStore(t.db), s.id, author, { date: '2024-01-10' })
    // Replace the previous meeting's document with what was written in the call.
    await t.db.docUpdate.deleteMany({ where: { meetingId: prev.id } })
    const written = '# 2024-01-10\n\n## Agenda\n\n### Topic\n\n- AI @fkr: write the draft\n- ~~AI @mona: book a room~~\n- talk\n  - AI @a, @b: nested item\n'
    await t.db.docUpdate.create({ data: { meetingId: prev.id, data: new Uint8Array(markdownToYUpdate(written)) } })
    const next = await createSeriesMeeting(t.db, new PrismaDocStore(t.db), s.id, author, { date: '2024-01-17' })
    const md = await readMeetingMarkdown(new PrismaDocStore(t.db), next.id)
    expect(md).toContain('### Pending action items\n\n- AI @fkr: write the draft (from [2024-01-10](20240110.md))\n- AI @a, @b: nested item (from [2024-01-10](20240110.md))\n')
    expect(md).not.toContain('book a room')
    // carried again unchanged, link kept once
    const third = await createSeriesMeeting(t.db, new PrismaDocStore(t.db), s.id, author, { date: '2024-01-24' })
    expect(await readMeetingMarkdown(new PrismaDocStore(t.db), third.id)).toContain('- AI @fkr: write the draft (from [2024-01-10](20240110.md))\n')
  })

  it('suggests the handles listed in the series\' recent meetings', async () => {
    const s = await createSeries(t.db, author.id, { name: 'Handles', folder: 'h', template })
    const one = await createSeriesMeeting(t.db, new PrismaDocStore(t.db), s.id, author, { date: '2024-03-01' })
    await t.db.docUpdate.deleteMany({ where: { meetingId: one.id } })
    await t.db.docUpdate.create({ data: { meetingId: one.id, data: new Uint8Array(markdownToYUpdate('# x\n\n## Participants\n\n- @fkr (partially)\n- @gtema\n\n## Agenda\n\n- @notlisted said\n')) } })
    const two = await createSeriesMeeting(t.db, new PrismaDocStore(t.db), s.id, author, { date: '2024-03-08' })
    expect(await listPastParticipants(t.db, new PrismaDocStore(t.db), two.id)).toEqual(['fkr', 'gtema'])
    const loose = await t.db.meeting.create({ data: { id: 'loose1', title: 'x', date: '2024-03-08', createdById: author.id } })
    expect(await listPastParticipants(t.db, new PrismaDocStore(t.db), loose.id)).toContain('mona')
  })
})
