import { describe, expect, it } from 'vitest'
import { normalizeMarkdown } from '../../markdown'
import { parseMarkdown } from '../../markdown/parse'
import { corpusCount, corpusNodes } from './corpus-nodes'
import { after, edit, editing, markdownOf, nodesOf } from './test-editing'

describe('action item Markdown', () => {
  const md = [
    '- AI @a: one',
    '  - *AI @b: two*',
    '- ~~AI @c: three~~',
    '- AI @d, @e: four',
    '- not AI @x: five',
    '- AI @garloff to open against csctl',
    '- AI @f: done in words (done)',
    '',
    '1. AI @g: in an ordered list',
    '',
    'AI @h: a paragraph, not a list item',
    '',
  ].join('\n')

  it('reads list items that start `AI @handle:` as action items, with assignees and done', () => {
    expect(nodesOf(parseMarkdown(md), 'actionItem').map((n) => [n.assignees, n.done])).toEqual([
      [['a'], false],
      [['b'], false],
      [['c'], true],
      [['d', 'e'], false],
      [['f'], true],
      [['g'], false],
    ])
  })

  it('leaves other list items and paragraphs as they are', () => {
    expect(nodesOf(parseMarkdown(md), 'listItem').map((n) => n.text)).toEqual(['not AI @x: five', 'AI @garloff to open against csctl'])
    expect(nodesOf(parseMarkdown(md), 'paragraph').at(-1)?.text).toBe('AI @h: a paragraph, not a list item')
  })

  it('reads an `@` written as a character reference as the editor reads the text', () => {
    const items = nodesOf(parseMarkdown('- AI &#64;mona: check the numbers\n- AI mona: no handle\n'), 'actionItem')
    expect(items.map((n) => [n.assignees, n.text])).toEqual([[['mona'], 'AI @mona: check the numbers']])
  })

  it('writes them back byte for byte, italic series style included', () => {
    expect(normalizeMarkdown(md)).toBe(md)
    expect(normalizeMarkdown('- _AI @fzakfeld: create issue_\n')).toBe('- *AI @fzakfeld: create issue*\n')
    expect(nodesOf(parseMarkdown('- _AI @fzakfeld: create issue_\n'), 'actionItem')).toHaveLength(1)
  })

  it('is done only when the item starts struck through', () => {
    expect(nodesOf(parseMarkdown('- AI @a: one ~~struck later~~\n'), 'actionItem')[0]?.done).toBe(false)
    expect(nodesOf(parseMarkdown('- ~~AI @a: one~~ (from [2024-01-01](20240101.md))\n'), 'actionItem')[0]?.done).toBe(true)
  })
})

describe('action item editing', () => {
  it('becomes an action item as `AI @x: ` is typed, done when struck through, a list item again without the head', () => {
    let state = editing('- first\n- \n')
    const empty = after(state.doc, 'first') + 4
    state = edit(state, (tr) => tr.insertText('AI @mona: ', empty))
    expect(nodesOf(state.doc, 'actionItem')).toEqual([{ text: 'AI @mona: ', assignees: ['mona'], done: false }])
    state = edit(state, (tr) => tr.insertText('send the slides', after(state.doc, 'AI @mona: ')))
    const strike = state.schema.marks.strike!
    state = edit(state, (tr) => tr.addMark(empty, after(state.doc, 'slides'), strike.create()))
    expect(nodesOf(state.doc, 'actionItem')[0]).toMatchObject({ done: true })
    expect(markdownOf(state)).toBe('- first\n- ~~AI @mona: send the slides~~\n')
    state = edit(state, (tr) => tr.removeMark(empty, after(state.doc, 'slides'), strike))
    expect(nodesOf(state.doc, 'actionItem')[0]).toMatchObject({ done: false })
    state = edit(state, (tr) => tr.delete(empty, empty + 3))
    expect(nodesOf(state.doc, 'actionItem')).toEqual([])
    expect(markdownOf(state)).toBe('- first\n- @mona: send the slides\n')
  })
})

describe('action items in the corpus', () => {
  it('are recognised in the files that have them, and survive normalising', () => {
    const found = corpusNodes('actionItem')
    expect(corpusCount(found)).toEqual({ files: 7, nodes: 9 })
    expect(found.get('sig-standardization/20260604.md')?.map((n) => [n.assignees, n.done])).toEqual([
      [['fzakfeld'], false],
      [['mbuechse'], false],
    ])
    expect(found.get('ops/20241128.md')?.[0]).toMatchObject({ assignees: ['o-otte'], done: false })
  })
})
