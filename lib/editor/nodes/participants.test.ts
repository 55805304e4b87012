import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { markdownToYUpdate, normalizeMarkdown, yDocToMarkdown } from '../../markdown'
import { parseMarkdown } from '../../markdown/parse'
import { addParticipant } from '../../series/add-participant'
import { corpusCount, corpusNodes } from './corpus-nodes'
import { after, edit, editing, markdownOf, nodesOf } from './test-editing'

describe('participants Markdown', () => {
  const md = '# 2024-07-24\n\n## Participants\n\n- @gtema\n- @fkr (partially)\n- felix (@fkr2)\n- Kurt\n\n## Agenda\n\n- @not-a-participant\n'

  it('reads the list under the Participants heading as participants, with handle and note', () => {
    const doc = parseMarkdown(md)
    expect(nodesOf(doc, 'participants')).toHaveLength(1)
    expect(nodesOf(doc, 'participant')).toEqual([
      { text: '@gtema', handle: 'gtema', note: null },
      { text: '@fkr (partially)', handle: 'fkr', note: 'partially' },
      { text: 'felix (@fkr2)', handle: 'fkr2', note: 'felix' },
      { text: 'Kurt', handle: null, note: 'Kurt' },
    ])
    expect(nodesOf(doc, 'bulletList')).toHaveLength(1)
  })

  it('writes it back byte for byte, and keeps a following list apart', () => {
    expect(normalizeMarkdown(md)).toBe(md)
    const two = '## Participants\n\n- @a\n\n[//]: #\n\n- another list\n'
    expect(nodesOf(parseMarkdown(two), 'participants')).toHaveLength(1)
    expect(normalizeMarkdown(two)).toBe(two)
  })

  it('leaves a richer list under the heading an ordinary list', () => {
    const grouped = '## Participants\n\n- SCS\n  - @fkr\n- @gtema\n'
    expect(nodesOf(parseMarkdown(grouped), 'participants')).toEqual([])
    expect(normalizeMarkdown(grouped)).toBe(grouped)
  })
})

describe('participants editing', () => {
  it('turns a list typed under the heading into participants and follows each line', () => {
    let state = editing('## Participants\n\ntext\n')
    const bulletList = state.schema.nodes.bulletList!
    const listItem = state.schema.nodes.listItem!
    const paragraph = state.schema.nodes.paragraph!
    const start = after(state.doc, 'Participants') + 1
    state = edit(state, (tr) => tr.insert(start, bulletList.create(null, listItem.create(null, paragraph.create(null, state.schema.text('@mona'))))))
    expect(nodesOf(state.doc, 'participant')).toEqual([{ text: '@mona', handle: 'mona', note: null }])
    state = edit(state, (tr) => tr.insertText(' (late)', after(state.doc, '@mona')))
    expect(nodesOf(state.doc, 'participant')).toEqual([{ text: '@mona (late)', handle: 'mona', note: 'late' }])
    expect(markdownOf(state)).toBe('## Participants\n\n- @mona (late)\n\ntext\n')
  })
})

describe('adding whoever joins', () => {
  it('appends to the participants node, or starts one under an empty heading', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, markdownToYUpdate('## Participants\n\n## Agenda\n'))
    expect(addParticipant(doc, 'mona')).toBe(true)
    expect(addParticipant(doc, 'alice')).toBe(true)
    const list = doc.getXmlFragment('default').get(1) as Y.XmlElement
    expect(list.nodeName).toBe('participants')
    expect(list.toArray().map((item) => (item as Y.XmlElement).nodeName)).toEqual(['participant', 'participant'])
    expect(yDocToMarkdown(doc)).toBe('## Participants\n\n- @mona\n- @alice\n\n## Agenda\n')
    expect(nodesOf(parseMarkdown(yDocToMarkdown(doc)), 'participant').map((p) => p.handle)).toEqual(['mona', 'alice'])
  })
})

describe('participants in the corpus', () => {
  it('are recognised under every Participants heading that has a plain list, and survive normalising', () => {
    const lists = corpusNodes('participants')
    const people = corpusNodes('participant')
    expect(corpusCount(lists)).toEqual({ files: 49, nodes: 49 })
    expect(corpusCount(people)).toEqual({ files: 49, nodes: 265 })
    expect(people.get('iaas/20240724.md')).toHaveLength(17)
    expect(people.get('sig-monitoring/20220722.md')?.[0]).toEqual({ text: 'felix (@fkr)', handle: 'fkr', note: 'felix' })
    expect(people.get('ops/20241121.md')?.map((p) => p.handle)).toEqual(['o-otte', 'joshuai96', 'garloff', 'joshmue', 'berendt'])
  })
})
