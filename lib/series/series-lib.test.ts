import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { lintMarkdown, markdownToYUpdate, normalizeMarkdown, yDocToMarkdown } from '../markdown'
import { carriedOverLines, findActionItems } from './action-items'
import { addParticipant } from './add-participant'
import { builtInTemplates } from './built-in-templates'
import { meetingFileName } from './file-name'
import { fillTemplate } from './fill-template'
import { insertPendingItems } from './insert-pending-items'
import { parseMarkdown } from '../markdown/parse'
import { nextMeetingDate } from './next-meeting-date'

const docOf = (md: string) => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, markdownToYUpdate(md))
  return doc
}

describe('built-in templates', () => {
  it.each(builtInTemplates.map((t) => [t.id, t.markdown]))('%s fills in to lint-clean minutes that normalise to themselves', async (_id, template) => {
    const md = fillTemplate(template, { date: '2024-07-24', title: 'T', series: 'S', author: 'mona' })
    expect(md).not.toMatch(/\{\{/)
    expect(normalizeMarkdown(md)).toBe(md)
    expect(await lintMarkdown(md)).toEqual([])
  })
})

describe('fillTemplate', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('# {{ series }} {{date}} {{yyyy}}/{{mm}}/{{dd}} {{nope}}', { date: '2024-07-04', title: 't', series: 'IaaS', author: 'a' })).toBe(
      '# IaaS 2024-07-04 2024/07/04 {{nope}}',
    )
  })
})

describe('meetingFileName', () => {
  it('applies the pattern and suffixes a second meeting on the same day', () => {
    expect(meetingFileName('{yyyy}{mm}{dd}.md', '2024-07-24', new Set())).toBe('20240724.md')
    expect(meetingFileName('{yyyy}{mm}{dd}.md', '2024-07-24', new Set(['20240724.md', '20240724-2.md']))).toBe('20240724-3.md')
  })
})

describe('nextMeetingDate', () => {
  it('is today without a weekday, else the next such day (today included)', () => {
    expect(nextMeetingDate('2024-07-24', null)).toBe('2024-07-24') // a Wednesday
    expect(nextMeetingDate('2024-07-24', 3)).toBe('2024-07-24')
    expect(nextMeetingDate('2024-07-24', 4)).toBe('2024-07-25')
    expect(nextMeetingDate('2024-07-24', 1)).toBe('2024-07-29')
  })
})

describe('addParticipant', () => {
  it('adds a handle once under the Participants heading, keeping the others', () => {
    const doc = docOf('# 2024-07-24\n\n## Participants\n\n- @gtema\n- @fkr (partially)\n\n## Agenda\n')
    expect(addParticipant(doc, 'mona')).toBe(true)
    expect(addParticipant(doc, 'Mona')).toBe(false)
    expect(addParticipant(doc, 'fkr')).toBe(false)
    expect(yDocToMarkdown(doc)).toBe('# 2024-07-24\n\n## Participants\n\n- @gtema\n- @fkr (partially)\n- @mona\n\n## Agenda\n')
  })

  it('starts the list under an empty Participants heading, also with emoji and a note in it', () => {
    const doc = docOf('# 2024-07-24\n\n## :family: Participants (GitHub handles preferred)\n\n## Agenda\n')
    addParticipant(doc, 'mona')
    addParticipant(doc, 'alice')
    expect(yDocToMarkdown(doc)).toBe('# 2024-07-24\n\n## :family: Participants (GitHub handles preferred)\n\n- @mona\n- @alice\n\n## Agenda\n')
  })

  it('leaves a document without a Participants heading alone', () => {
    const doc = docOf('# Notes\n\n- a\n')
    expect(addParticipant(doc, 'mona')).toBe(false)
    expect(yDocToMarkdown(doc)).toBe('# Notes\n\n- a\n')
  })
})

describe('findActionItems', () => {
  it('reads plain, italic, done and multi-assignee items', () => {
    const items = findActionItems('- AI @a: one\n  - _AI @b: two_\n- ~~AI @c: three~~\n* AI @d, @e: four\n- not AI @x: five\n')
    expect(items.map((i) => [i.assignees.join(','), i.text, i.done])).toEqual([
      ['a', 'one', false],
      ['b', 'two', false],
      ['c', 'three', true],
      ['d,e', 'four', false],
    ])
  })

  it('survives the exporter: what it writes for each form is read back the same', () => {
    const md = normalizeMarkdown('- AI @a: one\n- _AI @b: two_\n- ~~AI @c: three~~\n')
    expect(findActionItems(md).map((i) => [i.assignees[0], i.done])).toEqual([['a', false], ['b', false], ['c', true]])
  })
})

describe('templateFromFile', () => {
  it('keeps the recurring headings and labels of a finished file, with the date as a placeholder', async () => {
    const { templateFromFile } = await import('./template-from-file')
    const file =
      '# Team IaaS 2024-07-24\n\n## Participants\n\n- @gtema\n- @fkr\n\n## Housekeeping\n\n- Report in the community call: @markus\n- Responsible for the minutes: @gtema\n\n## Agenda\n\n### Need for Manila (@gtema)\n\nlong text\n\n- AI @x: y\n'
    expect(templateFromFile(file)).toBe(
      '# Team IaaS {{date}}\n\n## Participants\n\n## Housekeeping\n\n- Report in the community call:\n- Responsible for the minutes:\n\n## Agenda\n',
    )
  })
})

describe('carriedOverLines', () => {
  it('writes open items in the series style, linked back once, and reads them back', () => {
    const items = findActionItems('- AI @a, @b: one\n- _AI @c: two_ (from [2024-01-01](20240101.md))\n- ~~_AI @d: three_ (from [2024-01-01](20240101.md))~~\n')
    expect(items.map((i) => i.done)).toEqual([false, false, true])
    const italic = carriedOverLines(items, '20240108.md', '2024-01-08', 'italic')
    expect(italic).toEqual(['- _AI @a, @b: one_ (from [2024-01-08](20240108.md))', '- _AI @c: two_ (from [2024-01-01](20240101.md))'])
    const again = findActionItems(normalizeMarkdown(italic.join('\n') + '\n'))
    expect(carriedOverLines(again, 'x.md', 'x', 'plain')).toEqual(['- AI @a, @b: one (from [2024-01-08](20240108.md))', '- AI @c: two (from [2024-01-01](20240101.md))'])
  })
})

describe('insertPendingItems', () => {
  it('puts the carried items as action items right under the Pending action items heading', () => {
    const template = '# 2024-01-15\n\n## Agenda\n\n### Pending action items\n\n### Topic (@a, 5min)\n'
    const md = insertPendingItems(template, ['- AI @b: send it (from [2024-01-08](20240108.md))'])
    expect(md).toBe('# 2024-01-15\n\n## Agenda\n\n### Pending action items\n\n- AI @b: send it (from [2024-01-08](20240108.md))\n\n### Topic (@a, 5min)\n')
    const items: string[] = []
    parseMarkdown(md).descendants((node) => {
      if (node.type.name === 'actionItem') items.push(String(node.attrs.assignees))
      return true
    })
    expect(items).toEqual(['b'])
    expect(insertPendingItems('# x\n\n## Agenda\n', ['- AI @b: y'])).toBe('# x\n\n## Agenda\n')
  })
})
