import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { minutesCodec } from '../codec'
import { corpusFiles } from '../contract'
import { parseMarkdown } from '../parse'
import { definitionLabels, writeInlineMarkdown } from './inline-writer'
import { plainLine } from './plain-line'

const corpus = path.join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus')

const paragraphOf = (markdown: string) => parseMarkdown(markdown).firstChild!

describe('plainLine', () => {
  it('writes what the inline writer writes, for every paragraph and heading of the corpus it takes', () => {
    let taken = 0
    let paragraphs = 0
    for (const file of corpusFiles(corpus)) {
      const doc = parseMarkdown(fs.readFileSync(path.join(corpus, file), 'utf8'))
      const definitions = definitionLabels(doc)
      doc.descendants((node) => {
        if (!node.isTextblock) return true
        const heading = node.type.name === 'heading' ? 'atx' : node.type.name === 'paragraph' ? undefined : null
        if (heading === null) return false
        paragraphs++
        const plain = plainLine(node, heading)
        if (plain !== null) {
          taken++
          for (const width of [0, 2, null]) expect([plain], `${file}: ${node.textContent}`).toEqual(writeInlineMarkdown(node, minutesCodec(), { width, definitions, heading }))
        }
        return false
      })
    }
    // Most paragraphs and headings of minutes are plain text: the shortcut is worth having, and this test is not empty.
    expect(taken).toBeGreaterThan(paragraphs / 2)
  })

  it('leaves to the inline writer whatever could need escaping or is not one run of plain text', () => {
    for (const markdown of ['1. not a list', '\\# not a heading', 'a *b*', 'snake_case', 'mail me@x.org', 'see https://x.org', 'www.x.org', 'a [b] c', 'a < b', 'AT&amp;T', 'a`b', 'a\\b', 'line  \nbreak', '- # heading in an item']) {
      const block = paragraphOf(markdown)
      if (block.type.name === 'paragraph') expect(plainLine(block), markdown).toBeNull()
    }
    expect(plainLine(paragraphOf('mail@example.org'))).toBeNull()
    expect(plainLine(paragraphOf('thanks @mona and @hubot'))).toBe('thanks @mona and @hubot')
    expect(plainLine(paragraphOf('## Agenda:'), 'atx')).toBe('Agenda')
    expect(plainLine(paragraphOf('## Done :tada:'), 'atx')).toBe('Done :tada:')
    expect(plainLine(paragraphOf('## Issue #12'), 'atx')).toBeNull()
    expect(plainLine(paragraphOf('Title\n====='), 'setext')).toBeNull()
  })
})
