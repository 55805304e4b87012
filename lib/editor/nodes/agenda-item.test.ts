import { describe, expect, it } from 'vitest'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { normalizeMarkdown } from '../../markdown'
import { parseMarkdown } from '../../markdown/parse'
import { corpusCount, corpusNodes } from './corpus-nodes'
import { after, edit, editing, markdownOf, nodesOf } from './test-editing'

describe('agenda item Markdown', () => {
  const md = [
    '# 2024-07-24',
    '',
    '## Agenda',
    '',
    '### Fallout from last recent CVE (@garloff, 5min)',
    '',
    'text',
    '',
    '### Two owners (@master-caster & @fkr)',
    '',
    '### Quick one (3min)',
    '',
    '### Welcome, Arno',
    '',
    '### Use of (parentheses) inside',
    '',
    '## Not an H3 (@x, 5min)',
    '',
  ].join('\n')

  it('reads an H3 with owners and/or a time box as an agenda item with those attributes', () => {
    expect(nodesOf(parseMarkdown(md), 'agendaItem')).toEqual([
      { text: 'Fallout from last recent CVE (@garloff, 5min)', title: 'Fallout from last recent CVE', owners: ['garloff'], minutes: 5 },
      { text: 'Two owners (@master-caster & @fkr)', title: 'Two owners', owners: ['master-caster', 'fkr'], minutes: null },
      { text: 'Quick one (3min)', title: 'Quick one', owners: [], minutes: 3 },
    ])
  })

  it('leaves other headings as headings', () => {
    expect(nodesOf(parseMarkdown(md), 'heading').map((h) => h.text)).toEqual(['2024-07-24', 'Agenda', 'Welcome, Arno', 'Use of (parentheses) inside', 'Not an H3 (@x, 5min)'])
  })

  it('writes it back byte for byte', () => {
    expect(normalizeMarkdown(md)).toBe(md)
  })

  it('keeps marks in the title', () => {
    const linked = '### Automation [issues#727](https://github.com/SovereignCloudStack/issues/issues/727) (@o-otte)\n'
    expect(nodesOf(parseMarkdown(linked), 'agendaItem')[0]).toMatchObject({ title: 'Automation issues#727', owners: ['o-otte'] })
    expect(normalizeMarkdown(linked)).toBe(linked)
  })
})

describe('agenda item editing', () => {
  it('becomes an agenda item when the trailer is typed, follows the text, and is a heading again without it', () => {
    let state = editing('## Agenda\n\n### Flavor naming\n')
    state = edit(state, (tr) => tr.insertText(' (@mona, 10min)', after(state.doc, 'Flavor naming')))
    expect(nodesOf(state.doc, 'agendaItem')).toEqual([{ text: 'Flavor naming (@mona, 10min)', title: 'Flavor naming', owners: ['mona'], minutes: 10 }])
    state = edit(state, (tr) => tr.insertText('s', after(state.doc, 'Flavor naming')))
    state = edit(state, (tr) => tr.insertText(', @fkr', after(state.doc, '@mona')))
    expect(nodesOf(state.doc, 'agendaItem')[0]).toMatchObject({ title: 'Flavor namings', owners: ['mona', 'fkr'], minutes: 10 })
    expect(markdownOf(state)).toBe('## Agenda\n\n### Flavor namings (@mona, @fkr, 10min)\n')
    const from = after(state.doc, 'Flavor namings')
    state = edit(state, (tr) => tr.delete(from, after(state.doc, '10min)')))
    expect(nodesOf(state.doc, 'agendaItem')).toEqual([])
    expect(nodesOf(state.doc, 'heading').map((h) => [h.text, h.level])).toEqual([['Agenda', 2], ['Flavor namings', 3]])
  })
})

describe('agenda items in the corpus', () => {
  it('are recognised in the files that have them, and come out as they went in', () => {
    const found = corpusNodes('agendaItem')
    expect(corpusCount(found)).toEqual({ files: 9, nodes: 20 })
    expect(found.get('iaas/20240724.md')?.map((n) => [n.title, n.owners, n.minutes])).toEqual([
      ['Need for Manila', ['gtema'], null],
      ['Flavor naming standard v4 - GPU flavor naming refinement', ['cah-patrickthiem'], null],
      ['Fallout from last recent CVE', ['garloff'], 5],
      ['Test feedback', ['flyersa'], null],
    ])
    expect(found.get('container/20251212.md')).toHaveLength(5)
    expect(found.get('ops-iam/20230126.md')?.[0]).toMatchObject({ title: 'Diving into CloudMon', owners: ['master-caster', 'fkr'] })
  })
})

describe('changes from collaborators', () => {
  it('are not reconciled again here: their author did, and two browsers retyping one node would duplicate it', () => {
    let state = editing('### Flavor naming\n')
    state = edit(state, (tr) => {
      tr.insertText(' (@mona, 10min)', after(state.doc, 'Flavor naming'))
      tr.setMeta(ySyncPluginKey, { isChangeOrigin: true })
    })
    expect(nodesOf(state.doc, 'agendaItem')).toEqual([])
    expect(nodesOf(state.doc, 'heading')).toHaveLength(1)
  })
})
