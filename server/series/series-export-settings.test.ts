import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtInTemplate } from '../../lib/series/built-in-templates'
import { createTestDatabase, type TestDatabase } from '../db/test-database'
import { createSeries } from './create-series'
import { updateSeries } from './update-series'

let t: TestDatabase
let author: { id: string }
beforeAll(async () => {
  t = await createTestDatabase()
  author = await t.db.user.create({ data: { login: 'mona', name: 'Mona' } })
})
afterAll(() => t.drop())

const template = builtInTemplate('default')!.markdown

describe("a series' export settings", () => {
  it('start at the defaults, are saved from the form, and a partial update keeps the others', async () => {
    const s = await createSeries(t.db, author.id, { name: 'IaaS', folder: 'iaas', template })
    expect(s).toMatchObject({ requireDco: false, lockAfterMerge: false, commitMessagePattern: 'Add minutes of {{series}} {{date}}', prTitlePattern: 'Minutes of {{series}} {{date}}', prBodyPattern: '' })
    await updateSeries(t.db, s.id, { requireDco: true, lockAfterMerge: true, prBodyPattern: 'Agenda:\n{{agenda}}', commitMessagePattern: ' docs: minutes {{date}} ' })
    await updateSeries(t.db, s.id, { name: 'Team IaaS' })
    expect(await t.db.series.findUnique({ where: { id: s.id } })).toMatchObject({
      name: 'Team IaaS',
      requireDco: true,
      lockAfterMerge: true,
      prBodyPattern: 'Agenda:\n{{agenda}}',
      commitMessagePattern: 'docs: minutes {{date}}',
    })
  })

  it('refuses an empty commit message or PR title pattern, with a sentence', async () => {
    const s = await createSeries(t.db, author.id, { name: 'x', folder: 'x', template })
    await expect(updateSeries(t.db, s.id, { commitMessagePattern: '  ' })).rejects.toThrow(/give the commit message pattern/)
    await expect(updateSeries(t.db, s.id, { prTitlePattern: '' })).rejects.toThrow(/give the pull request title pattern/)
  })
})
