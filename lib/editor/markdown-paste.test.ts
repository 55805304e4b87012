import { getSchema } from '@tiptap/core'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { serializeMarkdown } from '../markdown'
import { minutesExtensions } from './extensions'
import { isPlainTextHtml, looksLikeMarkdown, markdownSlice, MarkdownPaste, shouldPasteAsMarkdown } from './markdown-paste'

// The editor's schema is its own instance, as in the browser, not the codec's.
const editorSchema = getSchema([...minutesExtensions({ collaboration: true }), MarkdownPaste])

/** A document of paragraphs, with the cursor at `offset` in the paragraph `index`. */
function stateWith(paragraphs: string[], index: number, offset: number): EditorState {
  const doc = editorSchema.node(
    'doc',
    null,
    paragraphs.map((text) => editorSchema.node('paragraph', null, text ? [editorSchema.text(text)] : [])),
  )
  let pos = 1
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize
  const state = EditorState.create({ doc })
  return state.apply(state.tr.setSelection(TextSelection.create(doc, pos + offset)))
}

function paste(state: EditorState, markdown: string): ProseMirrorNode {
  return state.apply(state.tr.replaceSelection(markdownSlice(markdown, state.schema))).doc
}

describe('looksLikeMarkdown', () => {
  it.each([
    '# Agenda',
    '## Participants\n\n- @gtema\n- @fkr',
    '- one\n- two',
    '* one',
    '1. first\n2. second',
    '> quoted',
    '```ts\nconst x = 1\n```',
    'Title\n=====',
    '| a | b |\n| --- | --- |\n| 1 | 2 |',
    'see [the docs](https://example.org)',
    'this is **important**',
    'run `npm test` first',
    'gone ~~soon~~',
    '<https://example.org>',
    '- [ ] open task',
  ])('reads %j as Markdown', (text) => {
    expect(looksLikeMarkdown(text)).toBe(true)
  })

  it.each([
    'We agreed to ship on Friday.',
    'First line\nsecond line of the same note',
    'snake_case_name and 2 * 3 = 6',
    'costs #5 per seat',
    'https://example.org/a_b_c',
    '2024 was a good year',
    'a - b - c',
  ])('leaves plain prose %j alone', (text) => {
    expect(looksLikeMarkdown(text)).toBe(false)
  })
})

describe('isPlainTextHtml', () => {
  it('recognises the coloured copy of a code editor', () => {
    const vscode =
      '<meta charset=\'utf-8\'><div style="color: #d4d4d4;background-color: #1e1e1e;white-space: pre;"><div><span style="color: #569cd6;font-weight: bold;"># Agenda</span></div><br><div><span>- item</span></div></div>'
    expect(isPlainTextHtml(vscode)).toBe(true)
    expect(isPlainTextHtml('<html><body><pre style="word-wrap: break-word;"># Agenda\n- item</pre></body></html>')).toBe(true)
  })

  it('keeps HTML with structure, or without pre-formatting', () => {
    expect(isPlainTextHtml('<h1>Agenda</h1><ul><li>item</li></ul>')).toBe(false)
    expect(isPlainTextHtml('<meta charset="utf-8"><p data-pm-slice="1 1 []"># Agenda</p>')).toBe(false)
    expect(isPlainTextHtml('<div><span># Agenda</span></div>')).toBe(false)
  })
})

describe('shouldPasteAsMarkdown', () => {
  const base = { text: '# Agenda\n- item', html: '', plainRequested: false, inCode: false }
  it('reads plain-text Markdown', () => expect(shouldPasteAsMarkdown(base)).toBe(true))
  it('reads Markdown whose HTML came from a code editor', () =>
    expect(shouldPasteAsMarkdown({ ...base, html: '<pre># Agenda\n- item</pre>' })).toBe(true))
  it('leaves rich HTML to the editor', () => expect(shouldPasteAsMarkdown({ ...base, html: '<h1>Agenda</h1>' })).toBe(false))
  it('honours Ctrl+Shift+V', () => expect(shouldPasteAsMarkdown({ ...base, plainRequested: true })).toBe(false))
  it('keeps text as text in a code block', () => expect(shouldPasteAsMarkdown({ ...base, inCode: true })).toBe(false))
  it('leaves prose alone', () => expect(shouldPasteAsMarkdown({ ...base, text: 'Just a sentence.' })).toBe(false))
})

describe('markdownSlice', () => {
  it('builds nodes of the schema it is given', () => {
    const slice = markdownSlice('# Agenda', editorSchema)
    expect(slice.content.firstChild?.type).toBe(editorSchema.nodes.heading)
  })

  it('turns a heading and a list pasted into an empty paragraph into a heading and a list', () => {
    const doc = paste(stateWith(['before', '', 'after'], 1, 0), '## Decisions\n\n- ship Friday\n- **no** freeze\n')
    expect(serializeMarkdown(doc)).toBe('before\n\n## Decisions\n\n- ship Friday\n- **no** freeze\n\nafter\n')
  })

  it('joins a single line of inline Markdown into the paragraph at the cursor', () => {
    const doc = paste(stateWith(['Run  now'], 0, 4), '`npm test`')
    expect(doc.childCount).toBe(1)
    expect(serializeMarkdown(doc)).toBe('Run `npm test` now\n')
  })

  it('keeps what is not Markdown structure as text', () => {
    const doc = paste(stateWith([''], 0, 0), '1. first\n2. second with [a link](https://example.org)')
    expect(doc.firstChild?.type.name).toBe('orderedList')
    expect(serializeMarkdown(doc)).toBe('1. first\n2. second with [a link](https://example.org)\n')
  })
})

describe('looksLikeMarkdown on long input', () => {
  it('answers for a very long single line without backtracking through it', () => {
    // quadratic matching made this take minutes; the test's timeout catches a regression
    expect(looksLikeMarkdown('word '.repeat(60_000))).toBe(false)
    expect(looksLikeMarkdown(`${'word '.repeat(60_000)}\n===`)).toBe(true)
  })
})
