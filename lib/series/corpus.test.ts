// The series features against the real minutes: agenda headings, action
// items, participants and templates-from-a-file on every corpus file. The
// corpus is read at test time and never copied into the repository.
import fs from 'node:fs'
import path from 'node:path'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { parseAgendaHeading, writeAgendaHeading } from '../agenda/agenda-heading'
import { corpusFiles } from '../markdown/contract'
import { lintMarkdown, markdownToYUpdate, normalizeMarkdown, yDocToMarkdown } from '../markdown'
import { findActionItems } from './action-items'
import { addParticipant } from './add-participant'
import { participantHandles } from './participant-handles'
import { templateFromFile } from './template-from-file'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const corpus = path.join(repoRoot, '..', 'shared', 'corpus')
const files = corpusFiles(corpus)
const read = (file: string) => fs.readFileSync(path.join(corpus, file), 'utf8')

describe('series features on the real corpus', () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(50)
  })

  it('reads back every H3 with owners or a time box exactly as written', () => {
    let withTrailer = 0
    for (const file of files) {
      for (const [, text] of normalizeMarkdown(read(file)).matchAll(/^### (.*)$/gm)) {
        const heading = parseAgendaHeading(text ?? '')
        if (heading.owners.length === 0 && heading.minutes === null) continue
        withTrailer++
        expect(writeAgendaHeading(heading), file).toBe(text)
      }
    }
    expect(withTrailer).toBeGreaterThanOrEqual(20)
  })

  it('finds the same action items before and after the exporter normalises a file', () => {
    let total = 0
    for (const file of files) {
      const raw = findActionItems(read(file).replace(/\r\n?/g, '\n'))
      const exported = findActionItems(normalizeMarkdown(read(file)))
      expect(exported.map((i) => [i.assignees, i.done]), file).toEqual(raw.map((i) => [i.assignees, i.done]))
      total += exported.length
    }
    expect(total).toBeGreaterThan(5)
  })

  it('adds a person to the Participants list of every file that has one, changing nothing else', () => {
    let lists = 0
    for (const file of files) {
      const before = normalizeMarkdown(read(file))
      const doc = new Y.Doc()
      Y.applyUpdate(doc, markdownToYUpdate(before))
      const listed = participantHandles(before)
      if (!addParticipant(doc, 'zz-newcomer')) continue
      lists++
      const after = yDocToMarkdown(doc)
      // A handle list indented as code is no list: the newcomer then starts one.
      expect(new Set(participantHandles(after)), file).toEqual(new Set([...listed, 'zz-newcomer']))
      const withoutNewcomer = [after.replace(/^[-*] @zz-newcomer\n/m, ''), after.replace(/^[-*] @zz-newcomer\n\n/m, '')]
      expect(withoutNewcomer, file).toContain(before)
    }
    expect(lists).toBeGreaterThan(30)
  })

  it('makes a lint-clean template from every file, keeping its first heading with the date as a placeholder', async () => {
    for (const file of files) {
      const template = templateFromFile(read(file))
      expect(normalizeMarkdown(template), file).toBe(template)
      expect((await lintMarkdown(template)).filter((f) => f.severity === 'error'), file).toEqual([])
    }
  })
})
